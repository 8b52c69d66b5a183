/**
 * Relationship plans. Stage scorings say whose view they give (our own, the customer's as we
 * believe it, or a customer team's), existing ones being our own; our own scorings keep the
 * contact map as it was when they were made, so progress shows the stage and the map side by
 * side. Each part of an account's plan (and the participant's practices) is one row, saved as
 * it is typed like an answer.
 */
export const sql = `
ALTER TABLE stage_scorings ADD COLUMN view TEXT NOT NULL DEFAULT 'own'
  CHECK (view IN ('own', 'customer-believed', 'customer-team'));
ALTER TABLE stage_scorings ADD COLUMN map TEXT CHECK (map IS NULL OR json_valid(map));

CREATE TABLE plan_parts (
  participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  account_id     TEXT REFERENCES accounts (id) ON DELETE CASCADE,
  part           TEXT NOT NULL CHECK (length(part) BETWEEN 1 AND 32),
  payload        TEXT NOT NULL CHECK (json_valid(payload)),
  revision       INTEGER NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;
-- coalesce: a plain NULL account_id would make every participant-level part distinct.
CREATE UNIQUE INDEX plan_parts_by_key ON plan_parts (participant_id, part, coalesce(account_id, ''));
CREATE INDEX plan_parts_by_account ON plan_parts (account_id);
`;
