import { colors, sizes } from './theme';
import type { PdfWriter } from './writer';

/** What the running header and the footer of every page after the cover say. */
export interface Furniture {
  /** Top left, e.g. "Participant workbook". */
  runningTitle: string;
  /** Top right, e.g. the participant's name. */
  runningRight: string;
  /** Bottom left: the workshop and its date. */
  footer: string;
}

/**
 * Draws the running header, the footer and "Page n of N" on every page but the cover.
 * Done once all pages exist (pages are buffered), so the total is known.
 */
export function drawFurniture(w: PdfWriter, furniture: Furniture): void {
  const doc = w.doc;
  const range = doc.bufferedPageRange();
  const count = range.count;
  for (let i = range.start + 1; i < range.start + count; i++) {
    doc.switchToPage(i);
    const page = doc.page;
    const left = page.margins.left;
    const width = page.width - page.margins.left - page.margins.right;
    const headerY = 40;
    const half = width / 2 - 8;
    const small = { size: sizes.tiny, color: colors.muted };
    w.place(furniture.runningTitle.toUpperCase(), left, headerY, {
      ...small,
      style: 'bold',
      width: half,
      tracked: true,
    });
    w.place(furniture.runningRight, left + width - half, headerY, {
      ...small,
      width: half,
      align: 'right',
    });
    doc
      .moveTo(left, headerY + 13)
      .lineTo(left + width, headerY + 13)
      .lineWidth(0.5)
      .stroke(colors.rule);
    const footerY = page.height - 50;
    doc
      .moveTo(left, footerY - 6)
      .lineTo(left + width, footerY - 6)
      .lineWidth(0.5)
      .stroke(colors.rule);
    w.place(furniture.footer, left, footerY, { ...small, width: width - 90 });
    w.place(`Page ${i - range.start + 1} of ${count}`, left + width - 90, footerY, {
      ...small,
      style: 'bold',
      width: 90,
      align: 'right',
    });
  }
}
