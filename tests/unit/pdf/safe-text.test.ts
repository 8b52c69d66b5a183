import { describe, expect, it } from 'vitest';
import { safeText, SUBSTITUTE } from '../../../server/services/pdf/safe-text';

/** A stand-in for the font: Latin, Latin Extended, Greek, Cyrillic and punctuation. */
const hasGlyph = (cp: number) => cp < 0x0530 || (cp >= 0x2000 && cp <= 0x206f) || cp === 0xfffd;

describe('safeText', () => {
  it('keeps Lithuanian, Greek and Cyrillic as they are', () => {
    for (const name of ['Žemaitė Šiaulių', 'Ελένη Παπαδοπούλου', 'Дмитрий Иванов']) {
      expect(safeText(name, hasGlyph)).toBe(name);
    }
  });

  it('replaces an emoji with one substitute glyph', () => {
    expect(safeText('Team 🚀', hasGlyph)).toBe(`Team ${SUBSTITUTE}`);
  });

  it('replaces a joined emoji sequence with a single substitute, not one per part', () => {
    expect(safeText('care 👩‍👩‍👧 and ❤️ thumbs 👍🏽', hasGlyph)).toBe(
      `care ${SUBSTITUTE} and ${SUBSTITUTE} thumbs ${SUBSTITUTE}`,
    );
  });

  it('turns tabs into spaces, keeps newlines and drops other control characters', () => {
    expect(safeText('a\tb\nc\u0007d\u0085e', hasGlyph)).toBe('a b\ncde');
  });
});
