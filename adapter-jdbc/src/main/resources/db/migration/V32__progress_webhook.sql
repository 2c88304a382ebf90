-- The progress.updated webhook (issue 17). A delivery may carry a coalescing key (for progress.updated,
-- "<template id>:<subject key>"): while the delivery it names still waits (pending, never attempted, not
-- claimed) a newer change to the same endpoint, template and subject replaces its body instead of queuing
-- another, so a subscriber gets at most one waiting delivery per subject and template. The waiting delivery
-- is found through ix_delivery_coalescing; other deliveries leave the key null.
ALTER TABLE delivery ADD COLUMN coalescing_key VARCHAR(200);
CREATE INDEX ix_delivery_coalescing ON delivery (endpoint_id, coalescing_key, status);
ALTER TABLE delivery DROP CONSTRAINT ck_delivery_event;
ALTER TABLE delivery ADD CONSTRAINT ck_delivery_event CHECK (event IN ('award.granted', 'award.revoked',
    'offer.accepted', 'offer.rejected', 'request.answered', 'template.published', 'progress.updated'));
