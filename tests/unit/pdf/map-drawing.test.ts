import { describe, expect, it } from 'vitest';
import { linearOrganisationMap } from '../../../shared/course/example-maps';
import { personName, type ContactMap } from '../../../shared/domain/contact-map';
import { drawContactMap } from '../../../server/services/pdf/map-drawing';
import { PdfWriter } from '../../../server/services/pdf/writer';
import { generateMap } from '../../fixtures/workshops/generate-map';
import { pdfText, pdfTextRuns } from '../../fixtures/workshops/inspect-pdf';

/** A map drawn across the text block of a page, as the workbook draws exercise F's exhibit. */
async function drawn(map: ContactMap, layout: 'portrait' | 'landscape' = 'portrait') {
  const w = new PdfWriter({ paper: 'a4', title: 'Map', subject: 'Map', author: 'Test' });
  if (layout === 'landscape') w.newPage('landscape');
  const box = { x: w.left, y: w.y, width: w.width, height: w.bottom - w.y };
  drawContactMap(w, map, box, { supplierName: 'The IT company', customerName: 'A key account' });
  return w.finish();
}

describe('drawContactMap', () => {
  it('shows every card’s name whole, the key account manager’s too', async () => {
    const text = pdfText(await drawn(linearOrganisationMap));
    for (const person of linearOrganisationMap.people) expect(text).toContain(personName(person));
    expect(text).not.toContain('…');
  });

  it('shows every name of a crowded map whole, each on its own card', async () => {
    const map = generateMap(30);
    const pdf = await drawn(map, 'landscape');
    const text = pdfText(pdf);
    for (const person of map.people) expect(text).toContain(personName(person));
    // No two names are drawn over each other.
    const names = pdfTextRuns(pdf)
      .at(-1)!
      .filter((run) => /^Person \d+$/.test(run.text));
    expect(names).toHaveLength(30);
    for (const [i, a] of names.entries())
      for (const b of names.slice(i + 1))
        expect(Math.abs(a.y - b.y) > 4 || a.x + a.width < b.x || b.x + b.width < a.x).toBe(true);
  });

  it('names every card of a map too crowded for a second line, on one line each', async () => {
    const map = generateMap(80);
    const text = pdfText(await drawn(map, 'landscape'));
    for (const person of map.people) expect(text).toContain(personName(person));
  });
});
