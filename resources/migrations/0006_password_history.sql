-- Password policy (#5): when a user's password was last set, whether it was set by an
-- administrator (users.reset_password) and must be changed at the next login, and the
-- Argon2id hashes of the user's earlier passwords, so that a new password cannot be
-- one of the last N (config passwords/history).
ALTER TABLE users ADD COLUMN password_changed_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
-- The moment an existing password was set is not known; every password change also
-- set updated_at, so updated_at is no earlier than it and expires no one too soon.
UPDATE users SET password_changed_at = updated_at;

-- One row per password the user had before the current one; only the newest
-- passwords/history - 1 are kept.
CREATE TABLE password_history (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    password_hash TEXT NOT NULL,
    replaced_at BIGINT NOT NULL
);
CREATE INDEX password_history_user ON password_history (user_id, id);
