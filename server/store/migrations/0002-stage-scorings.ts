/** Exercise D's saved scorings, kept with their dates so an account's stage can be followed. */
export const sql = `
CREATE TABLE stage_scorings (
  id         TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  scores     TEXT NOT NULL CHECK (json_valid(scores) AND json_array_length(scores) = 6),
  total      INTEGER NOT NULL CHECK (total BETWEEN 0 AND 18),
  stage      TEXT NOT NULL CHECK (stage IN ('basic', 'co-operative', 'interdependent', 'integrated')),
  scored_at  TEXT NOT NULL
) STRICT;
CREATE INDEX stage_scorings_by_account ON stage_scorings (account_id, scored_at);
`;
