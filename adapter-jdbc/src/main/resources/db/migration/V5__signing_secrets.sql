-- Each issuer's signing secret, the HMAC key of signed requests. The server must compute the same
-- HMAC, so the secret cannot be hashed: it is stored sealed (AES-GCM under the server's master key).
CREATE TABLE signing_secret (
    issuer_id  BIGINT       NOT NULL,
    sealed     VARCHAR(512) NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_signing_secret PRIMARY KEY (issuer_id)
);

-- Signatures already accepted, until their timestamp leaves the accepted window: the primary key
-- refuses a replay on every server instance that shares the database.
CREATE TABLE used_signature (
    issuer_id   BIGINT      NOT NULL,
    signature   VARCHAR(64) NOT NULL,
    valid_until TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_used_signature PRIMARY KEY (issuer_id, signature)
);
CREATE INDEX ix_used_signature_valid_until ON used_signature (valid_until);

ALTER TABLE signing_secret ADD CONSTRAINT fk_signing_secret_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id);
ALTER TABLE used_signature ADD CONSTRAINT fk_used_signature_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id);
