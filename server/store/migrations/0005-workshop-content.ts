/** A trainer's own version of the module for one workshop: changes over the course's content. */
export const sql = `
CREATE TABLE workshop_content (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
  changes     TEXT NOT NULL CHECK (json_valid(changes)),
  updated_at  TEXT NOT NULL
) STRICT;
`;
