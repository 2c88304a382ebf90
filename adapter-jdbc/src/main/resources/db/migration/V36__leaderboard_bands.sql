-- Score bands (issue 17, item 7): how many subjects of a bucket of an issuer's leaderboard have each number
-- of points, kept in the unit of work that changes a score. A subject's rank is then one plus the subjects
-- of the bands above its points (a range over the distinct scores, far fewer than the subjects) plus those
-- of its own points who reached them earlier (a range of ix_leaderboard_rank within the tie group), instead
-- of a count of every line before it. Subjects with no points are on no band; a band may fall to zero.
CREATE TABLE leaderboard_band (
    issuer_id BIGINT      NOT NULL,
    period    VARCHAR(16) NOT NULL,
    points    BIGINT      NOT NULL,
    subjects  BIGINT      NOT NULL,
    CONSTRAINT pk_leaderboard_band PRIMARY KEY (issuer_id, period, points),
    CONSTRAINT fk_leaderboard_band_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id),
    CONSTRAINT ck_leaderboard_band_points CHECK (points > 0),
    CONSTRAINT ck_leaderboard_band_subjects CHECK (subjects >= 0)
);
-- The same key with the count, so that summing the bands above a score reads the index alone.
CREATE INDEX ix_leaderboard_band_sum ON leaderboard_band (issuer_id, period, points, subjects);

-- The bands of the scores already kept.
INSERT INTO leaderboard_band (issuer_id, period, points, subjects)
    SELECT issuer_id, period, points, COUNT(*) FROM leaderboard_score WHERE points > 0
    GROUP BY issuer_id, period, points;
