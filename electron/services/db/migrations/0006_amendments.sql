-- 0006_amendments: which order an amending order (zarządzenie zmieniające, issue 17) amends, by number as its
-- introductory sentence cites it (the amended order may be absent from the registry, or imported later). Written
-- from the model's `meta.amends` whenever the amending order is added, created, saved or signed.
CREATE TABLE order_amendment (
  order_id INTEGER PRIMARY KEY REFERENCES registry_order(id) ON DELETE CASCADE,
  amended_number TEXT NOT NULL CHECK (length(trim(amended_number)) > 0)
);
CREATE INDEX order_amendment_number ON order_amendment(amended_number);
