/**
 * The colours of the course's own ideas — stages, verdicts, departments — in one place: the
 * screens and the presenter read them as CSS custom properties, the PDFs from here directly,
 * so a stage looks the same on the screen, on the projector and on paper.
 */
import type { Verdict } from '../domain/contact-map-model';
import type { Stage } from '../domain/stage';

/** A stage's colours: a soft fill, the text on it, and a strong line or mark. */
export interface StageColours {
  soft: string;
  ink: string;
  strong: string;
}

export const stageColours: Readonly<Record<Stage, StageColours>> = {
  basic: { soft: '#eef0f4', ink: '#3d4352', strong: '#8a91a0' },
  'co-operative': { soft: '#fdf1dc', ink: '#6e4305', strong: '#d9962b' },
  interdependent: { soft: '#e1f1fb', ink: '#0c4a6e', strong: '#2b8ac4' },
  integrated: { soft: '#dff3e8', ink: '#135c39', strong: '#2f9a63' },
};

/** A verdict's colours: a badge's fill and its text, and the verdict as text on white. */
export interface VerdictColours {
  fill: string;
  onFill: string;
  text: string;
}

export const verdictColours: Readonly<Record<Verdict, VerdictColours>> = {
  healthy: { fill: '#17794a', onFill: '#ffffff', text: '#17794a' },
  developing: { fill: '#1f5fbf', onFill: '#ffffff', text: '#1f5fbf' },
  basic: { fill: '#f2b824', onFill: '#2e2200', text: '#7a5600' },
  dangerous: { fill: '#b42323', onFill: '#ffffff', text: '#b42323' },
  none: { fill: '#5f6675', onFill: '#ffffff', text: '#5f6675' },
};

/** The departments offered when adding a person; any other may be typed. */
export const departmentSuggestions = [
  'Sales',
  'Key account management',
  'Purchasing',
  'Logistics',
  'Finance',
  'Technical',
  'Marketing',
  'Service',
  'Operations',
  'Quality',
  'IT',
  'Board',
] as const;

/**
 * Department chip colours, each dark enough for white text (4.5:1 or more). The suggested
 * departments get one each, in order; typed ones get one by a hash of their name.
 */
export const departmentPalette = [
  '#1f5fbf',
  '#7a3fb8',
  '#b3261e',
  '#0f6e5c',
  '#8a5300',
  '#44546a',
  '#a3246f',
  '#2e6b1f',
  '#0b6a8a',
  '#6b4e16',
  '#3d3fa8',
  '#5c5c5c',
] as const;

/** The colour of a department, the same for every spelling of case and spaces, everywhere. */
export function departmentColour(department: string): string {
  const key = department.trim().toLowerCase();
  const known = departmentSuggestions.findIndex((d) => d.toLowerCase() === key);
  if (known >= 0) return departmentPalette[known % departmentPalette.length]!;
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) >>> 0;
  return departmentPalette[hash % departmentPalette.length]!;
}
