/** What a room's contact maps (G) show: how many maps have each of the course's patterns. */
import { z } from 'zod';
import { diagnoseContactMap } from '../domain/contact-map';
import { patternInfo, type Pattern } from '../domain/contact-map-model';
import type { ContactMapAnswer } from './contact-map';

/** The patterns in the debrief's order, the empty map first. */
export const patterns = Object.keys(patternInfo) as [Pattern, ...Pattern[]];

export const ContactMapResults = z.strictObject({
  kind: z.literal('contact-map'),
  patterns: z.record(z.enum(patterns), z.int().min(0)),
});
export type ContactMapResults = z.infer<typeof ContactMapResults>;

/** The room's results for contact maps: each map diagnosed, counted by pattern. */
export function contactMapResults(maps: readonly ContactMapAnswer[]): ContactMapResults {
  const counts = Object.fromEntries(patterns.map((p) => [p, 0])) as Record<Pattern, number>;
  for (const map of maps) counts[diagnoseContactMap(map).pattern] += 1;
  return { kind: 'contact-map', patterns: counts };
}
