-- Retroactive awarding of composite rules (issue 17): the job walks the recipients of the templates a composite
-- names, each template's range of ix_award_template_recipient in order of key, and merges them. The merge and
-- the walk's resumption ("after the last key") must order keys as the application does, by code point, so the
-- recipient key compares in binary on PostgreSQL (${binary}; H2 already compares by code point), like
-- identity_claim.identity_key. Changing the column's collation rebuilds its indexes with it, so every existing
-- look-up by recipient keeps its index.
ALTER TABLE award ALTER COLUMN recipient_key SET DATA TYPE VARCHAR(300) ${binary};
