-- Failed and successful sign-ins, counted by the sign-in throttle under hashed keys (a member and an
-- address, an address, a member), so that every server instance sharing the database slows down the same
-- attempts. Neither email addresses nor client addresses are stored in the clear. Rows whose last failure
-- is older than a day and whose last success is older than 30 days are deleted.
CREATE TABLE sign_in_attempt (
    attempt_key     VARCHAR(64) NOT NULL,
    failures        INTEGER     NOT NULL,
    last_failure_at TIMESTAMP(6) WITH TIME ZONE,
    last_success_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_sign_in_attempt PRIMARY KEY (attempt_key),
    CONSTRAINT ck_sign_in_attempt_failures CHECK (failures >= 0)
);
