-- Accolade's schema, one script for H2 and PostgreSQL. ${json} is JSONB on PostgreSQL and a character
-- large object on H2; ${binary} makes a text column compare by code point on PostgreSQL (COLLATE "C")
-- rather than by the server's locale, close to H2, which compares UTF-16 units, so that titles sort
-- alike everywhere (see JdbcDialect). Times are TIMESTAMP WITH TIME ZONE, stored to the microsecond.
-- Every constraint has a name: the store maps a violated unique constraint to its domain error by name.

CREATE SEQUENCE accolade_id START WITH 1 INCREMENT BY 1;

CREATE TABLE member (
    id                   BIGINT       NOT NULL,
    email                VARCHAR(128) NOT NULL,
    name                 VARCHAR(50)  NOT NULL,
    nickname             VARCHAR(50),
    avatar_format        VARCHAR(10),
    avatar_url           VARCHAR(2048),
    password_hash        VARCHAR(512) NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    authority_categories ${json}      NOT NULL,
    last_visit           TIMESTAMP(6) WITH TIME ZONE,
    registered_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    confirmed_at         TIMESTAMP(6) WITH TIME ZONE,
    confirmation_hash    VARCHAR(64),
    parent_id            BIGINT,
    CONSTRAINT pk_member PRIMARY KEY (id),
    CONSTRAINT uq_member_email UNIQUE (email),
    CONSTRAINT uq_member_confirmation_hash UNIQUE (confirmation_hash)
);
CREATE INDEX ix_member_parent ON member (parent_id);

CREATE TABLE member_session (
    token_hash VARCHAR(64) NOT NULL,
    member_id  BIGINT      NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_member_session PRIMARY KEY (token_hash)
);
CREATE INDEX ix_member_session_member ON member_session (member_id);

CREATE TABLE issuer (
    id         BIGINT       NOT NULL,
    slug       VARCHAR(64)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    owner_id   BIGINT,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_issuer PRIMARY KEY (id),
    CONSTRAINT uq_issuer_slug UNIQUE (slug)
);
CREATE INDEX ix_issuer_created ON issuer (created_at, id);
CREATE INDEX ix_issuer_owner ON issuer (owner_id, created_at, id);

CREATE TABLE api_key (
    id          BIGINT       NOT NULL,
    issuer_id   BIGINT       NOT NULL,
    label       VARCHAR(100) NOT NULL,
    prefix      VARCHAR(32)  NOT NULL,
    secret_hash VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_api_key PRIMARY KEY (id),
    CONSTRAINT uq_api_key_secret_hash UNIQUE (secret_hash)
);
CREATE INDEX ix_api_key_issuer ON api_key (issuer_id, created_at, id);

CREATE TABLE identity_claim (
    identity_key VARCHAR(300) ${binary} NOT NULL,
    member_id    BIGINT       NOT NULL,
    claimed_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_identity_claim PRIMARY KEY (identity_key)
);
CREATE INDEX ix_identity_claim_member ON identity_claim (member_id, claimed_at, identity_key);

CREATE TABLE category (
    id         BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    parent_id  BIGINT,
    position   INTEGER      NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_category PRIMARY KEY (id)
);
CREATE INDEX ix_category_parent ON category (parent_id, position, id);

-- A template keeps its working version in title/details and its live version, when it has one, in
-- live_*. The titles are columns of their own so that lists sort and page on them through an index.
CREATE TABLE template (
    id                 BIGINT       NOT NULL,
    issuer_id          BIGINT       NOT NULL,
    version            INTEGER      NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    title              VARCHAR(200) ${binary} NOT NULL,
    details            ${json}      NOT NULL,
    live_version       INTEGER,
    live_title         VARCHAR(200) ${binary},
    live_details       ${json},
    live_published_at  TIMESTAMP(6) WITH TIME ZONE,
    rejection_reason   VARCHAR(500),
    first_published_at TIMESTAMP(6) WITH TIME ZONE,
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_template PRIMARY KEY (id),
    CONSTRAINT uq_template_title UNIQUE (issuer_id, title)
);
CREATE INDEX ix_template_created ON template (created_at, id);
CREATE INDEX ix_template_issuer_created ON template (issuer_id, created_at, id);
CREATE INDEX ix_template_issuer_id ON template (issuer_id, id);
CREATE INDEX ix_template_title ON template (title, id);
CREATE INDEX ix_template_live_title ON template (live_title, id);
CREATE INDEX ix_template_issuer_live_title ON template (issuer_id, live_title, id);

