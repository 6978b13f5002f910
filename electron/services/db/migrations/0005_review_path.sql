-- 0005_review_path: several people on one registry and the path of a draft (issue 16 items 2-3).
-- registry_user: each person by name (the name recorded as the author of versions) and role: a lawyer of WON
-- (edits, reviews, records sign-offs and the signing), a director of a department (proposes a draft for their
-- department and answers remarks), a reader. A registry without users is one person's: everyone is a lawyer.
CREATE TABLE registry_user (
  name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
  role TEXT NOT NULL CHECK (role IN ('lawyer', 'director', 'reader')),
  department TEXT,
  updated_at TEXT NOT NULL
);
-- draft_path: where a draft stands on its path: a director's proposal („propozycja”), or taken into work by WON;
-- who holds it now. A draft without a row was made by a lawyer: in work, held by the author of its first version.
CREATE TABLE draft_path (
  order_id INTEGER PRIMARY KEY REFERENCES registry_order(id) ON DELETE CASCADE,
  stage TEXT NOT NULL CHECK (stage IN ('proposal', 'inWork')),
  holder TEXT NOT NULL,
  proposed_by TEXT,
  proposed_at TEXT,
  taken_by TEXT,
  taken_at TEXT
);
-- review_remark: a review remark anchored by id to a unit, a task or a clause (paragraph) of the draft, or to the
-- whole draft; a reply has parent_id (the remark it answers). Only a remark (not a reply) is open or resolved.
CREATE TABLE review_remark (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES registry_order(id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES review_remark(id) ON DELETE CASCADE,
  anchor_kind TEXT NOT NULL CHECK (anchor_kind IN ('draft', 'unit', 'task', 'clause')),
  anchor_id TEXT,
  anchor_label TEXT,
  author TEXT NOT NULL,
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  created_at TEXT NOT NULL,
  resolved_by TEXT,
  resolved_at TEXT
);
CREATE INDEX review_remark_order ON review_remark(order_id, id);
-- sign_off: an uzgodnienie of the draft by the Sekretarz Miasta, the Skarbnik or the legal office, with the name
-- of who gave it and the date (ISO), recorded by whom and when. One per office; recorded again, it is replaced.
CREATE TABLE sign_off (
  order_id INTEGER NOT NULL REFERENCES registry_order(id) ON DELETE CASCADE,
  office TEXT NOT NULL CHECK (office IN ('sekretarz', 'skarbnik', 'prawny')),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  date TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (order_id, office)
);
