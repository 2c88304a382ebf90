-- The zone an issuer's days, weeks and months are counted in (streak rules, leaderboard periods): an IANA name.
ALTER TABLE issuer ADD COLUMN time_zone VARCHAR(64) DEFAULT 'UTC' NOT NULL;
