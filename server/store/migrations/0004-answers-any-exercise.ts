/**
 * Answers are no longer limited to the letters A–G in SQL: the api checks each answer against
 * the course's exercises, so adding an exercise needs no schema change. SQLite cannot drop a
 * CHECK, so the table is rebuilt with the same rows and indexes.
 */
export const sql = `
CREATE TABLE answers_rebuilt (
  participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  exercise       TEXT NOT NULL CHECK (length(exercise) BETWEEN 1 AND 16),
  account_id     TEXT REFERENCES accounts (id) ON DELETE CASCADE,
  payload        TEXT NOT NULL CHECK (json_valid(payload)),
  revision       INTEGER NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;
INSERT INTO answers_rebuilt (participant_id, exercise, account_id, payload, revision, updated_at)
  SELECT participant_id, exercise, account_id, payload, revision, updated_at FROM answers;
DROP TABLE answers;
ALTER TABLE answers_rebuilt RENAME TO answers;
CREATE UNIQUE INDEX answers_by_key ON answers (participant_id, exercise, coalesce(account_id, ''));
CREATE INDEX answers_by_account ON answers (account_id);
`;
