-- Issuers' events and the running sums they add up to (issue 17). An event id is counted once per issuer,
-- ever: the primary key refuses the second. metric_counter holds one row per issuer, subject and metric, so
-- that a subject's progress on a rule is one read by key; events only ever add to it.
CREATE TABLE metric_event (
    issuer_id    BIGINT       NOT NULL,
    event_id     VARCHAR(100) NOT NULL,
    subject      VARCHAR(512) NOT NULL,
    metric       VARCHAR(64)  NOT NULL,
    metric_value BIGINT       NOT NULL,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_metric_event PRIMARY KEY (issuer_id, event_id),
    CONSTRAINT fk_metric_event_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id),
    CONSTRAINT ck_metric_event_value CHECK (metric_value > 0)
);

CREATE TABLE metric_counter (
    issuer_id BIGINT       NOT NULL,
    subject   VARCHAR(512) NOT NULL,
    metric    VARCHAR(64)  NOT NULL,
    total     BIGINT       NOT NULL,
    CONSTRAINT pk_metric_counter PRIMARY KEY (issuer_id, subject, metric),
    CONSTRAINT fk_metric_counter_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id),
    CONSTRAINT ck_metric_counter_total CHECK (total > 0)
);
