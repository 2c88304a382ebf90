-- Rule kinds beyond the all-time threshold (issue 17): sliding windows, streaks and composite rules.
--
-- metric_day: a subject's sum per issuer, metric and day (in the issuer's time zone), kept as events are
-- recorded, so that a window or a streak is decided from a few rows read by key range, never from the events.
CREATE TABLE metric_day (
    issuer_id BIGINT       NOT NULL,
    subject   VARCHAR(512) NOT NULL,
    metric    VARCHAR(64)  NOT NULL,
    event_day DATE         NOT NULL,
    total     BIGINT       NOT NULL,
    CONSTRAINT pk_metric_day PRIMARY KEY (issuer_id, subject, metric, event_day),
    CONSTRAINT fk_metric_day_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id),
    CONSTRAINT ck_metric_day_total CHECK (total > 0)
);

-- rule_award: that a template's rule awarded a subject, once ever (the primary key refuses the second, so that
-- two instances, or an event and the retroactive job, racing over the same subject award once), and when the
-- subject qualified.
CREATE TABLE rule_award (
    template_id  BIGINT       NOT NULL,
    subject      VARCHAR(512) NOT NULL,
    qualified_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_rule_award PRIMARY KEY (template_id, subject),
    CONSTRAINT fk_rule_award_template FOREIGN KEY (template_id) REFERENCES template (id) ON DELETE CASCADE
);

-- The kind of the live version's rule, or NULL: lists an issuer's rule templates, composites included (they
-- have no metric). Rules live before this migration are all thresholds.
ALTER TABLE template ADD COLUMN live_rule_kind VARCHAR(16);
UPDATE template SET live_rule_kind = 'threshold' WHERE live_rule_metric IS NOT NULL;
CREATE INDEX ix_template_live_rule_kind ON template (issuer_id, live_rule_kind);

-- The templates a live composite rule names: what awarding one of them may complete, found by key.
CREATE TABLE template_rule_dependency (
    required_id BIGINT NOT NULL,
    template_id BIGINT NOT NULL,
    CONSTRAINT pk_template_rule_dependency PRIMARY KEY (required_id, template_id),
    CONSTRAINT fk_template_rule_dependency FOREIGN KEY (template_id) REFERENCES template (id) ON DELETE CASCADE
);
CREATE INDEX ix_template_rule_dependency_template ON template_rule_dependency (template_id);
