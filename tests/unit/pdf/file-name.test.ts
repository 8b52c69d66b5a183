import { describe, expect, it } from 'vitest';
import { attachmentHeader } from '../../../server/host/routes/export-download';
import { exportFileName } from '../../../server/services/pdf/file-name';

describe('exportFileName', () => {
  it('names a workbook after its participant and workshop', () => {
    expect(exportFileName('workbook', 'Spring cohort', 'Žemaitė Šiaulių')).toBe(
      'Workbook - Žemaitė Šiaulių - Spring cohort.pdf',
    );
  });

  it('names a summary after its workshop', () => {
    expect(exportFileName('summary', 'Spring cohort')).toBe('Workshop summary - Spring cohort.pdf');
  });

  it('removes characters file systems refuse and shortens very long names', () => {
    const name = exportFileName('workbook', `A/B: "C"?${'x'.repeat(200)}`, 'Ann\\Lee*');
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
    expect(name.length).toBeLessThan(170);
    expect(name).toMatch(/^Workbook - Ann Lee - A B C/);
  });
});

describe('attachmentHeader', () => {
  it('gives an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentHeader('Workbook - Дмитрий - Q1.pdf')).toBe(
      `attachment; filename="Workbook -  - Q1.pdf"; filename*=UTF-8''Workbook%20-%20%D0%94%D0%BC%D0%B8%D1%82%D1%80%D0%B8%D0%B9%20-%20Q1.pdf`,
    );
  });
});
