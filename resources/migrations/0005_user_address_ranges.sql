-- Per-user login restriction: the client address ranges (CIDR, one per line) the user
-- may log in from; empty: from anywhere (roles may restrict further, see roles.ip_ranges).
ALTER TABLE users ADD COLUMN ip_ranges TEXT NOT NULL DEFAULT '';
