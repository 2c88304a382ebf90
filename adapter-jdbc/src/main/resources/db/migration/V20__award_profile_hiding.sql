-- Whether the award's holder hid it from their public profile (issue 20). Read only by award id (the
-- primary key), for the awards of one profile page or list at a time, so it needs no index of its own.
ALTER TABLE award ADD COLUMN hidden_from_profile BOOLEAN DEFAULT FALSE NOT NULL;
