-- Each committee's agenda template: the standard items every new meeting gets, in order.
ALTER TABLE committee ADD COLUMN agenda_template VARCHAR(200);
UPDATE committee SET agenda_template = 'MINUTES,URGENT_BUSINESS,DECLARATIONS,WORK_PROGRAMME';
