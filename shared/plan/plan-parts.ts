/**
 * The parts of an account's relationship development plan, each saved on its own as it is
 * typed: one table, typed over every part, that the store, the api, the workshop file and the
 * screens read. Every part belongs to an account except the implementation practices, which
 * assess the participant's KAM programme as a whole (see practices.ts).
 */
import { z } from 'zod';
import type { AnswerOwner } from '../course/exercises';
import { ContactMapAnswer } from '../kinds/contact-map';
import { ActionsPart, emptyActions } from './actions';
import { BuyerLensPart, emptyBuyerLens } from './buyer-lens';
import { CustomerViewPart, emptyCustomerView } from './customer-view';
import { emptyLayers, LayersPart } from './layers';
import { emptyPractices, PracticesPart } from './practices';
import { emptyReadiness, ReadinessPart } from './readiness';

interface PartSpec<S extends z.ZodType> {
  owner: AnswerOwner;
  schema: S;
  empty: z.output<S>;
  /** What the part is, for the workshop file's documentation. */
  description: string;
}

function definePart<S extends z.ZodType>(spec: PartSpec<S>): PartSpec<S> {
  return spec;
}

export const planParts = {
  'customer-view': definePart({
    owner: 'account',
    schema: CustomerViewPart,
    empty: emptyCustomerView,
    description: 'The six stage statements as the customer would score them, being scored.',
  }),
  'target-map': definePart({
    owner: 'account',
    schema: ContactMapAnswer,
    empty: { people: [], links: [] },
    description: 'The contact map as it should be at the next stage.',
  }),
  layers: definePart({
    owner: 'account',
    schema: LayersPart,
    empty: emptyLayers,
    description: 'Activity links, resource ties and people bonds with the account.',
  }),
  'buyer-lens': definePart({
    owner: 'account',
    schema: BuyerLensPart,
    empty: emptyBuyerLens,
    description: 'The customer’s stance under each supplier-management heading.',
  }),
  readiness: definePart({
    owner: 'account',
    schema: ReadinessPart,
    empty: emptyReadiness,
    description: 'Partnership readiness: characteristics, prerequisites and the route.',
  }),
  actions: definePart({
    owner: 'account',
    schema: ActionsPart,
    empty: emptyActions,
    description: 'The plan’s actions, each with the gap it closes and its status.',
  }),
  practices: definePart({
    owner: 'participant',
    schema: PracticesPart,
    empty: emptyPractices,
    description: 'Implementation practices of the participant’s KAM programme.',
  }),
} as const;

export type PlanPartName = keyof typeof planParts;

/** The names of the parts, in the order above. */
export const planPartNames = Object.keys(planParts) as [PlanPartName, ...PlanPartName[]];
export const PlanPartName = z.enum(planPartNames);

/** A part's value, as saved. */
export type PlanPartOf<P extends PlanPartName> = z.output<(typeof planParts)[P]['schema']>;

/** One part's spec typed by its name (indexing with a generic name loses the link). */
export function planPart<P extends PlanPartName>(part: P): PartSpec<z.ZodType<PlanPartOf<P>>> {
  return planParts[part] as unknown as PartSpec<z.ZodType<PlanPartOf<P>>>;
}

/** The names of the parts one owner holds. */
export function partsOwnedBy(owner: AnswerOwner): PlanPartName[] {
  return planPartNames.filter((name) => planParts[name].owner === owner);
}

/** A part read from storage: its empty value when absent or unreadable. */
export function readPlanPart<P extends PlanPartName>(part: P, payload: unknown): PlanPartOf<P> {
  const { schema, empty } = planPart(part);
  if (payload === null || payload === undefined) return empty;
  const parsed = schema.safeParse(payload);
  return parsed.success ? parsed.data : empty;
}

/** An owner's plan parts by name; a part never written is absent. */
export type PlanPartsByName = { [P in PlanPartName]?: PlanPartOf<P> };
