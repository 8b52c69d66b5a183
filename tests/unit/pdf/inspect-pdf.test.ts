import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageCount, pageSizes, pdfText, renderPages } from '../../fixtures/workshops/inspect-pdf';

/** Four pages whose every mark is known: header, body and footer text, a blank body, a square. */
function knownDocument(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  const frame = (page: number) => {
    doc.fontSize(9).text('Running header', 72, 30);
    doc.fontSize(9).text(`Page ${page} of 4`, 72, 800);
  };
  frame(1);
  doc.fontSize(12).text('Words that flow onto', 72, 300);
  doc.addPage({ size: 'A4', margin: 0 });
  frame(2);
  doc.fontSize(12).text('the next page.', 72, 100);
  doc.addPage({ size: 'A4', margin: 0 });
  frame(3);
  doc.addPage({ size: 'LETTER', margin: 0 });
  doc.rect(72, 144, 72, 72).fill('#000000');
  doc.end();
  return done;
}

describe("the tests' PDF reader", () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await knownDocument();
  });

  it('reads all the text, page after page', () => {
    expect(pdfText(pdf)).toBe(
      'Running header Page 1 of 4 Words that flow onto Running header Page 2 of 4 the next page. Running header Page 3 of 4',
    );
  });

  it('reads only the body between header and footer, so a text flowing across pages reads as one', () => {
    expect(pdfText(pdf, { top: 60, bottom: 841 - 62 })).toBe('Words that flow onto the next page.');
  });

  it('counts the pages and gives each its paper size in points', () => {
    expect(pageCount(pdf)).toBe(4);
    const sizes = pageSizes(pdf);
    expect(sizes[0]!.width).toBeCloseTo(595.28, 1);
    expect(sizes[0]!.height).toBeCloseTo(841.89, 1);
    expect(sizes[3]).toEqual({ width: 612, height: 792 });
  });

  it('renders every page at the resolution asked, whole pixels rounded up', () => {
    const pages = renderPages(pdf, 30);
    expect(pages.map((page) => [page.width, page.height])).toEqual([
      [249, 351],
      [249, 351],
      [249, 351],
      [255, 330],
    ]);
  });

  it('finds ink in the body of a page with text, and none on a page with only header and footer', () => {
    const [withText, , onlyFrame] = renderPages(pdf, 30);
    expect(withText!.bodyInkPixels).toBeGreaterThan(40);
    expect(onlyFrame!.inkPixels).toBeGreaterThan(0);
    expect(onlyFrame!.bodyInkPixels).toBe(0);
  });

  it('puts the box around the ink where the page drew it', () => {
    const square = renderPages(pdf, 72)[3]!;
    expect(square.box).toEqual({ left: 72, top: 144, right: 143, bottom: 215 });
    expect(square.inkPixels).toBe(72 * 72);
  });
});
