-- The metric of the rule a template's live version carries (issue 17), or NULL: an event looks up the
-- templates whose rules it may meet by issuer and metric, through this index, never by reading every
-- template's details. A rule waiting in review on a newer version is not live and not here.
ALTER TABLE template ADD COLUMN live_rule_metric VARCHAR(64);
CREATE INDEX ix_template_live_rule ON template (issuer_id, live_rule_metric, id);
