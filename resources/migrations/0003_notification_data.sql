-- Notifications carry structured data (JSON: who, what, how many) so that the
-- client can word them in the reader's language; title and body stay as the
-- English fallback for kinds a client does not know.
ALTER TABLE notifications ADD COLUMN data TEXT NOT NULL DEFAULT '{}';
-- notifications.list pages a user's notifications newest first.
CREATE INDEX notifications_user_id ON notifications (user_id, id);
