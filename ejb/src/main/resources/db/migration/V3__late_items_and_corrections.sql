-- Late items published on a supplementary agenda, and recorded corrections to confirmed minutes.
ALTER TABLE agenda_item ADD COLUMN supplementary_published_at TIMESTAMP;
ALTER TABLE agenda_item ADD COLUMN correction_note VARCHAR(4000);