-- The categories of each template's working (W) and live (L) version, for category filters.
CREATE TABLE template_category (
    template_id BIGINT  NOT NULL,
    revision    CHAR(1) NOT NULL,
    category_id BIGINT  NOT NULL,
    CONSTRAINT pk_template_category PRIMARY KEY (template_id, revision, category_id),
    CONSTRAINT ck_template_category_revision CHECK (revision IN ('W', 'L'))
);
CREATE INDEX ix_template_category_category ON template_category (category_id, revision, template_id);

CREATE TABLE template_rating (
    template_id BIGINT           NOT NULL,
    member_id   BIGINT           NOT NULL,
    difficulty  DOUBLE PRECISION NOT NULL,
    credibility DOUBLE PRECISION NOT NULL,
    rated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_template_rating PRIMARY KEY (template_id, member_id)
);
CREATE INDEX ix_template_rating_member ON template_rating (member_id);

-- exclusivity_key is set only on a pending offer of a non-repeatable template; NULLs never collide,
-- so the unique constraint allows one pending offer per template and recipient, on H2 and PostgreSQL.
CREATE TABLE offer (
    id               BIGINT        NOT NULL,
    template_id      BIGINT        NOT NULL,
    template_version INTEGER       NOT NULL,
    issuer_id        BIGINT        NOT NULL,
    repeatable       BOOLEAN       NOT NULL,
    recipient_key    VARCHAR(300)  NOT NULL,
    holder_id        BIGINT,
    status           VARCHAR(20)   NOT NULL,
    evidence         ${json}       NOT NULL,
    expires_at       TIMESTAMP(6) WITH TIME ZONE,
    callback_url     VARCHAR(2048),
    callback_token   VARCHAR(32),
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    answered_at      TIMESTAMP(6) WITH TIME ZONE,
    exclusivity_key  VARCHAR(330),
    CONSTRAINT pk_offer PRIMARY KEY (id),
    CONSTRAINT uq_offer_exclusivity UNIQUE (exclusivity_key)
);
CREATE INDEX ix_offer_created ON offer (created_at, id);
CREATE INDEX ix_offer_issuer_created ON offer (issuer_id, created_at, id);
CREATE INDEX ix_offer_holder_created ON offer (holder_id, created_at, id);
CREATE INDEX ix_offer_recipient ON offer (recipient_key, id);
CREATE INDEX ix_offer_template ON offer (template_id, id);

-- pending_key is set only while a request is pending: one pending request per member and template.
CREATE TABLE award_request (
    id               BIGINT        NOT NULL,
    template_id      BIGINT        NOT NULL,
    issuer_id        BIGINT        NOT NULL,
    applicant_id     BIGINT        NOT NULL,
    message          VARCHAR(1000) NOT NULL,
    evidence         ${json}       NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    answered_at      TIMESTAMP(6) WITH TIME ZONE,
    rejection_reason VARCHAR(500),
    pending_key      VARCHAR(64),
    CONSTRAINT pk_award_request PRIMARY KEY (id),
    CONSTRAINT uq_award_request_pending UNIQUE (pending_key)
);
CREATE INDEX ix_award_request_created ON award_request (created_at, id);
CREATE INDEX ix_award_request_issuer_created ON award_request (issuer_id, created_at, id);
CREATE INDEX ix_award_request_applicant_created ON award_request (applicant_id, created_at, id);
CREATE INDEX ix_award_request_template ON award_request (template_id, id);

