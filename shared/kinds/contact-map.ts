/** A contact map as drawn for one account (exercise G): people, links, where each person sits. */
import { z } from 'zod';
import { ContactMap, MAX_MAP_PEOPLE } from '../domain/contact-map-model';
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

export const contactMapKind = defineKind({
  answer: ContactMapAnswer,
  model: PatternsModel,
  empty: { people: [], links: [] },
  isAnswered: (answer) => answer.people.length > 0,
  digest: (answer) => ({
    headline: `${plural(answer.people.length, 'person', 'people')} · ${plural(answer.links.length, 'link')}`,
    items: [],
  }),
});
