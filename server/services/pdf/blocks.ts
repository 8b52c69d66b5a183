import { colors, sizes } from './theme';
import type { PdfWriter } from './writer';

/** Opens a chapter on a new page: a letter-spaced kicker, the title and a short accent rule. */
export function chapterHeading(w: PdfWriter, kicker: string, title: string): void {
  w.newPage();
  w.markSection(kicker ? `${kicker} · ${title}` : title, 1);
  if (kicker) {
    w.write(kicker.toUpperCase(), {
      style: 'bold',
      size: sizes.label,
      color: colors.accent,
      tracked: true,
    });
    w.space(4);
  }
  w.write(title, { style: 'bold', size: sizes.h1, color: colors.ink, lineGap: 0 });
  w.space(8);
  w.doc.rect(w.left, w.y, 36, 2.5).fill(colors.accent);
  w.space(20);
}

/** A sub-heading, kept with at least a few lines of what follows. */
export function heading2(w: PdfWriter, text: string, options: { mark?: boolean } = {}): void {
  w.space(10);
  w.ensureSpace(w.heightOf(text, { style: 'bold', size: sizes.h2 }) + 60);
  if (options.mark) w.markSection(text, 2);
  w.write(text, { style: 'bold', size: sizes.h2, color: colors.ink });
  w.space(6);
}

/** A minor heading in the accent colour. */
export function heading3(w: PdfWriter, text: string): void {
  w.space(6);
  w.ensureSpace(w.heightOf(text, { style: 'bold', size: sizes.h3 }) + 40);
  w.write(text, { style: 'bold', size: sizes.h3, color: colors.accentDark });
  w.space(4);
}

const labelStyle = { style: 'bold', size: sizes.label, tracked: true } as const;
const LABEL_SPACE_BELOW = 4;

/** A small letter-spaced label above a block. */
export function label(w: PdfWriter, text: string): void {
  w.ensureSpace(40);
  w.write(text.toUpperCase(), { ...labelStyle, color: colors.muted });
  w.space(LABEL_SPACE_BELOW);
}

/** Something drawn as one piece, measured first so a list can keep it beside its items. */
export interface Block {
  height: number;
  draw(): void;
}

/** A label as a block, to keep with what follows it. */
export function labelBlock(w: PdfWriter, text: string): Block {
  return {
    height: w.heightOf(text.toUpperCase(), labelStyle) + LABEL_SPACE_BELOW,
    draw: () => label(w, text),
  };
}

/** Blocks drawn one after the other, kept together. */
export function joinBlocks(...blocks: readonly Block[]): Block {
  return {
    height: blocks.reduce((sum, b) => sum + b.height, 0),
    draw: () => blocks.forEach((b) => b.draw()),
  };
}

/** How a paragraph is set. */
interface ParagraphOptions {
  italic?: boolean;
  color?: string;
  indent?: number;
}

const PARAGRAPH_SPACE_BELOW = 6;

/** A paragraph of body text. */
export function paragraph(w: PdfWriter, text: string, options: ParagraphOptions = {}): void {
  w.ensureSpace(28);
  w.write(text, {
    style: options.italic ? 'italic' : 'regular',
    color: options.color ?? colors.body,
    indent: options.indent ?? 0,
  });
  w.space(PARAGRAPH_SPACE_BELOW);
}

/** A paragraph as a block, to keep with the list it closes. */
export function paragraphBlock(w: PdfWriter, text: string, options: ParagraphOptions = {}): Block {
  const height = w.heightOf(text, {
    style: options.italic ? 'italic' : 'regular',
    indent: options.indent ?? 0,
  });
  return { height: height + PARAGRAPH_SPACE_BELOW, draw: () => paragraph(w, text, options) };
}

/** "Not answered", set so it is plainly a gap and not an answer. */
export function notAnswered(w: PdfWriter, what = 'Not answered'): void {
  paragraph(w, `${what}.`, { italic: true, color: colors.faint });
}

/** How an item's marker is drawn: a bullet, its number, or a match mark. */
export type Marker =
  { kind: 'bullet' } | { kind: 'number'; n: number } | { kind: 'matched' } | { kind: 'missed' };

const MARKER_WIDTH = 18;

/** Draws a match mark: a filled accent disc with a tick, or an empty ring. */
export function drawMark(w: PdfWriter, x: number, y: number, matched: boolean): void {
  const r = 4.2;
  const doc = w.doc;
  doc.save();
  if (matched) {
    doc.circle(x + r, y + r, r).fill(colors.accent);
    doc
      .moveTo(x + r - 2.2, y + r + 0.1)
      .lineTo(x + r - 0.6, y + r + 1.7)
      .lineTo(x + r + 2.3, y + r - 1.6)
      .lineWidth(1.1)
      .lineCap('round')
      .lineJoin('round')
      .stroke(colors.white);
  } else {
    doc
      .circle(x + r, y + r, r - 0.4)
      .lineWidth(0.9)
      .stroke(colors.faint);
  }
  doc.restore();
}

const ITEM_SPACE_BELOW = 3.5;
const noteStyle = (indent: number) =>
  ({ indent: indent + MARKER_WIDTH, size: sizes.small, style: 'italic' }) as const;

