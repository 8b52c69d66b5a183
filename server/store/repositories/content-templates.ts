import { ContentChanges, noContentChanges } from '../../../shared/content/content-changes';
import type { ContentTemplate } from '../../../shared/templates/template-file';
import type { Db } from '../database';

interface TemplateRow {
  id: string;
  name: string;
  content: string;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = 'id, name, content, created_at AS createdAt, updated_at AS updatedAt';

function fromRow(row: TemplateRow): ContentTemplate {
  const parsed = ContentChanges.safeParse(JSON.parse(row.content));
  // A template this version cannot read starts workshops with the course as it is.
  return { ...row, content: parsed.success ? parsed.data : noContentChanges };
}

/** Every template, by name. */
export function listContentTemplates(db: Db): ContentTemplate[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM content_templates ORDER BY lower(name), created_at`)
    .all() as TemplateRow[];
  return rows.map(fromRow);
}

export function getContentTemplate(db: Db, id: string): ContentTemplate | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM content_templates WHERE id = ?`).get(id) as
    TemplateRow | undefined;
  return row ? fromRow(row) : undefined;
}

/** The template with a name, in any case: names are unique that way. */
export function findContentTemplateByName(db: Db, name: string): ContentTemplate | undefined {
  const row = db
    .prepare(`SELECT ${COLUMNS} FROM content_templates WHERE lower(name) = lower(?)`)
    .get(name) as TemplateRow | undefined;
  return row ? fromRow(row) : undefined;
}

export function insertContentTemplate(db: Db, template: ContentTemplate): void {
  db.prepare(
    `INSERT INTO content_templates (id, name, content, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(
    template.id,
    template.name,
    JSON.stringify(template.content),
    template.createdAt,
    template.updatedAt,
  );
}

/** Replaces a template's content and name; false when there is no such template. */
export function updateContentTemplate(
  db: Db,
  id: string,
  change: Pick<ContentTemplate, 'name' | 'content' | 'updatedAt'>,
): boolean {
  return (
    db
      .prepare('UPDATE content_templates SET name = ?, content = ?, updated_at = ? WHERE id = ?')
      .run(change.name, JSON.stringify(change.content), change.updatedAt, id).changes > 0
  );
}

/** False when there is no such template. */
export function deleteContentTemplate(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM content_templates WHERE id = ?').run(id).changes > 0;
}
