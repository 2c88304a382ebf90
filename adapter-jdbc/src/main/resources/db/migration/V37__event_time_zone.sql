-- The subject's own time zone an event names (issue 17: streaks count days "in the issuer's time zone, or the
-- subject's, when events carry one"), as an IANA name; NULL when the event names none and its day is counted in
-- the issuer's zone. Kept so that a retroactive job replaying the history counts each event on the same day the
-- event was counted on when it was recorded.
ALTER TABLE metric_event ADD COLUMN time_zone VARCHAR(64);
