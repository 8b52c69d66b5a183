import PDFDocument from 'pdfkit';
import type { PaperSize } from '../../../shared/schemas/settings';
import { fontPaths, type FontStyle } from './fonts';
import { safeText } from './safe-text';
import { colors, LABEL_TRACKING_EM, margins, paperSizes, sizes } from './theme';

/** How a run of text is set. */
export interface TextStyle {
  style?: FontStyle;
  size?: number;
  color?: string;
  /** Left offset from the text block's edge. */
  indent?: number;
  width?: number;
  align?: 'left' | 'right' | 'center';
  lineGap?: number;
  /** Set as a spaced-out capital label (LABEL_TRACKING_EM), still copying as words. */
  tracked?: boolean;
}

/** A heading that the table of contents and the PDF outline list. */
export interface SectionEntry {
  title: string;
  level: 1 | 2;
  /** Zero-based page index. */
  page: number;
  destination: string;
}

export interface WriterOptions {
  paper: PaperSize;
  title: string;
  subject: string;
  author: string;
  signal?: AbortSignal;
}

/** Thrown when the job was cancelled: generation stops at the next yield point. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelled';
  }
}

interface FontkitLike {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/**
 * pdfkit keeps the fontkit font of an embedded font on `_font.font`: the one place that knows
 * the font's character map. Without it, every character is trusted (pdfkit draws .notdef).
 */
function fontkitOf(doc: PDFKit.PDFDocument): FontkitLike | null {
  const embedded: unknown = Reflect.get(doc, '_font');
  const font: unknown =
    embedded && typeof embedded === 'object' ? Reflect.get(embedded, 'font') : undefined;
  return font && typeof (font as FontkitLike).hasGlyphForCodePoint === 'function'
    ? (font as FontkitLike)
    : null;
}

/** The space between letters a style asks for, in points. */
function characterSpacing(style: TextStyle, size: number): number {
  return style.tracked ? size * LABEL_TRACKING_EM : 0;
}

/** Whether the bundled font has a glyph, remembered per code point for the whole process. */
const glyphCache = new Map<number, boolean>();

