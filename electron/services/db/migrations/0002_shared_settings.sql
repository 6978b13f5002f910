-- 0002_shared_settings: settings the people of one registry share (e.g. the journal citations of the office),
-- each a JSON value under a key. Personal settings (the author's name) stay in the app's settings.json.
CREATE TABLE shared_setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
) WITHOUT ROWID;
