-- Record-level access (#5): the readers and editors of one customer, set with
-- customers.set_access. A principal is a user, a department (its members and the
-- members of every department below it) or a user group. A customer with at least
-- one reader is restricted: outside administrators (customers manager level) only its
-- follower, extra followers, creator and the listed principals see it. Principals
-- listed as readers or editors see it beyond their data scope; editors may change it.
-- Principals are not foreign keys: a deleted group or department stays listed and
-- matches nobody (ids are never reused), so deleting one never opens a record.
CREATE TABLE customer_access (
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    access TEXT NOT NULL,         -- 'reader' or 'editor'
    principal_kind TEXT NOT NULL, -- 'user', 'department' or 'group'
    principal_id BIGINT NOT NULL,
    PRIMARY KEY (customer_id, access, principal_kind, principal_id)
);
-- "The customers that list me" (every customer read filters by it) and "the
-- restricted customers" (access = 'reader'), each without touching customers.
CREATE INDEX customer_access_principal ON customer_access (principal_kind, principal_id, access, customer_id);
CREATE INDEX customer_access_kind ON customer_access (access, customer_id);
