-- One subject's history on a metric (the retroactive job's replay) is read whole and put in order of occurrence
-- after the read, so the index needs no time in its key: every recorded event writes a shorter entry.
DROP INDEX ix_metric_event_history;
CREATE INDEX ix_metric_event_history ON metric_event (issuer_id, subject, metric);
