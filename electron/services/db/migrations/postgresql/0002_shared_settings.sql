-- 0002_shared_settings (PostgreSQL): as ../0002_shared_settings.sql.
CREATE TABLE shared_setting (
  key text PRIMARY KEY,
  value text NOT NULL CHECK ((value::jsonb) IS NOT NULL),
  updated_at text NOT NULL
);
