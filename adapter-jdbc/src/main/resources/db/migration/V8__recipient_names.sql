-- The recipient's name an issuer may give with an award or an offer (issue 8: Acclaim's
-- issued_to_first_name and issued_to_last_name, and recipient_name in the native API). Kept for display
-- only; an award made from an accepted offer copies the offer's. Existing rows have no name.
-- A name has both parts or neither, each a trimmed, non-empty line of at most 50 characters
-- (RecipientName), so the checks refuse a lone part and an empty one. One script for H2 and PostgreSQL.

ALTER TABLE award ADD COLUMN recipient_first_name VARCHAR(50);
ALTER TABLE award ADD COLUMN recipient_last_name VARCHAR(50);
ALTER TABLE award ADD CONSTRAINT ck_award_recipient_name
    CHECK ((recipient_first_name IS NULL AND recipient_last_name IS NULL)
        OR (recipient_first_name IS NOT NULL AND recipient_last_name IS NOT NULL));
ALTER TABLE award ADD CONSTRAINT ck_award_recipient_name_parts
    CHECK (recipient_first_name <> '' AND recipient_last_name <> '');

ALTER TABLE offer ADD COLUMN recipient_first_name VARCHAR(50);
ALTER TABLE offer ADD COLUMN recipient_last_name VARCHAR(50);
ALTER TABLE offer ADD CONSTRAINT ck_offer_recipient_name
    CHECK ((recipient_first_name IS NULL AND recipient_last_name IS NULL)
        OR (recipient_first_name IS NOT NULL AND recipient_last_name IS NOT NULL));
ALTER TABLE offer ADD CONSTRAINT ck_offer_recipient_name_parts
    CHECK (recipient_first_name <> '' AND recipient_last_name <> '');
