/** The first schema: workshops, people, accounts, answers, facilitation state. */
export const sql = `
CREATE TABLE workshops (
  id          TEXT PRIMARY KEY,
  title       TEXT NOT NULL,
  date        TEXT NOT NULL,
  facilitator TEXT NOT NULL,
  client      TEXT NOT NULL,
  mode        TEXT NOT NULL CHECK (mode IN ('facilitated', 'self-study')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE participants (
  id          TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  position    INTEGER NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX participants_by_workshop ON participants (workshop_id, position);

CREATE TABLE accounts (
  id             TEXT PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  name           TEXT NOT NULL,
  position       INTEGER NOT NULL,
  created_at     TEXT NOT NULL
) STRICT;
CREATE INDEX accounts_by_participant ON accounts (participant_id, position);

CREATE TABLE answers (
  participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  exercise       TEXT NOT NULL CHECK (exercise IN ('A', 'B', 'C', 'D', 'E', 'F', 'G')),
  account_id     TEXT REFERENCES accounts (id) ON DELETE CASCADE,
  payload        TEXT NOT NULL CHECK (json_valid(payload)),
  revision       INTEGER NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;
-- coalesce: a plain NULL account_id would make every participant-level answer distinct.
CREATE UNIQUE INDEX answers_by_key ON answers (participant_id, exercise, coalesce(account_id, ''));
CREATE INDEX answers_by_account ON answers (account_id);

CREATE TABLE facilitation (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
  state       TEXT NOT NULL CHECK (json_valid(state)),
  updated_at  TEXT NOT NULL
) STRICT;
`;
