-- Registered computers (#5): each client computer has an Ed25519 key pair and proves
-- it holds the secret key at login (docs/security.md, "Registered computers"). A
-- computer is known by its public key (64 lowercase hex digits); the first login that
-- presents it records it as pending. An administrator approves or revokes it; a role
-- or a user with registered_machines_only applies only on approved computers.
-- requested_at: when a login first needed the computer approved (the registration
-- request administrators were told of); NULL while no restriction depended on it.
CREATE TABLE machines (
    id {{ID}},
    public_key TEXT NOT NULL UNIQUE,
    fingerprint TEXT NOT NULL,
    name TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    first_seen_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    last_user_id BIGINT REFERENCES users (id),
    requested_at BIGINT,
    approved_by BIGINT REFERENCES users (id),
    approved_at BIGINT,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX machines_status ON machines (status, last_seen_at);

-- The computer a session was opened on, proven by its key; NULL for a client that
-- sent no key. Checked against machines.status on every request of the session.
ALTER TABLE sessions ADD COLUMN machine_id BIGINT REFERENCES machines (id);
CREATE INDEX sessions_machine ON sessions (machine_id);

-- Per-user restriction, on top of the roles' own: the user may log in only from
-- approved computers.
ALTER TABLE users ADD COLUMN registered_machines_only INTEGER NOT NULL DEFAULT 0;
