-- Every award and offer looks up the recipient's live award or pending offer of the template first
-- (findActive, findPending). Without these indexes that lookup read every award or offer of the
-- template; with them it reads the recipient's alone.
CREATE INDEX ix_award_template_recipient ON award (template_id, recipient_key);
CREATE INDEX ix_offer_template_recipient ON offer (template_id, recipient_key);
