import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stages } from '../../../shared/domain/stage';
import {
  departmentColour,
  departmentPalette,
  departmentSuggestions,
  stageColours,
  verdictColours,
} from '../../../shared/format/domain-colours';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const AA = 4.5;
const white = '#ffffff';

describe('the domain colours', () => {
  it('give every stage a soft fill whose ink reads at WCAG AA', () => {
    for (const stage of stages) {
      const { soft, ink } = stageColours[stage];
      expect(contrast(ink, soft), stage).toBeGreaterThanOrEqual(AA);
    }
  });

  it('give every verdict a badge whose text reads at WCAG AA, and a colour that reads as text on white', () => {
    for (const [verdict, { fill, onFill, text }] of Object.entries(verdictColours)) {
      expect(contrast(onFill, fill), verdict).toBeGreaterThanOrEqual(AA);
      expect(contrast(text, white), verdict).toBeGreaterThanOrEqual(AA);
    }
  });

  it('give every department chip white text at WCAG AA', () => {
    for (const colour of departmentPalette) {
      expect(contrast(white, colour), colour).toBeGreaterThanOrEqual(AA);
    }
  });

  it('give each suggested department a colour of its own', () => {
    const colours = departmentSuggestions.map(departmentColour);
    expect(new Set(colours).size).toBe(departmentSuggestions.length);
  });

  it('give a department the same palette colour whatever its case and surrounding spaces', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...departmentSuggestions), fc.string({ minLength: 1 })),
        (department) => {
          const colour = departmentColour(department);
          expect(departmentPalette).toContain(colour);
          expect(departmentColour(`  ${department.toUpperCase()} `)).toBe(
            departmentColour(department.toLowerCase()),
          );
        },
      ),
    );
  });
});
