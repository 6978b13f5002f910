-- 0006_amendments (PostgreSQL): as ../0006_amendments.sql.
CREATE TABLE order_amendment (
  order_id integer PRIMARY KEY REFERENCES registry_order(id) ON DELETE CASCADE,
  amended_number text NOT NULL CHECK (length(trim(amended_number)) > 0)
);
CREATE INDEX order_amendment_number ON order_amendment(amended_number);
