-- Points taken back (issue 17): an award's expiry and its template's deletion take back what it counted, like
-- its revocation. award_score keeps when each counted award expires, so that the sweep finds those due in one
-- range (ix_award_score_expiry), and a deleted template's counted awards are one range of
-- ix_award_score_template.
ALTER TABLE award_score ADD COLUMN expires_at TIMESTAMP(6) WITH TIME ZONE;
UPDATE award_score SET expires_at = (SELECT a.expires_at FROM award a WHERE a.id = award_score.award_id);
CREATE INDEX ix_award_score_expiry ON award_score (expires_at, award_id);
CREATE INDEX ix_award_score_template ON award_score (template_id, award_id);
-- Awards of templates deleted before this version left their rows (and their points): they are marked expired
-- long ago, so that the first sweep takes them back.
UPDATE award_score SET expires_at = TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'
    WHERE NOT EXISTS (SELECT 1 FROM award a WHERE a.id = award_score.award_id);
