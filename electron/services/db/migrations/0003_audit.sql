-- 0003_audit: who changed what and when, per order (the audit log a lawyer reads per draft). Written in the same
-- transaction as the change itself; never updated.
CREATE TABLE audit_entry (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES registry_order(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('imported', 'created', 'saved', 'signed')),
  detail TEXT
);
CREATE INDEX audit_entry_order ON audit_entry(order_id, id);
