-- Webhooks (issue 9, second half): the URLs an issuer registers to be told about the events it chooses,
-- and their deliveries in the outbox next to offers' callbacks. One script for H2 and PostgreSQL.
--
-- events holds the chosen events' wire names, comma-separated in the order WebhookEvent declares them
-- (award.granted,offer.accepted). The endpoint's own signing secret is read again to sign, so it cannot
-- be hashed: it is sealed like signing_secret's (AES-GCM under the server's master key). An issuer has
-- at most ten endpoints, listed oldest first (ix_webhook_endpoint_issuer).
CREATE TABLE webhook_endpoint (
    id         BIGINT        NOT NULL,
    issuer_id  BIGINT        NOT NULL,
    url        VARCHAR(2048) NOT NULL,
    events     VARCHAR(200)  NOT NULL,
    sealed     VARCHAR(512)  NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_webhook_endpoint PRIMARY KEY (id),
    CONSTRAINT ck_webhook_endpoint_events CHECK (events <> ''),
    CONSTRAINT fk_webhook_endpoint_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id)
);
CREATE INDEX ix_webhook_endpoint_issuer ON webhook_endpoint (issuer_id, created_at, id);

-- A delivery now reports either an offer's answer to its callback (offer_id, as before) or an event to a
-- webhook endpoint (endpoint_id and event, one of WebhookEvent's wire names), never both. Like offer_id,
-- endpoint_id has no foreign key: deleting an endpoint deletes its deliveries in the same unit of work,
-- and an award written concurrently must not fail on a key check for a notification; on PostgreSQL the
-- two serializable units conflict and one is run again, and a delivery whose endpoint is gone fails when
-- the dispatcher finds no secret to sign with. An endpoint's delivery log pages newest first
-- (delivery_endpoint), which also serves that delete.
ALTER TABLE delivery ALTER COLUMN offer_id DROP NOT NULL;
ALTER TABLE delivery ADD COLUMN endpoint_id BIGINT;
ALTER TABLE delivery ADD COLUMN event VARCHAR(32);
ALTER TABLE delivery ADD CONSTRAINT ck_delivery_source
    CHECK ((offer_id IS NOT NULL AND endpoint_id IS NULL AND event IS NULL)
        OR (offer_id IS NULL AND endpoint_id IS NOT NULL AND event IS NOT NULL));
ALTER TABLE delivery ADD CONSTRAINT ck_delivery_event CHECK (event IN ('award.granted', 'award.revoked',
    'offer.accepted', 'offer.rejected', 'request.answered', 'template.published'));
CREATE INDEX delivery_endpoint ON delivery (endpoint_id, id);

-- When a delivery's 24 hours of retries began: when it was written, until it is redelivered by hand.
ALTER TABLE delivery ADD COLUMN retry_from TIMESTAMP(6) WITH TIME ZONE;
UPDATE delivery SET retry_from = created_at;
ALTER TABLE delivery ALTER COLUMN retry_from SET NOT NULL;
