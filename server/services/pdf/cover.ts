import { moduleInfo } from '../../../shared/course/module-info';
import type { DocumentMeta } from './document-data';
import { formatLongDate } from '../../../shared/format/dates';
import { colors, sizes } from './theme';
import type { PdfWriter } from './writer';

/** What the cover says besides the workshop: the document and whom it is for. */
export interface CoverText {
  /** e.g. "Participant workbook". */
  documentType: string;
  /** e.g. the participant's name. */
  subtitle: string;
  /** e.g. the account the workbook is narrowed to. */
  detail?: string;
}

/** The logo's bytes, or null when there is none or it is not a data URL we can read. */
function logoBytes(logo: string | null): Buffer | null {
  if (!logo) return null;
  const match = /^data:image\/(?:png|jpeg);base64,(.+)$/.exec(logo);
  return match?.[1] ? Buffer.from(match[1], 'base64') : null;
}

function drawLogo(w: PdfWriter, logo: string | null, right: number, top: number): void {
  const bytes = logoBytes(logo);
  if (!bytes) return;
  try {
    w.doc.image(bytes, right - 150, top, { fit: [150, 54], align: 'right' });
  } catch {
    // A damaged image must not stop the export: the cover is fine without it.
  }
}

/** What a client-safe document says on its cover, once, in words a client reads. */
export const NAMES_REMOVED_NOTE =
  'Names were removed: participants, key accounts and the people on contact maps appear under ' +
  'neutral labels (Participant 1, Account 1, a role or level and department), and private ' +
  'notes — reflections, reasons and job titles — are left out.';

function drawNamesRemoved(w: PdfWriter): void {
  w.space(18);
  w.write('CLIENT-SAFE COPY', {
    style: 'bold',
    size: sizes.label,
    color: colors.accent,
    tracked: true,
  });
  w.space(3);
  w.write(NAMES_REMOVED_NOTE, { size: sizes.small, color: colors.muted });
}

/** The cover page: kicker, title, subtitle, and the workshop's particulars. */
export function drawCover(w: PdfWriter, meta: DocumentMeta, text: CoverText): void {
  const doc = w.doc;
  const left = w.left;
  const width = w.width;
  const top = 64;
  w.place('KAM RELATIONSHIP WORKSHOP', left, top + 4, {
    style: 'bold',
    size: sizes.label,
    color: colors.accent,
    tracked: true,
  });
  drawLogo(w, meta.settings.logo, left + width, top);

  // The title block sits a third of the way down, behind a slim accent bar.
  const titleTop = doc.page.height * 0.3;
  doc.y = titleTop;
  w.write(text.documentType.toUpperCase(), {
    style: 'bold',
    size: sizes.small,
    color: colors.muted,
    tracked: true,
  });
  w.space(10);
  w.write(meta.workshop.title, {
    style: 'bold',
    size: sizes.coverTitle,
    color: colors.ink,
    lineGap: 0,
  });
  w.space(14);
  w.write(text.subtitle, { size: 16, color: colors.accentDark });
  if (text.detail) {
    w.space(4);
    w.write(text.detail, { size: sizes.body + 1, color: colors.muted });
  }
  doc.rect(left - 22, titleTop, 4, doc.y - titleTop).fill(colors.accent);
  if (meta.clientSafe) drawNamesRemoved(w);

  // The particulars, as a two-column grid near the foot of the page.
  const rows: Array<[string, string]> = [
    ['Client', meta.workshop.client || '—'],
    ['Workshop date', formatLongDate(meta.workshop.date)],
    ['Facilitator', meta.workshop.facilitator || '—'],
    ['Prepared', formatLongDate(meta.generatedAt.slice(0, 10))],
  ];
  if (meta.settings.consultantName) rows.push(['Consultant', meta.settings.consultantName]);
  const columnWidth = (width - 24) / 2;
  const rowHeight = 40;
  const gridTop = doc.page.height - 150 - Math.ceil(rows.length / 2) * rowHeight;
  doc
    .moveTo(left, gridTop - 14)
    .lineTo(left + width, gridTop - 14)
    .lineWidth(0.6)
    .stroke(colors.rule);
  rows.forEach(([name, value], i) => {
    const x = left + (i % 2) * (columnWidth + 24);
    const y = gridTop + Math.floor(i / 2) * rowHeight;
    w.place(name.toUpperCase(), x, y, {
      style: 'bold',
      size: sizes.tiny,
      color: colors.muted,
      tracked: true,
    });
    w.place(w.fitLine(value, 'regular', sizes.body + 1, columnWidth), x, y + 11, {
      size: sizes.body + 1,
      color: colors.ink,
    });
  });
  const footY = doc.page.height - 84;
  doc
    .moveTo(left, footY - 10)
    .lineTo(left + width, footY - 10)
    .lineWidth(0.6)
    .stroke(colors.rule);
  w.place(
    `Course module ${moduleInfo.code} · ${moduleInfo.title} · ${moduleInfo.author}`,
    left,
    footY,
    { size: sizes.tiny, color: colors.faint, width },
  );
}
