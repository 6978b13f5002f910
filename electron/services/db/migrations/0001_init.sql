-- 0001_init: the registry of orders (rejestr zarządzeń), drafts with their versions, search over tasks.
-- Applied in one transaction together with `PRAGMA user_version = 1` (electron/services/db/database.ts).
-- Released migrations are never edited: a later migration may only add (test/unit/registry/schema.test.ts).

-- Key/value facts about the registry itself (e.g. whether the sample registry was loaded).
CREATE TABLE registry_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- The file an order was imported from, kept byte for byte; sha256 recognises a file imported twice.
CREATE TABLE source_file (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
  file_name TEXT NOT NULL,
  bytes BLOB NOT NULL,
  imported_at TEXT NOT NULL
);

-- Every order known to the app (Registry): signed orders and drafts.
-- `state` is what was recorded (draft or signed); inForce/repealed are derived at read time
-- (electron/services/registry/status.ts) from entry_into_force, order_repeal and later orders of the subject.
CREATE TABLE registry_order (
  id INTEGER PRIMARY KEY,
  state TEXT NOT NULL CHECK (state IN ('draft', 'signed')),
  kind TEXT NOT NULL CHECK (kind IN ('organizational', 'general')),
  number TEXT UNIQUE,
  date TEXT,
  title TEXT NOT NULL,
  subject TEXT,
  -- subject folded for comparison (lower case, single spaces), null for general orders
  subject_key TEXT,
  -- ISO date the order enters into force (computed from the model when signed), null for drafts
  entry_into_force TEXT,
  -- 1 when the order is recorded as repealed history (the repealing act may be absent from the registry)
  repealed_recorded INTEGER NOT NULL DEFAULT 0 CHECK (repealed_recorded IN (0, 1)),
  -- the recorded repeal date when known
  repealed_on TEXT,
  -- the Order model (core/model/order.ts) as JSON; for a draft, the content of its latest version
  model TEXT NOT NULL CHECK (json_valid(model)),
  source_file_id INTEGER REFERENCES source_file(id) ON DELETE RESTRICT,
  -- for a draft made to replace an order: the order it replaces
  replaces_order_id INTEGER REFERENCES registry_order(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (state = 'draft' OR (number IS NOT NULL AND date IS NOT NULL AND entry_into_force IS NOT NULL))
);
CREATE INDEX registry_order_subject ON registry_order(subject_key, date);

-- Which orders a signed order repeals (its § „traci moc”), by number: the repealed order may be absent.
CREATE TABLE order_repeal (
  order_id INTEGER NOT NULL REFERENCES registry_order(id) ON DELETE CASCADE,
  repealed_number TEXT NOT NULL,
  repealed_date TEXT,
  PRIMARY KEY (order_id, repealed_number)
) WITHOUT ROWID;
CREATE INDEX order_repeal_number ON order_repeal(repealed_number);

-- Each save of a draft: time, author, the whole model. Never updated, never deleted while the draft exists.
CREATE TABLE draft_version (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES registry_order(id) ON DELETE CASCADE,
  saved_at TEXT NOT NULL,
  author TEXT NOT NULL CHECK (length(trim(author)) > 0),
  note TEXT,
  model TEXT NOT NULL CHECK (json_valid(model))
);
CREATE INDEX draft_version_order ON draft_version(order_id, id);

-- Versions belong to drafts only.
CREATE TRIGGER draft_version_only_for_drafts BEFORE INSERT ON draft_version
WHEN (SELECT state FROM registry_order WHERE id = NEW.order_id) IS NOT 'draft'
BEGIN
  SELECT RAISE(ABORT, 'draft_version: order is not a draft');
END;

-- Full-text index over the tasks of signed orders (one row per task, any depth).
-- Text is folded before indexing (ł → l; the tokenizer removes the other diacritics).
CREATE VIRTUAL TABLE task_fts USING fts5(
  text,
  order_id UNINDEXED,
  unit UNINDEXED,
  symbol UNINDEXED,
  location UNINDEXED,
  original UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);
