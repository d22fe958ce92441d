-- Late items published on a supplementary agenda, and recorded corrections to confirmed minutes.
ALTER TABLE agenda_item ADD COLUMN supplementary_published_at TIMESTAMP;
ALTER TABLE agenda_item ADD COLUMN correction_note VARCHAR(4000);

-- The categories of interest members declare (LGA model code and local usage); ADMIN can change them.
INSERT INTO council_setting (setting_key, version, setting_value) VALUES ('declaration-categories', 0,
  'Disclosable pecuniary interest|Other registrable interest|Non-registrable interest|Non-pecuniary interest');

-- Where the item starts in the meeting's recording, in seconds (for a "watch this item" link).
ALTER TABLE agenda_item ADD COLUMN recording_offset INTEGER;
