import { colors, sizes } from './theme';
import type { PdfWriter, SectionEntry } from './writer';

const ROW = 20;
const SUB_ROW = 16;

/** Starts the contents page; its entries are written once every section's page is known. */
export function startContents(w: PdfWriter): number {
  w.newPage();
  w.write('Contents', { style: 'bold', size: sizes.h1, color: colors.ink });
  w.space(8);
  w.doc.rect(w.left, w.y, 36, 2.5).fill(colors.accent);
  w.space(22);
  return w.pageIndex;
}

/** The entries that fit on one page: sub-entries are left out when there are too many. */
function entriesThatFit(sections: readonly SectionEntry[], room: number): SectionEntry[] {
  const height = (list: readonly SectionEntry[]) =>
    list.reduce((sum, s) => sum + (s.level === 1 ? ROW + 6 : SUB_ROW), 0);
  if (height(sections) <= room) return [...sections];
  const top = sections.filter((s) => s.level === 1);
  return height(top) <= room ? top : top.slice(0, Math.floor(room / (ROW + 6)));
}

/** Writes the contents entries (with dot leaders, page numbers and links) on their page. */
export function fillContents(w: PdfWriter, pageIndex: number, startY: number): void {
  const doc = w.doc;
  doc.switchToPage(pageIndex);
  const left = w.left;
  const width = w.width;
  const entries = entriesThatFit(w.sections, w.bottom - startY);
  let y = startY;
  for (const entry of entries) {
    const isTop = entry.level === 1;
    if (isTop) y += 6;
    const indent = isTop ? 0 : 16;
    const size = isTop ? sizes.body + 0.5 : sizes.small + 0.5;
    const style = isTop ? 'bold' : 'regular';
    const color = isTop ? colors.ink : colors.body;
    const pageLabel = String(entry.page + 1);
    const numberWidth = 28;
    const title = w.fitLine(entry.title, style, size, width - indent - numberWidth - 24);
    const titleWidth = w.widthOf(title, style, size);
    w.place(title, left + indent, y, { style, size, color });
    // Dot leader from the title to the page number.
    const leaderStart = left + indent + titleWidth + 6;
    const leaderEnd = left + width - numberWidth;
    if (leaderEnd > leaderStart) {
      doc
        .moveTo(leaderStart, y + size - 1)
        .lineTo(leaderEnd, y + size - 1)
        .dash(0.6, { space: 2.4 })
        .lineWidth(0.6)
        .stroke(colors.faint)
        .undash();
    }
    w.place(pageLabel, left + width - numberWidth, y, {
      style,
      size,
      color: isTop ? colors.accent : colors.muted,
      width: numberWidth,
      align: 'right',
    });
    doc.goTo(left, y - 2, width, size + 6, entry.destination);
    y += isTop ? ROW : SUB_ROW;
  }
}
