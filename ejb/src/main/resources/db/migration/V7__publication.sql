-- Publication: when a meeting's agenda was first published (kept through postponing and rescheduling: what
-- the public has seen stays public), when its draft minutes were published, and when the meeting row last
-- changed (the revision time of its calendar entry). Portable SQL for Derby 10.16 and PostgreSQL.
ALTER TABLE meeting ADD COLUMN first_published_at TIMESTAMP;
ALTER TABLE meeting ADD COLUMN minutes_published_at TIMESTAMP;
ALTER TABLE meeting ADD COLUMN updated_at TIMESTAMP;
UPDATE meeting SET first_published_at = agenda_published_at WHERE agenda_published_at IS NOT NULL;
UPDATE meeting SET updated_at = agenda_published_at WHERE agenda_published_at IS NOT NULL;
CREATE INDEX ix_meeting_first_published ON meeting (first_published_at);
