import { colors, sizes } from './theme';
import type { PdfWriter } from './writer';

type Swatch =
  | { kind: 'card'; fill: string; stroke: string; width: number }
  | { kind: 'line'; color: string; width: number; dashed?: boolean };

const entries: ReadonlyArray<{ swatch: Swatch; text: string }> = [
  {
    swatch: { kind: 'card', fill: colors.white, stroke: colors.supplier, width: 0.7 },
    text: 'Your people',
  },
  {
    swatch: { kind: 'card', fill: colors.white, stroke: colors.customer, width: 0.7 },
    text: 'Customer people',
  },
  {
    swatch: { kind: 'card', fill: colors.tintStrong, stroke: colors.supplier, width: 1.6 },
    text: 'Key account manager',
  },
  {
    swatch: { kind: 'line', color: colors.accentDark, width: 2.2 },
    text: 'Contact (thicker = stronger)',
  },
  {
    swatch: { kind: 'line', color: colors.negative, width: 0.9, dashed: true },
    text: 'One-sided contact',
  },
  {
    swatch: { kind: 'line', color: colors.faint, width: 0.6 },
    text: 'Working link inside one side',
  },
];

/** The key to a contact map's cards and lines, in one or two rows. */
export function drawMapLegend(w: PdfWriter): void {
  const doc = w.doc;
  const columns = 3;
  const columnWidth = w.width / columns;
  const rows = Math.ceil(entries.length / columns);
  w.ensureSpace(rows * 16 + 8);
  const top = w.y;
  entries.forEach(({ swatch, text }, i) => {
    const x = w.left + (i % columns) * columnWidth;
    const y = top + Math.floor(i / columns) * 16;
    doc.save();
    if (swatch.kind === 'card') {
      doc
        .roundedRect(x, y + 1, 18, 9, 2)
        .lineWidth(swatch.width)
        .fillAndStroke(swatch.fill, swatch.stroke);
    } else {
      doc
        .moveTo(x, y + 5.5)
        .lineTo(x + 18, y + 5.5)
        .lineWidth(swatch.width);
      if (swatch.dashed) doc.dash(3, { space: 2 });
      doc.stroke(swatch.color);
    }
    doc.restore();
    w.place(text, x + 24, y, { size: sizes.small, color: colors.muted });
  });
  doc.y = top + rows * 16 + 6;
}
