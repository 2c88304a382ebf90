-- A unit of work on PostgreSQL claims an idempotency key by inserting a CLAIMED row first and completes it
-- with its outcome before it commits, so that units using distinct keys never read each other's index
-- pages (which made serializable transactions conflict). A CLAIMED row is never committed.
ALTER TABLE idempotency_record DROP CONSTRAINT ck_idempotency_record_outcome;
ALTER TABLE idempotency_record ADD CONSTRAINT ck_idempotency_record_outcome
    CHECK (outcome IN ('CLAIMED', 'AWARDED', 'OFFERED', 'ALREADY_AWARDED'));
