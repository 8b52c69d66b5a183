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
 * Chip colours, each dark enough for white text (4.5:1 or more). The suggested departments
 * get one each, in order; typed ones get one by a hash of their name, so a department
 * keeps its colour on every map and every screen.
 */
const palette = [
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
];

/** The colour of a department, the same for every spelling of case and spaces. */
export function departmentColour(department: string): string {
  const key = department.trim().toLowerCase();
  const known = departmentSuggestions.findIndex((d) => d.toLowerCase() === key);
  if (known >= 0) return palette[known % palette.length]!;
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) >>> 0;
  return palette[hash % palette.length]!;
}
