import type { FontStyle } from './fonts';
import { colors, sizes } from './theme';
import type { PdfWriter } from './writer';

/** One column: its header, its share of the width, and how its cells align. */
export interface Column {
  header: string;
  /** Relative width; the columns share the text block's width in proportion. */
  weight: number;
  align?: 'left' | 'right' | 'center';
}

/** A cell: plain text, or text with its own style and an optional swatch before it. */
export type Cell =
  string | { text: string; style?: FontStyle; color?: string; swatch?: string; muted?: boolean };

/** Longest text a cell shows: a table row must always fit on one page. */
const MAX_CELL_CHARS = 600;
const PAD_X = 6;
const PAD_Y = 5;
const SWATCH = 7;

function cellText(cell: Cell): string {
  const text = typeof cell === 'string' ? cell : cell.text;
  return text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
}

function cellStyle(cell: Cell): { style: FontStyle; color: string; swatch?: string } {
  if (typeof cell === 'string') return { style: 'regular', color: colors.body };
  return {
    style: cell.style ?? 'regular',
    color: cell.color ?? (cell.muted ? colors.faint : colors.body),
    ...(cell.swatch ? { swatch: cell.swatch } : {}),
  };
}

const headerStyle = { style: 'bold', size: sizes.label, tracked: true } as const;

/** How a header is shown: in capitals, wrapped within its column. */
const headerText = (column: Column) => column.header.toUpperCase();

/**
 * The columns' widths: shares of the text block by weight, except that a column never gets less
 * than its header's longest word needs (a header wraps between words, never inside one).
 */
export function columnWidths(w: PdfWriter, columns: readonly Column[]): number[] {
  const least = columns.map((column) => {
    const words = headerText(column).split(/\s+/);
    const widest = Math.max(
      ...words.map((word) => w.widthOf(word, headerStyle.style, headerStyle.size, true)),
    );
    return Math.ceil(widest) + 2 * PAD_X + 1;
  });
  // Columns held at their least width leave the rest of the block to the others, by weight.
  const held = new Set<number>();
  for (;;) {
    const free = w.width - [...held].reduce((sum, i) => sum + least[i]!, 0);
    const weight = columns.reduce((sum, c, i) => (held.has(i) ? sum : sum + c.weight), 0);
    const widths = columns.map((c, i) => (held.has(i) ? least[i]! : (free * c.weight) / weight));
    const short = widths.findIndex((width, i) => !held.has(i) && width < least[i]!);
    if (short === -1 || held.size === columns.length - 1) return widths;
    held.add(short);
  }
}

/** The header band's height: its tallest header, wrapped to its column. */
function headerHeight(w: PdfWriter, columns: readonly Column[], widths: number[]): number {
  const tallest = Math.max(
    ...columns.map((column, i) =>
      w.heightOf(headerText(column), { ...headerStyle, width: widths[i]! - 2 * PAD_X, lineGap: 1 }),
    ),
  );
  return tallest + 2 * PAD_Y + 3;
}

function drawHeader(w: PdfWriter, columns: readonly Column[], widths: number[]): void {
  const height = headerHeight(w, columns, widths);
  const top = w.y;
  w.doc.rect(w.left, top, w.width, height).fill(colors.tint);
  let x = w.left;
  columns.forEach((column, i) => {
    w.place(headerText(column), x + PAD_X, top + PAD_Y + 1, {
      ...headerStyle,
      width: widths[i]! - 2 * PAD_X,
      color: colors.accentDark,
      align: column.align ?? 'left',
      lineGap: 1,
    });
    x += widths[i]!;
  });
  w.doc
    .moveTo(w.left, top + height)
    .lineTo(w.left + w.width, top + height)
    .lineWidth(0.8)
    .stroke(colors.accent);
  w.doc.y = top + height;
}

/** Draws a table with a tinted header and hairline rules; rows never split, headers repeat. */
export function drawTable(
  w: PdfWriter,
  columns: readonly Column[],
  rows: ReadonlyArray<readonly Cell[]>,
  options: { size?: number; zebra?: boolean } = {},
): void {
  const size = options.size ?? sizes.small;
  const widths = columnWidths(w, columns);
  w.ensureSpace(40 + headerHeight(w, columns, widths));
  drawHeader(w, columns, widths);
  rows.forEach((row, rowIndex) => {
    const heights = row.map((cell, i) => {
      const swatch = cellStyle(cell).swatch ? SWATCH + 4 : 0;
      return w.heightOf(cellText(cell), {
        style: cellStyle(cell).style,
        size,
        width: widths[i]! - 2 * PAD_X - swatch,
        lineGap: 1,
      });
    });
    const height = Math.max(...heights, size) + 2 * PAD_Y;
    if (w.ensureSpace(height)) drawHeader(w, columns, widths);
    const top = w.y;
    if (options.zebra && rowIndex % 2 === 1) {
      w.doc.rect(w.left, top, w.width, height).fill('#f7f9fb');
    }
    let x = w.left;
    row.forEach((cell, i) => {
      const style = cellStyle(cell);
      let textX = x + PAD_X;
      if (style.swatch) {
        w.doc.roundedRect(textX, top + PAD_Y + 1.5, SWATCH, SWATCH, 1.5).fill(style.swatch);
        textX += SWATCH + 4;
      }
      w.place(cellText(cell), textX, top + PAD_Y, {
        width: widths[i]! - (textX - x) - PAD_X,
        style: style.style,
        size,
        color: style.color,
        align: columns[i]?.align ?? 'left',
        lineGap: 1,
      });
      x += widths[i]!;
    });
    w.doc
      .moveTo(w.left, top + height)
      .lineTo(w.left + w.width, top + height)
      .lineWidth(0.5)
      .stroke(colors.hairline);
    w.doc.y = top + height;
  });
  w.space(14);
}
