-- 0004_version_names: versions people can name (issue 13, item 5). `name` is the name the user gave a version
-- („dla Dyrektora”, „po uwagach WON”), null for an unnamed one; a named version is never changed afterwards.
-- `sitting` is the token of the editing sitting whose autosaves this version holds: the autosaves of one sitting
-- coalesce into one version (the newest one, while it is unnamed and by the same author), so a day's work is one
-- version instead of hundreds. Null for every version written before this migration and for every save that is
-- not an autosave (import, creation, restore, signing, a named save, a save by the main process after a crash).
ALTER TABLE draft_version ADD COLUMN name TEXT CHECK (name IS NULL OR length(trim(name)) > 0);
ALTER TABLE draft_version ADD COLUMN sitting TEXT;
