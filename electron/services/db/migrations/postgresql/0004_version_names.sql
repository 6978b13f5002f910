-- 0004_version_names (PostgreSQL): as ../0004_version_names.sql.
ALTER TABLE draft_version ADD COLUMN name text CHECK (name IS NULL OR length(trim(name)) > 0);
ALTER TABLE draft_version ADD COLUMN sitting text;
