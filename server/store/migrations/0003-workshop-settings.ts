/** Per-workshop settings for the PDF outputs: paper size, consultant name, logo. */
export const sql = `
CREATE TABLE workshop_settings (
  workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
  settings    TEXT NOT NULL CHECK (json_valid(settings)),
  updated_at  TEXT NOT NULL
) STRICT;
`;
