-- The search ranks and filters on the terms alone: each term carries its entry's committee and meeting date, so a
-- query is a range scan of search_term by term, without joining (and on PostgreSQL hashing) every entry.
ALTER TABLE search_term ADD COLUMN committee_id BIGINT;
ALTER TABLE search_term ADD COLUMN meeting_date DATE;
UPDATE search_term SET
    committee_id = (SELECT e.committee_id FROM search_entry e WHERE e.id = search_term.entry_id),
    meeting_date = (SELECT e.meeting_date FROM search_entry e WHERE e.id = search_term.entry_id);