-- exclusivity_key is set only on a live award of a non-repeatable template: one per template and
-- recipient identity. source_id names the offer or request an award came from; source_text keeps
-- the raw log line or the rule's name.
CREATE TABLE award (
    id                BIGINT        NOT NULL,
    template_id       BIGINT        NOT NULL,
    template_version  INTEGER       NOT NULL,
    issuer_id         BIGINT        NOT NULL,
    repeatable        BOOLEAN       NOT NULL,
    recipient_key     VARCHAR(300)  NOT NULL,
    holder_id         BIGINT,
    awarded_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    source_kind       VARCHAR(20)   NOT NULL,
    source_id         BIGINT,
    source_text       VARCHAR(4096),
    evidence          ${json}       NOT NULL,
    expires_at        TIMESTAMP(6) WITH TIME ZONE,
    viewed_at         TIMESTAMP(6) WITH TIME ZONE,
    revocation_reason VARCHAR(500),
    revoked_at        TIMESTAMP(6) WITH TIME ZONE,
    exclusivity_key   VARCHAR(330),
    CONSTRAINT pk_award PRIMARY KEY (id),
    CONSTRAINT uq_award_exclusivity UNIQUE (exclusivity_key)
);
CREATE INDEX ix_award_awarded ON award (awarded_at, id);
CREATE INDEX ix_award_holder_awarded ON award (holder_id, awarded_at, id);
CREATE INDEX ix_award_recipient_awarded ON award (recipient_key, awarded_at, id);
CREATE INDEX ix_award_issuer_awarded ON award (issuer_id, awarded_at, id);
CREATE INDEX ix_award_template_awarded ON award (template_id, awarded_at, id);

CREATE TABLE idempotency_record (
    issuer_id       BIGINT       NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    outcome         VARCHAR(20)  NOT NULL,
    outcome_id      BIGINT       NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_record PRIMARY KEY (issuer_id, idempotency_key)
);

-- Foreign keys come last, after the indexes: H2 then uses an index on exactly a foreign key's column
-- where there is one, and adds one of its own for the others.
ALTER TABLE member ADD CONSTRAINT fk_member_parent FOREIGN KEY (parent_id) REFERENCES member (id);
ALTER TABLE member_session ADD CONSTRAINT fk_member_session_member FOREIGN KEY (member_id) REFERENCES member (id);
ALTER TABLE issuer ADD CONSTRAINT fk_issuer_owner FOREIGN KEY (owner_id) REFERENCES member (id);
ALTER TABLE api_key ADD CONSTRAINT fk_api_key_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id);
ALTER TABLE identity_claim ADD CONSTRAINT fk_identity_claim_member FOREIGN KEY (member_id) REFERENCES member (id);
ALTER TABLE category ADD CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id);
ALTER TABLE template ADD CONSTRAINT fk_template_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id);
ALTER TABLE template_category ADD CONSTRAINT fk_template_category_template FOREIGN KEY (template_id) REFERENCES template (id) ON DELETE CASCADE;
ALTER TABLE template_category ADD CONSTRAINT fk_template_category_category FOREIGN KEY (category_id) REFERENCES category (id);
ALTER TABLE template_rating ADD CONSTRAINT fk_template_rating_template FOREIGN KEY (template_id) REFERENCES template (id);
ALTER TABLE template_rating ADD CONSTRAINT fk_template_rating_member FOREIGN KEY (member_id) REFERENCES member (id);
ALTER TABLE offer ADD CONSTRAINT fk_offer_template FOREIGN KEY (template_id) REFERENCES template (id);
ALTER TABLE offer ADD CONSTRAINT fk_offer_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id);
ALTER TABLE offer ADD CONSTRAINT fk_offer_holder FOREIGN KEY (holder_id) REFERENCES member (id);
ALTER TABLE award_request ADD CONSTRAINT fk_award_request_template FOREIGN KEY (template_id) REFERENCES template (id);
ALTER TABLE award_request ADD CONSTRAINT fk_award_request_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id);
ALTER TABLE award_request ADD CONSTRAINT fk_award_request_applicant FOREIGN KEY (applicant_id) REFERENCES member (id);
ALTER TABLE award ADD CONSTRAINT fk_award_template FOREIGN KEY (template_id) REFERENCES template (id);
ALTER TABLE award ADD CONSTRAINT fk_award_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id);
ALTER TABLE award ADD CONSTRAINT fk_award_holder FOREIGN KEY (holder_id) REFERENCES member (id);
ALTER TABLE idempotency_record ADD CONSTRAINT fk_idempotency_record_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id);
