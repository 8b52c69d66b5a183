import type { Verdict } from '../../../shared/domain/contact-map-model';
import { stages, type Stage } from '../../../shared/domain/stage';
import { stageColours, verdictColours } from '../../../shared/format/domain-colours';
import type { PaperSize } from '../../../shared/schemas/settings';

/** Page sizes in PDF points (1/72 inch). */
export const paperSizes: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

/** The text block's margins; running header and footer sit inside the outer strip. */
export const margins = { top: 78, bottom: 74, left: 64, right: 64 } as const;

/** Nothing is drawn closer than this to the paper's edge (printers clip there). */
export const SAFE_EDGE = 30;

/** A quiet, brand-neutral palette: one deep blue accent, greys for structure. */
export const colors = {
  ink: '#1d2430',
  body: '#2f3a48',
  muted: '#5d6877',
  faint: '#8c96a4',
  rule: '#d3d9e1',
  hairline: '#e4e8ee',
  accent: '#1f5c99',
  accentDark: '#163f69',
  tint: '#edf2f8',
  tintStrong: '#d6e2f0',
  supplier: '#1f5c99',
  customer: '#a5582a',
  customerTint: '#f7ede6',
  positive: '#2d7a55',
  negative: '#a93a32',
  white: '#ffffff',
} as const;

/** Each stage's soft fill, the ink on it and its strong mark, as on screen and on the projector. */
export { stageColours };

/** Each stage's strong colour: its marks, swatches and bars. */
export const stageColors: Readonly<Record<Stage, string>> = Object.fromEntries(
  stages.map((stage) => [stage, stageColours[stage].strong]),
) as Record<Stage, string>;

/** Each verdict's colour as text, as on screen: the reader sees at a glance which is a worry. */
export const verdictColors: Readonly<Record<Verdict, string>> = Object.fromEntries(
  Object.entries(verdictColours).map(([verdict, colours]) => [verdict, colours.text]),
) as Record<Verdict, string>;

/** Type sizes in points. */
export const sizes = {
  body: 10,
  small: 8.5,
  tiny: 7,
  label: 7.5,
  h1: 21,
  h2: 14,
  h3: 11.5,
  coverTitle: 30,
} as const;
