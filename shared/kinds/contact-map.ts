/** A contact map as drawn for one account (exercise G): people, links, where each person sits. */
import { z } from 'zod';
import { ContactMap, levelLabels, MAX_MAP_PEOPLE, type Person } from '../domain/contact-map-model';
import { plural } from '../format/plural';
import { Id } from '../schemas/common';
import { defineKind } from './answer-kind';

/** Where a person's card was put on the canvas; absent for people the layout places. */
export const MapPositions = z.record(Id, z.strictObject({ x: z.number(), y: z.number() }));

export const ContactMapAnswer = ContactMap.extend({
  positions: MapPositions.optional().refine(
    (positions) => positions === undefined || Object.keys(positions).length <= MAX_MAP_PEOPLE,
    `A map places at most ${MAX_MAP_PEOPLE} people`,
  ),
});
export type ContactMapAnswer = z.infer<typeof ContactMapAnswer>;

/** The patterns the debrief names: the points to recognise in a map. */
export const PatternsModel = z.strictObject({ intro: z.string(), points: z.array(z.string()) });
export type PatternsModel = z.infer<typeof PatternsModel>;

/** The key account manager's role, as a client-safe label names it. */
export const KAM_ROLE_LABEL = 'Key account manager';

/**
 * Each person's neutral label, by id: their role or level and their department ("Senior
 * management, Purchasing"; "Key account manager, Sales"), numbered where several share one.
 */
export function personLabels(people: readonly Person[]): Map<string, string> {
  const plain = people.map((person) => {
    const role = person.isKeyAccountManager ? KAM_ROLE_LABEL : levelLabels[person.level];
    const department = person.department.trim();
    return department ? `${role}, ${department}` : role;
  });
  const counts = new Map<string, number>();
  for (const label of plain) counts.set(label, (counts.get(label) ?? 0) + 1);
  const seen = new Map<string, number>();
  return new Map(
    people.map((person, i) => {
      const label = plain[i] ?? '';
      if ((counts.get(label) ?? 0) < 2) return [person.id, label];
      const n = (seen.get(label) ?? 0) + 1;
      seen.set(label, n);
      return [person.id, `${label} (${n})`];
    }),
  );
}

export const contactMapKind = defineKind({
  answer: ContactMapAnswer,
  model: PatternsModel,
  empty: { people: [], links: [] },
  isAnswered: (answer) => answer.people.length > 0,
  digest: (answer) => ({
    headline: `${plural(answer.people.length, 'person', 'people')} · ${plural(answer.links.length, 'link')}`,
    items: [],
  }),
  // People keep their side, level and department; their names and job titles stay in the room.
  clientSafe: (answer) => {
    const labels = personLabels(answer.people);
    return {
      ...answer,
      people: answer.people.map(({ name: _name, title: _title, ...person }) => ({
        ...person,
        name: labels.get(person.id) ?? '',
      })),
    };
  },
});
