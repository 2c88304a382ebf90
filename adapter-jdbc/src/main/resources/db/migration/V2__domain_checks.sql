-- CHECK constraints that hold every row to the domain: the enumerations the store reads back with
-- valueOf, and the invariants the aggregates keep, above all the exclusivity and pending keys that
-- the unique constraints rely on. A row that breaks one could not be read back, or would slip past a
-- unique constraint; a bug, a later migration or a hand-made fix could write one all the same. Each
-- check refuses only what the domain never produces, so every aggregate still stores.
-- One script for H2 and PostgreSQL. Every constraint has a name, as in V1.

ALTER TABLE member ADD CONSTRAINT ck_member_status CHECK (status IN ('ACTIVE', 'INACTIVE'));

ALTER TABLE category ADD CONSTRAINT ck_category_position CHECK (position >= 0);

ALTER TABLE template ADD CONSTRAINT ck_template_status
    CHECK (status IN ('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'REJECTED'));
ALTER TABLE template ADD CONSTRAINT ck_template_version
    CHECK (version >= 1 AND (live_version IS NULL OR live_version >= 1));
-- A published template's working version is its live one.
ALTER TABLE template ADD CONSTRAINT ck_template_published
    CHECK (status <> 'PUBLISHED' OR (live_version IS NOT NULL AND live_version = version));
-- The live version is stored whole or not at all, and the first publication date exactly when it is.
ALTER TABLE template ADD CONSTRAINT ck_template_live
    CHECK ((live_version IS NULL AND live_title IS NULL AND live_details IS NULL AND live_published_at IS NULL
            AND first_published_at IS NULL)
        OR (live_version IS NOT NULL AND live_title IS NOT NULL AND live_details IS NOT NULL
            AND live_published_at IS NOT NULL AND first_published_at IS NOT NULL));

ALTER TABLE template_rating ADD CONSTRAINT ck_template_rating_range
    CHECK (difficulty BETWEEN 0 AND 5 AND credibility BETWEEN 0 AND 5);

ALTER TABLE offer ADD CONSTRAINT ck_offer_status CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED', 'CANCELLED'));
ALTER TABLE offer ADD CONSTRAINT ck_offer_answered
    CHECK ((status = 'PENDING' AND answered_at IS NULL) OR (status <> 'PENDING' AND answered_at IS NOT NULL));
ALTER TABLE offer ADD CONSTRAINT ck_offer_callback
    CHECK ((callback_url IS NULL AND callback_token IS NULL)
        OR (callback_url IS NOT NULL AND callback_token IS NOT NULL));
-- Exactly a pending offer of a non-repeatable template has an exclusivity key, so uq_offer_exclusivity
-- allows one of them per template and recipient.
ALTER TABLE offer ADD CONSTRAINT ck_offer_exclusivity
    CHECK ((repeatable = FALSE AND status = 'PENDING' AND exclusivity_key IS NOT NULL)
        OR ((repeatable = TRUE OR status <> 'PENDING') AND exclusivity_key IS NULL));

ALTER TABLE award_request ADD CONSTRAINT ck_award_request_status CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED'));
ALTER TABLE award_request ADD CONSTRAINT ck_award_request_answered
    CHECK ((status = 'PENDING' AND answered_at IS NULL) OR (status <> 'PENDING' AND answered_at IS NOT NULL));
-- Exactly a pending request has a pending key, so uq_award_request_pending allows one per member and template.
ALTER TABLE award_request ADD CONSTRAINT ck_award_request_pending
    CHECK ((status = 'PENDING' AND pending_key IS NOT NULL) OR (status <> 'PENDING' AND pending_key IS NULL));

ALTER TABLE award ADD CONSTRAINT ck_award_source_kind
    CHECK (source_kind IN ('DIRECT', 'OFFER', 'REQUEST', 'LOG_LINE', 'RULE'));
-- An award from an offer or a request names it; one from a log line or a rule keeps its text; a direct
-- one has neither. Written as implications, so that an unknown kind breaks ck_award_source_kind alone.
ALTER TABLE award ADD CONSTRAINT ck_award_source
    CHECK ((source_kind <> 'DIRECT' OR (source_id IS NULL AND source_text IS NULL))
        AND (source_kind NOT IN ('OFFER', 'REQUEST') OR (source_id IS NOT NULL AND source_text IS NULL))
        AND (source_kind NOT IN ('LOG_LINE', 'RULE') OR (source_id IS NULL AND source_text IS NOT NULL)));
ALTER TABLE award ADD CONSTRAINT ck_award_revocation
    CHECK ((revoked_at IS NULL AND revocation_reason IS NULL)
        OR (revoked_at IS NOT NULL AND revocation_reason IS NOT NULL));
-- Exactly a live award of a non-repeatable template has an exclusivity key, so uq_award_exclusivity
-- allows one of them per template and recipient.
ALTER TABLE award ADD CONSTRAINT ck_award_exclusivity
    CHECK ((repeatable = FALSE AND revoked_at IS NULL AND exclusivity_key IS NOT NULL)
        OR ((repeatable = TRUE OR revoked_at IS NOT NULL) AND exclusivity_key IS NULL));

ALTER TABLE idempotency_record ADD CONSTRAINT ck_idempotency_record_outcome
    CHECK (outcome IN ('AWARDED', 'OFFERED', 'ALREADY_AWARDED'));
