-- Retroactive awarding (issue 17): when a rule goes live, a job walks every subject with history on its metric
-- and awards those who already meet it. One row per rule template: the rule it applies (a newer rule restarts
-- it), where it stands (the last subject examined), its counts, and the instance's hold on it.
CREATE TABLE rule_job (
    template_id   BIGINT       NOT NULL,
    issuer_id     BIGINT       NOT NULL,
    rule          VARCHAR(100) NOT NULL,
    after_subject VARCHAR(512),
    examined      BIGINT       NOT NULL,
    awarded       BIGINT       NOT NULL,
    started_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP(6) WITH TIME ZONE,
    claimed_until TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_rule_job PRIMARY KEY (template_id),
    CONSTRAINT fk_rule_job_template FOREIGN KEY (template_id) REFERENCES template (id) ON DELETE CASCADE,
    CONSTRAINT ck_rule_job_counts CHECK (examined >= 0 AND awarded >= 0 AND awarded <= examined)
);
-- The open jobs, found without reading the finished ones.
CREATE INDEX ix_rule_job_open ON rule_job (finished_at, template_id);

-- The job's walk: the subjects with history on a metric, in order of key.
CREATE INDEX ix_metric_counter_metric ON metric_counter (issuer_id, metric, subject);
-- One subject's history on a metric in the order it occurred, replayed by the job.
CREATE INDEX ix_metric_event_history ON metric_event (issuer_id, subject, metric, occurred_at);
