/** Templates: a trainer's own versions of the module's content, kept under a name. */
export const sql = `
CREATE TABLE content_templates (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  content     TEXT NOT NULL CHECK (json_valid(content)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX content_templates_by_name ON content_templates (lower(name));
`;
