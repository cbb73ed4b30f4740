-- Departments, users, sessions and the hash-chained audit log.
-- Placeholders: {{ID}} is the auto-increment primary key of the dialect (server/db/Dialect.cpp).
CREATE TABLE departments (
    id {{ID}},
    name TEXT NOT NULL,
    parent_id BIGINT REFERENCES departments (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX departments_sibling_name ON departments (COALESCE(parent_id, 0), name);
CREATE INDEX departments_parent ON departments (parent_id);

CREATE TABLE users (
    id {{ID}},
    login TEXT NOT NULL,
    login_key TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    department_id BIGINT NOT NULL REFERENCES departments (id),
    email TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX users_department ON users (department_id);

CREATE TABLE sessions (
    id {{ID}},
    token_hash TEXT NOT NULL UNIQUE,
    user_id BIGINT NOT NULL REFERENCES users (id),
    machine TEXT NOT NULL,
    address TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    ended_at BIGINT,
    end_reason TEXT
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Append-only. Ids are assigned by the application from audit_head so that the chain
-- has no gaps; user_id has no foreign key so history outlives its users.
CREATE TABLE audit_log (
    id BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    user_id BIGINT,
    user_login TEXT NOT NULL,
    address TEXT NOT NULL,
    machine TEXT NOT NULL,
    op TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT,
    before_image TEXT,
    after_image TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_user ON audit_log (user_id, id);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);

-- One row: the chain's end. Locked by every audit append, which serialises writers.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_id BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
