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
      characterSpacing: 1.2,
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

/** A small letter-spaced label above a block. */
export function label(w: PdfWriter, text: string): void {
  w.ensureSpace(40);
  w.write(text.toUpperCase(), {
    style: 'bold',
    size: sizes.label,
    color: colors.muted,
    characterSpacing: 0.9,
  });
  w.space(4);
}

/** A paragraph of body text. */
export function paragraph(
  w: PdfWriter,
  text: string,
  options: { italic?: boolean; color?: string; indent?: number } = {},
): void {
  w.ensureSpace(28);
  w.write(text, {
    style: options.italic ? 'italic' : 'regular',
    color: options.color ?? colors.body,
    indent: options.indent ?? 0,
  });
  w.space(6);
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
  if (options.note) {
    w.write(options.note, {
      indent: indent + MARKER_WIDTH,
      size: sizes.small,
      color: colors.accent,
      style: 'italic',
    });
  }
  w.space(3.5);
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
    characterSpacing: 0.9,
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
