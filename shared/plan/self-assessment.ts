/** The three-point scale of the plan's self-assessments: is it in place in your organisation? */
import { z } from 'zod';

export const assessments = ['in-place', 'partly', 'not-yet'] as const;
export const Assessment = z.enum(assessments);
export type Assessment = z.infer<typeof Assessment>;

/** How each point of the scale is named. */
export const assessmentLabels: Readonly<Record<Assessment, string>> = {
  'in-place': 'In place',
  partly: 'Partly',
  'not-yet': 'Not yet',
};

/** How many items are at each point of the scale, and how many are not assessed yet. */
export function countAssessments(
  ids: readonly string[],
  ratings: Readonly<Partial<Record<string, Assessment>>>,
): Record<Assessment | 'unrated', number> {
  const counts = { 'in-place': 0, partly: 0, 'not-yet': 0, unrated: 0 };
  for (const id of ids) counts[ratings[id] ?? 'unrated'] += 1;
  return counts;
}

/** An enum of a course list's ids, for the keys of a record of ratings. */
export function idsOf(items: ReadonlyArray<{ id: string }>) {
  return z.enum(items.map((item) => item.id) as [string, ...string[]]);
}
