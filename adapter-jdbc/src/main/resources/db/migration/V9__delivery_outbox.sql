-- The outbox of outgoing deliveries (issue 9): a row is written in the same transaction as the change it
-- reports (for now, an offer's answer to its callback URL), then claimed, sent and updated by a dispatcher.
-- The body is plain text, not ${json}, because it is signed byte for byte and JSONB would rewrite it.
-- No foreign key to offer: deleting a template deletes its offers, and what was already answered is
-- still reported. Dispatchers claim pending rows due now, earliest first (delivery_due), with
-- SELECT … FOR UPDATE SKIP LOCKED on PostgreSQL. One script for H2 and PostgreSQL.

CREATE TABLE delivery (
    id              BIGINT                      NOT NULL,
    offer_id        BIGINT                      NOT NULL,
    target_url      VARCHAR(2048)               NOT NULL,
    body            VARCHAR(8000)               NOT NULL,
    attempts        INTEGER                     NOT NULL,
    status          VARCHAR(16)                 NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(500),
    CONSTRAINT pk_delivery PRIMARY KEY (id),
    CONSTRAINT ck_delivery_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    CONSTRAINT ck_delivery_attempts CHECK (attempts >= 0)
);

CREATE INDEX delivery_due ON delivery (status, next_attempt_at, id);
CREATE INDEX delivery_offer ON delivery (offer_id, id);