/** One list item with a hanging marker; long text wraps and flows onto the next page. */
export function listItem(
  w: PdfWriter,
  text: string,
  marker: Marker,
  options: { note?: string; indent?: number } = {},
): void {
  const indent = options.indent ?? 0;
  const firstLine = w.heightOf('X', {});
  w.ensureSpace(firstLine + 4);
  const y = w.y;
  const x = w.left + indent;
  if (marker.kind === 'bullet') {
    w.doc.circle(x + 5, y + 6.2, 1.6).fill(colors.accent);
  } else if (marker.kind === 'number') {
    w.place(`${marker.n}.`, x, y, { size: sizes.body, color: colors.muted });
  } else {
    drawMark(w, x, y + 2.2, marker.kind === 'matched');
  }
  w.write(text, { indent: indent + MARKER_WIDTH, color: colors.body });
  if (options.note) w.write(options.note, { ...noteStyle(indent), color: colors.accent });
  w.space(ITEM_SPACE_BELOW);
}

/** One item of a list drawn by itemList. */
export interface ListEntry {
  text: string;
  marker: Marker;
  note?: string;
}

/** A list this long or shorter is never split across pages. */
const SHORT_LIST = 6;
/** A split list leaves at least this many items on each page. */
const KEEP_ITEMS = 2;

/**
 * Where a list breaks across pages: the indices of the items that start a new page, 0 meaning
 * the list's label moves too. A short list moves whole to the next page rather than split; a
 * longer one leaves no page with fewer than KEEP_ITEMS of its items (no orphan under the label,
 * no widow of last items); the closing block stays with the last item.
 */
export function listBreaks(
  heights: readonly number[],
  space: { head: number; tail: number; room: number; page: number },
): number[] {
  const { head, tail, room, page } = space;
  const n = heights.length;
  const total = head + heights.reduce((sum, h) => sum + h, 0) + tail;
  if (total <= room) return [];
  if (n <= SHORT_LIST && total <= page) return [0];
  const breaks: number[] = [];
  let pageStart = 0;
  // Whether the current page began with this list: its first item goes there whatever its size.
  let fresh = false;
  let left = room - head;
  let i = 0;
  while (i < n) {
    const need = heights[i]! + (i === n - 1 ? tail : 0);
    if (need <= left || (fresh && i === pageStart)) {
      left -= need;
      i += 1;
      continue;
    }
    let at = Math.min(i, Math.max(pageStart + KEEP_ITEMS, n - KEEP_ITEMS));
    if (breaks.length === 0 && at < KEEP_ITEMS) at = 0;
    breaks.push(at);
    pageStart = at;
    fresh = true;
    left = page - (at === 0 ? head : 0);
    i = at;
  }
  return breaks;
}

/** The height an item takes, as listItem draws it. */
function itemHeight(w: PdfWriter, entry: ListEntry): number {
  const text = w.heightOf(entry.text, { indent: MARKER_WIDTH });
  const note = entry.note ? w.heightOf(entry.note, noteStyle(0)) : 0;
  return Math.max(text, w.heightOf('X', {})) + note + ITEM_SPACE_BELOW;
}

/**
 * A list with what leads into it (a label) and what closes it (a legend, a conclusion), broken
 * across pages only where listBreaks allows: the lead with the first items, the closing with
 * the last.
 */
export function itemList(
  w: PdfWriter,
  entries: readonly ListEntry[],
  options: { lead?: Block; closing?: Block } = {},
): void {
  const breaks = listBreaks(
    entries.map((entry) => itemHeight(w, entry)),
    {
      head: options.lead?.height ?? 0,
      tail: options.closing?.height ?? 0,
      room: w.bottom - w.y,
      page: w.bottom - w.doc.page.margins.top,
    },
  );
  if (breaks[0] === 0) w.newPage();
  options.lead?.draw();
  entries.forEach((entry, i) => {
    if (i > 0 && breaks.includes(i)) w.newPage();
    listItem(w, entry.text, entry.marker, entry.note ? { note: entry.note } : {});
  });
  options.closing?.draw();
}

/** Bullet points, kept together as itemList keeps a list. */
export function bulletList(
  w: PdfWriter,
  texts: readonly string[],
  options: { lead?: Block; closing?: Block } = {},
): void {
  itemList(
    w,
    texts.map((text) => ({ text, marker: { kind: 'bullet' } })),
    options,
  );
}

/** A tinted box with an accent bar: the exercise's brief. */
export function briefBox(w: PdfWriter, lines: readonly string[], hint?: string): void {
  const pad = 12;
  const inner = w.width - 2 * pad - 4;
  const textHeight =
    lines.reduce((sum, line) => sum + w.heightOf(line, { width: inner }) + 4, 0) +
    (hint ? w.heightOf(hint, { width: inner, style: 'italic', size: sizes.small }) + 2 : 0);
  const height = textHeight + 2 * pad + 14;
  w.ensureSpace(height);
  const top = w.y;
  w.doc.rect(w.left, top, w.width, height).fill(colors.tint);
  w.doc.rect(w.left, top, 3, height).fill(colors.accent);
  w.doc.y = top + pad;
  w.write('THE BRIEF', {
    indent: pad + 4,
    style: 'bold',
    size: sizes.label,
    color: colors.accent,
    tracked: true,
  });
  w.space(4);
  for (const line of lines) {
    w.write(line, { indent: pad + 4, width: inner, color: colors.ink });
    w.space(4);
  }
  if (hint)
    w.write(hint, {
      indent: pad + 4,
      width: inner,
      style: 'italic',
      size: sizes.small,
      color: colors.muted,
    });
  w.doc.y = top + height + 16;
}

/** A thin full-width rule. */
export function rule(w: PdfWriter, color: string = colors.rule): void {
  w.space(4);
  w.doc
    .moveTo(w.left, w.y)
    .lineTo(w.left + w.width, w.y)
    .lineWidth(0.6)
    .stroke(color);
  w.space(8);
}