/**
 * A pdfkit document with the house style: sanitised text, flowing paragraphs, page breaks
 * that keep blocks together, and a record of sections for the contents and outline.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly sections: SectionEntry[] = [];
  private readonly fonts = fontPaths();
  private readonly chunks: Buffer[] = [];
  private readonly signal: AbortSignal | undefined;
  /** The paper in points, portrait; pdfkit would otherwise give added pages its default, Letter. */
  private readonly size: [number, number];
  private outlineParent: PDFKit.PDFOutline | null = null;
  /** The regular font's character map; the other styles cover the same characters. */
  private readonly coverage: FontkitLike | null;

  constructor(options: WriterOptions) {
    const { width, height } = paperSizes[options.paper];
    this.size = [width, height];
    this.signal = options.signal;
    this.doc = new PDFDocument({
      size: [width, height],
      margins: { ...margins },
      bufferPages: true,
      autoFirstPage: true,
      // A path, never a standard font: those read AFM files that bundling leaves behind.
      font: this.fonts.regular,
      info: {
        Title: options.title,
        Subject: options.subject,
        Author: options.author,
        Creator: 'KAM Relationship Workshop',
      },
      displayTitle: true,
      lang: 'en-GB',
    });
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.coverage = fontkitOf(this.doc);
  }

  /** Left edge of the text block. */
  get left(): number {
    return this.doc.page.margins.left;
  }

  /** Width of the text block on the current page. */
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** The lowest y the text block may reach on the current page. */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get y(): number {
    return this.doc.y;
  }

  /** Zero-based index of the current page. */
  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  /** The text with every character the font lacks replaced by a substitute glyph. */
  safe(text: string): string {
    return safeText(text, (codePoint) => this.hasGlyph(codePoint));
  }

  private hasGlyph(codePoint: number): boolean {
    const known = glyphCache.get(codePoint);
    if (known !== undefined) return known;
    const has = this.coverage ? this.coverage.hasGlyphForCodePoint(codePoint) : true;
    glyphCache.set(codePoint, has);
    return has;
  }

  /** Sets font, size and fill colour together, so no block inherits another's. */
  setFont(style: FontStyle, size: number, color: string = colors.body): void {
    this.doc.font(this.fonts[style]).fontSize(size).fillColor(color);
  }

  /** Height a text would take at a style and width. */
  heightOf(text: string, style: TextStyle = {}): number {
    const size = style.size ?? sizes.body;
    this.setFont(style.style ?? 'regular', size);
    return this.doc.heightOfString(this.safe(text), {
      width: style.width ?? this.width - (style.indent ?? 0),
      lineGap: style.lineGap ?? 2,
      characterSpacing: characterSpacing(style, size),
    });
  }

  /** Width of a one-line text at a style; `tracked` as a spaced-out label. */
  widthOf(text: string, style: FontStyle, size: number, tracked = false): number {
    this.setFont(style, size);
    return this.doc.widthOfString(this.safe(text), {
      characterSpacing: characterSpacing({ tracked }, size),
    });
  }

  /** The text cut to one line of at most `maxWidth`, with an ellipsis when cut. */
  fitLine(text: string, style: FontStyle, size: number, maxWidth: number, tracked = false): string {
    const safe = this.safe(text).replace(/\s+/g, ' ');
    if (this.widthOf(safe, style, size, tracked) <= maxWidth) return safe;
    const chars = Array.from(safe);
    let low = 0;
    let high = chars.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (this.widthOf(`${chars.slice(0, mid).join('')}…`, style, size, tracked) <= maxWidth)
        low = mid;
      else high = mid - 1;
    }
    return `${chars.slice(0, low).join('').trimEnd()}…`;
  }

  /**
   * The text broken between words into at most `maxLines` lines of at most `maxWidth`, the last
   * cut with an ellipsis if the text goes on; a word wider than a line is cut too.
   */
  lines(
    text: string,
    style: FontStyle,
    size: number,
    maxWidth: number,
    maxLines: number,
  ): string[] {
    const words = this.safe(text).trim().split(/\s+/).filter(Boolean);
    const lines: string[] = [];
    let i = 0;
    while (i < words.length && lines.length < maxLines) {
      let line = words[i]!;
      i += 1;
      while (i < words.length && this.widthOf(`${line} ${words[i]}`, style, size) <= maxWidth) {
        line = `${line} ${words[i]}`;
        i += 1;
      }
      lines.push(line);
    }
    if (lines.length === 0) return [];
    const last = lines.length - 1;
    const rest = i < words.length ? `${lines[last]} ${words.slice(i).join(' ')}` : lines[last]!;
    lines[last] = rest;
    return lines.map((line) => this.fitLine(line, style, size, maxWidth));
  }

  /** Writes text at the cursor, wrapping and flowing onto new pages as needed. */
  write(text: string, style: TextStyle = {}): void {
    const size = style.size ?? sizes.body;
    this.setFont(style.style ?? 'regular', size, style.color ?? colors.body);
    const indent = style.indent ?? 0;
    this.doc.text(this.safe(text), this.left + indent, this.doc.y, {
      width: style.width ?? this.width - indent,
      align: style.align ?? 'left',
      lineGap: style.lineGap ?? 2,
      characterSpacing: characterSpacing(style, size),
    });
  }

  /** Writes one line of text at a fixed place without moving the cursor. */
  place(text: string, x: number, y: number, style: TextStyle = {}): void {
    const saved = { x: this.doc.x, y: this.doc.y };
    const page = this.doc.page;
    const bottomMargin = page.margins.bottom;
    // Placed text is positioned on purpose: it must never spill onto a new page.
    page.margins.bottom = 0;
    const size = style.size ?? sizes.body;
    this.setFont(style.style ?? 'regular', size, style.color ?? colors.body);
    this.doc.text(this.safe(text), x, y, {
      width: style.width,
      align: style.align ?? 'left',
      lineGap: style.lineGap ?? 1,
      characterSpacing: characterSpacing(style, size),
      lineBreak: style.width !== undefined,
    });
    page.margins.bottom = bottomMargin;
    this.doc.x = saved.x;
    this.doc.y = saved.y;
  }

  /** Moves the cursor down. */
  space(points: number): void {
    this.doc.y += points;
  }

  /** Starts a new page; true if one was added. Keeps a block of `height` together. */
  ensureSpace(height: number): boolean {
    if (this.doc.y + height <= this.bottom) return false;
    this.newPage();
    return true;
  }

  /** Starts a new page in the given orientation. */
  newPage(layout: 'portrait' | 'landscape' = 'portrait'): void {
    this.doc.addPage({ size: this.size, layout, margins: { ...margins } });
  }

  /** Records a heading for the contents and the outline, with a link target at the cursor. */
  markSection(title: string, level: 1 | 2): void {
    const destination = `section-${this.sections.length + 1}`;
    this.doc.addNamedDestination(destination);
    this.sections.push({ title, level, page: this.pageIndex, destination });
    const safeTitle = this.safe(title);
    if (level === 1 || !this.outlineParent) {
      this.outlineParent = this.doc.outline.addItem(safeTitle);
    } else {
      this.outlineParent.addItem(safeTitle);
    }
  }

  /** Lets the event loop run (so the host keeps answering) and stops if cancelled. */
  async yieldNow(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.signal?.aborted) throw new ExportCancelled();
  }

  /** Ends the document and returns its bytes. */
  finish(): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}
