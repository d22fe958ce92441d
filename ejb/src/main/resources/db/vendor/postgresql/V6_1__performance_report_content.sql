-- The HTML and PDF of archived performance reports, apart from the report's row so that lists never load
-- them. (Vendor-specific only for the large column types.)
CREATE TABLE performance_report_content (
    report_id BIGINT NOT NULL,
    html      TEXT NOT NULL,
    pdf       BYTEA,
    CONSTRAINT pk_performance_report_content PRIMARY KEY (report_id),
    CONSTRAINT fk_content_report FOREIGN KEY (report_id) REFERENCES performance_report (id)
);
