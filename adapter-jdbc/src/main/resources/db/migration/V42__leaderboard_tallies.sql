-- Tallies that make a subject's rank a few short index ranges however deep it is and however many share its
-- points (issue 17's 5 ms with 1,000,000 subjects). Kept in the unit of work that changes a score, beside the
-- score bands; filled from the scores already kept by the Java migration 43. Only issuer is referenced (the
-- tables were first numbered to run before the score tables).
--
-- leaderboard_block: how many subjects with points of a bucket fall in each block of 2^width points (width
-- 10: per 1,024 points, width 20: per 1,048,576), so that the subjects with more points are a sum over at
-- most about 1,024 blocks of each width plus at most 1,023 single-score bands.
CREATE TABLE leaderboard_block (
    issuer_id BIGINT      NOT NULL,
    period    VARCHAR(16) NOT NULL,
    width     SMALLINT    NOT NULL,
    block     BIGINT      NOT NULL,
    subjects  BIGINT      NOT NULL,
    CONSTRAINT pk_leaderboard_block PRIMARY KEY (issuer_id, period, width, block),
    CONSTRAINT fk_leaderboard_block_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id),
    CONSTRAINT ck_leaderboard_block_width CHECK (width IN (10, 20)),
    CONSTRAINT ck_leaderboard_block_block CHECK (block >= 0),
    CONSTRAINT ck_leaderboard_block_subjects CHECK (subjects >= 0)
);
-- The same key with the count, so that a sum reads the index alone.
CREATE INDEX ix_leaderboard_block_sum ON leaderboard_block (issuer_id, period, width, block, subjects);

-- leaderboard_tie: a tie group (the subjects of a bucket with the same points) cut into runs of reaching
-- times. A run holds the lines whose reached_at lies from its opened_at up to the next run's; a new run opens
-- when the newest has taken 1,024 entries and a line arrives later than all of them (last_at), so that the
-- lines of a tie reached earlier than one are a sum over the runs before its own plus a count of at most
-- about 1,024 lines of its run. A run may fall to zero subjects and is kept: its range stays its own.
CREATE TABLE leaderboard_tie (
    issuer_id BIGINT      NOT NULL,
    period    VARCHAR(16) NOT NULL,
    points    BIGINT      NOT NULL,
    opened_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    entries   BIGINT      NOT NULL,
    subjects  BIGINT      NOT NULL,
    CONSTRAINT pk_leaderboard_tie PRIMARY KEY (issuer_id, period, points, opened_at),
    CONSTRAINT fk_leaderboard_tie_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id),
    CONSTRAINT ck_leaderboard_tie_points CHECK (points > 0),
    CONSTRAINT ck_leaderboard_tie_counts CHECK (subjects >= 0 AND entries >= subjects AND last_at >= opened_at)
);
-- The runs before one with their counts, for the sum; and the run a time falls in, newest first (H2 reads
-- no index backwards).
CREATE INDEX ix_leaderboard_tie_sum ON leaderboard_tie (issuer_id, period, points, opened_at, subjects);
CREATE INDEX ix_leaderboard_tie_find ON leaderboard_tie (issuer_id, period, points, opened_at DESC);
