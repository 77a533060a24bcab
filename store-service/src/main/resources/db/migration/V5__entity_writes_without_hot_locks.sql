-- Storing no longer rewrites every mentioned entity row per batch (that held a lock on the most popular entities
-- for the whole batch transaction, so concurrent writers queued behind each other). The only column that changed on
-- every mention was last_seen, which no query reads: it goes.
ALTER TABLE entity DROP COLUMN last_seen;
