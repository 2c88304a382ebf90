-- Points, leaderboards and rarity (issue 17, items 7 and 8), kept incrementally in the unit of work that
-- awards or revokes, so that a rank, a page of a leaderboard and a template's rarity are index reads.
--
-- score_subject: everyone with an event or an award from an issuer, once; score_subject_count their number.
CREATE TABLE score_subject (
    issuer_id BIGINT       NOT NULL,
    subject   VARCHAR(512) NOT NULL,
    CONSTRAINT pk_score_subject PRIMARY KEY (issuer_id, subject),
    CONSTRAINT fk_score_subject_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id)
);

CREATE TABLE score_subject_count (
    issuer_id BIGINT NOT NULL,
    subjects  BIGINT NOT NULL,
    CONSTRAINT pk_score_subject_count PRIMARY KEY (issuer_id),
    CONSTRAINT fk_score_subject_count_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id),
    CONSTRAINT ck_score_subject_count CHECK (subjects >= 0)
);

-- What each live award counted: its points and the period buckets it added them to (space-separated keys),
-- so that revoking it takes back exactly that even after the template's points or the issuer's time zone
-- changed. No foreign key to award: a purged template's awards leave their row (see docs/rules.md).
CREATE TABLE award_score (
    award_id    BIGINT       NOT NULL,
    issuer_id   BIGINT       NOT NULL,
    template_id BIGINT       NOT NULL,
    subject     VARCHAR(512) NOT NULL,
    points      BIGINT       NOT NULL,
    periods     VARCHAR(100) NOT NULL,
    CONSTRAINT pk_award_score PRIMARY KEY (award_id),
    CONSTRAINT ck_award_score_points CHECK (points >= 0)
);

-- A subject's points in one bucket of an issuer's leaderboard ('all', 'd2026-03-01', 'w2026-W09',
-- 'm2026-03') and when it reached them. ix_leaderboard_rank serves a page (a range from the top), a rank
-- (a count of the rows before one) and the neighbours (short ranges either side).
CREATE TABLE leaderboard_score (
    issuer_id  BIGINT       NOT NULL,
    period     VARCHAR(16)  NOT NULL,
    subject    VARCHAR(512) NOT NULL,
    points     BIGINT       NOT NULL,
    reached_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_leaderboard_score PRIMARY KEY (issuer_id, period, subject),
    CONSTRAINT fk_leaderboard_score_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id),
    CONSTRAINT ck_leaderboard_score_points CHECK (points >= 0)
);
CREATE INDEX ix_leaderboard_rank ON leaderboard_score (issuer_id, period, points DESC, reached_at, subject);
-- The same the other way round, for the few lines just above a subject, nearest first: H2 reads no index
-- backwards.
CREATE INDEX ix_leaderboard_climb ON leaderboard_score (issuer_id, period, points, reached_at DESC, subject DESC);

-- How many live awards of a template each subject holds (a row only while at least one), and how many
-- subjects hold each template: the numerator of its rarity.
CREATE TABLE template_holding (
    template_id BIGINT       NOT NULL,
    subject     VARCHAR(512) NOT NULL,
    awards      BIGINT       NOT NULL,
    CONSTRAINT pk_template_holding PRIMARY KEY (template_id, subject),
    CONSTRAINT ck_template_holding_awards CHECK (awards > 0)
);

CREATE TABLE template_holder_count (
    template_id BIGINT NOT NULL,
    holders     BIGINT NOT NULL,
    CONSTRAINT pk_template_holder_count PRIMARY KEY (template_id),
    CONSTRAINT ck_template_holder_count CHECK (holders >= 0)
);

-- What was there before: every live award counts (templates had no points, so for holders only), and
-- everyone with an award or an event is a subject.
INSERT INTO award_score (award_id, issuer_id, template_id, subject, points, periods)
    SELECT id, issuer_id, template_id, recipient_key, 0, '' FROM award WHERE revoked_at IS NULL;
INSERT INTO template_holding (template_id, subject, awards)
    SELECT template_id, recipient_key, COUNT(*) FROM award WHERE revoked_at IS NULL
    GROUP BY template_id, recipient_key;
INSERT INTO template_holder_count (template_id, holders)
    SELECT template_id, COUNT(*) FROM template_holding GROUP BY template_id;
INSERT INTO score_subject (issuer_id, subject)
    SELECT issuer_id, recipient_key FROM award UNION SELECT issuer_id, subject FROM metric_counter;
INSERT INTO score_subject_count (issuer_id, subjects)
    SELECT issuer_id, COUNT(*) FROM score_subject GROUP BY issuer_id;
