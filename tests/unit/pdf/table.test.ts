import { describe, expect, it } from 'vitest';
import { drawTable, type Column } from '../../../server/services/pdf/table';
import { PdfWriter } from '../../../server/services/pdf/writer';
import { pdfText, pdfTextRuns } from '../../fixtures/workshops/inspect-pdf';

async function table(columns: readonly Column[], rows: string[][]): Promise<Buffer> {
  const w = new PdfWriter({ paper: 'a4', title: 'Table', subject: 'Table', author: 'Test' });
  drawTable(w, columns, rows);
  return w.finish();
}

describe('drawTable', () => {
  it('wraps a header too long for its column inside the header band, above the first row', async () => {
    const row = ['1', 'Reliable delivery', 'Long contract'];
    /** How far the lowest header line sits above the first row's baseline. */
    const headerGap = (pdf: Buffer) => {
      const runs = pdfTextRuns(pdf)[0]!;
      const firstRow = Math.min(...runs.filter((r) => row.includes(r.text)).map((r) => r.y));
      const header = runs.filter((r) => r.y < firstRow && r.text.trim() !== '');
      return firstRow - Math.max(...header.map((r) => r.y));
    };
    const short = await table(
      [
        { header: 'Rank', weight: 0.8, align: 'center' },
        { header: 'Customer', weight: 4 },
        { header: 'Supplier', weight: 4 },
      ],
      [row],
    );
    const long = await table(
      [
        { header: 'Rank', weight: 0.8, align: 'center' },
        { header: 'Customer’s requirement (from A)', weight: 4 },
        { header: 'Your organisation’s requirement (from B)', weight: 4 },
      ],
      [row],
    );
    expect(pdfText(long)).toContain('YOUR ORGANISATION’S REQUIREMENT (FROM B)');
    // The band grows with the header's lines: its last line is as far above the row as a
    // one-line header is.
    expect(headerGap(long)).toBeGreaterThanOrEqual(headerGap(short) - 0.5);
  });

  it('gives a narrow column room for its header’s longest word rather than cutting it', async () => {
    const pdf = await table(
      [
        { header: 'Participant', weight: 2 },
        { header: 'Account', weight: 2 },
        { header: 'People', weight: 0.9, align: 'right' },
        { header: 'Contacts', weight: 1, align: 'right' },
        { header: 'Pattern', weight: 3 },
        { header: 'Verdict', weight: 1.3 },
      ],
      [['Alex Morgan', 'Contoso Retail', '20', '12', 'Interdependent', 'Healthy']],
    );
    const text = pdfText(pdf);
    expect(text).toContain('PEOPLE');
    expect(text).toContain('CONTACTS');
    expect(text).not.toContain('…');
  });
});
