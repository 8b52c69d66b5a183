/** The shapes of a contact map (exercise G): people on two sides and the links between them. */
import { z } from 'zod';
import { Id } from '../schemas/common';

/** The two organisations on the map. */
export const sides = ['supplier', 'customer'] as const;
export const Side = z.enum(sides);
export type Side = z.infer<typeof Side>;

/** How each side is named. */
export const sideLabels: Readonly<Record<Side, string>> = {
  supplier: 'Supplier',
  customer: 'Customer',
};

/** The other organisation. */
export function otherSide(side: Side): Side {
  return side === 'supplier' ? 'customer' : 'supplier';
}

/** The levels of an organisation, top first. */
export const levels = ['board', 'senior', 'middle', 'operational'] as const;
export const Level = z.enum(levels);
export type Level = z.infer<typeof Level>;

/** The levels the course calls senior: a contact here is "access to senior people". */
export const seniorLevels: readonly Level[] = ['board', 'senior'];

/** How each level is shown. */
export const levelLabels: Readonly<Record<Level, string>> = {
  board: 'Board',
  senior: 'Senior management',
  middle: 'Middle management',
  operational: 'Operational',
};

/** The longest department a person can be given. */
export const MAX_DEPARTMENT_CHARS = 80;
/** The longest name or job title a person can be given. */
export const MAX_PERSON_NAME_CHARS = 120;
/** The most people one map holds. */
export const MAX_MAP_PEOPLE = 1000;
/** The most links one map holds. */
export const MAX_MAP_LINKS = 5000;

/** Someone on the map, on one side, at one level, in one department. */
export const Person = z.strictObject({
  id: Id,
  side: Side,
  level: Level,
  /** e.g. 'Sales', 'Purchasing', 'Logistics'. */
  department: z.string().max(MAX_DEPARTMENT_CHARS),
  name: z.string().max(MAX_PERSON_NAME_CHARS).optional(),
  title: z.string().max(MAX_PERSON_NAME_CHARS).optional(),
  /** At most one, on the supplier side. */
  isKeyAccountManager: z.boolean().optional(),
});
export type Person = z.infer<typeof Person>;

/** The key account manager works for the supplier: the one side they can sit on. */
export const KAM_SIDE: Side = 'supplier';

/** Why the key account manager cannot move to the customer's side, as the user is told. */
export const KAM_SIDE_RULE =
  'The key account manager works for the supplier and stays on the supplier side.';

/** Whether a person may sit on a side: anyone may, except the key account manager off theirs. */
export function maySitOn(person: Pick<Person, 'isKeyAccountManager'>, side: Side): boolean {
  return person.isKeyAccountManager !== true || side === KAM_SIDE;
}

/** How strong a link can be, weakest first. */
export const linkStrengths = [1, 2, 3] as const;

/** How strong a link is: 1 weak, 2 medium, 3 strong. */
export const LinkStrength = z.literal(linkStrengths);
export type LinkStrength = z.infer<typeof LinkStrength>;

/** The strength of a link when none is given. */
export const DEFAULT_STRENGTH: LinkStrength = 2;

/** How each strength is named. */
export const strengthLabels: Readonly<Record<LinkStrength, string>> = {
  1: 'Weak',
  2: 'Medium',
  3: 'Strong',
};

/**
 * A link between two people. Across the two sides it is a contact; on one side it is an
 * internal working link (how contacts are joined up).
 */
export const Link = z.strictObject({
  id: Id,
  from: Id,
  to: Id,
  /** DEFAULT_STRENGTH when absent. */
  strength: LinkStrength.optional(),
  /** True when absent; one-sided contacts are not relationships ("one hand clapping"). */
  reciprocated: z.boolean().optional(),
});
export type Link = z.infer<typeof Link>;

/** People on two sides and the links between them. */
export const ContactMap = z.strictObject({
  people: z.array(Person).max(MAX_MAP_PEOPLE),
  links: z.array(Link).max(MAX_MAP_LINKS),
});
export type ContactMap = z.infer<typeof ContactMap>;

/** A link's strength, the default filled in. */
export function strengthOf(link: Pick<Link, 'strength'>): LinkStrength {
  return link.strength ?? DEFAULT_STRENGTH;
}

/** A link with its defaults left out (strength DEFAULT_STRENGTH, reciprocated), as saved. */
export function tidyLink(link: Link): Link {
  const { strength, reciprocated, ...rest } = link;
  return {
    ...rest,
    ...(strength !== undefined && strength !== DEFAULT_STRENGTH ? { strength } : {}),
    ...(reciprocated === false ? { reciprocated } : {}),
  };
}

/** Whether a link counts as reciprocated: unless marked one-sided. */
export function isReciprocated(link: Pick<Link, 'reciprocated'>): boolean {
  return link.reciprocated !== false;
}

const personFields = Object.keys(Person.shape) as Array<keyof Person>;

/** An optional field that says nothing: absent, blank or false. */
function isUnset(value: unknown): boolean {
  return (
    value === undefined || value === false || (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * A person's fields with text trimmed and optional fields that say nothing left out, so saved
 * people stay small and compare equal. Every field of the schema is kept, new ones included.
 */
export function tidyPerson<P extends Omit<Person, 'id'>>(person: P): P {
  const tidied: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(person)) {
    const optional = Person.shape[key as keyof Person]?.safeParse(undefined).success ?? false;
    if (optional && isUnset(value)) continue;
    tidied[key] = typeof value === 'string' ? value.trim() : value;
  }
  return tidied as P;
}

/** Whether two people are the same in every field of the schema (an unset field equals absent). */
export function samePerson(a: Person, b: Person): boolean {
  return personFields.every(
    (key) => a[key] === b[key] || (isUnset(a[key]) && isUnset(b[key]) && key !== 'department'),
  );
}

/** How a person is called: their name, else their title, else "Unnamed". */
export function personName(person: Pick<Person, 'name' | 'title'>): string {
  return person.name?.trim() || person.title?.trim() || 'Unnamed';
}

/** A person's title when it is not already their name (they have both): a card's second line. */
export function personTitleLine(person: Pick<Person, 'name' | 'title'>): string {
  const title = person.title?.trim() ?? '';
  return person.name?.trim() && title ? title : '';
}

/** A person in a sentence or a table: their name with their title, as many share a title. */
export function personWithTitle(person: Pick<Person, 'name' | 'title'>): string {
  const title = personTitleLine(person);
  return title ? `${personName(person)} (${title})` : personName(person);
}

/** The course's contact-map patterns (exercise G's debrief), plus an empty map. */
export type Pattern =
  | 'empty'
  | 'few-low-level'
  | 'kam-hog'
  | 'not-joined-up'
  | 'customer-controlled'
  | 'co-operative'
  | 'interdependent';

/** What a pattern says about the relationship. */
export type Verdict = 'none' | 'basic' | 'dangerous' | 'developing' | 'healthy';

/** Each pattern's label in the course's words, its verdict and what it looks like. */
export const patternInfo: Readonly<
  Record<Pattern, { label: string; verdict: Verdict; summary: string }>
> = {
  empty: {
    label: 'No contacts yet',
    verdict: 'none',
    summary: 'No reciprocated contacts between the two organisations are on the map.',
  },
  'few-low-level': {
    label: 'Few, low-level relationships',
    verdict: 'basic',
    summary: 'A few contacts, all below senior level.',
  },
  'kam-hog': {
    label: 'Key account manager as relationship hog',
    verdict: 'basic',
    summary:
      'Every contact runs through the key account manager: the supplier’s people are ranged behind the KAM, who reaches one or a few customer people.',
  },
  'not-joined-up': {
    label: 'Independent relationships, not joined up',
    verdict: 'dangerous',
    summary:
      'Several people on each side are in contact, but the supplier’s contacts are not co-ordinated through the key account manager or team.',
  },
  'customer-controlled': {
    label: 'Customer-controlled relationship',
    verdict: 'dangerous',
    summary:
      'The customer co-ordinates the contacts around its own hub, while the supplier’s are not joined up.',
  },
  'co-operative': {
    label: 'Co-operative',
    verdict: 'developing',
    summary:
      'More people and functions are involved and partly joined up, but not yet across levels, functions and the whole team.',
  },
  interdependent: {
    label: 'Interdependent',
    verdict: 'healthy',
    summary:
      'Many contacts across levels, including senior, and across functions on both sides, joined up through the key account manager.',
  },
};

/** How each verdict is shown. */
export const verdictLabels: Readonly<Record<Verdict, string>> = {
  none: 'Nothing to diagnose yet',
  basic: 'Basic',
  dangerous: 'Dangerous',
  developing: 'Developing',
  healthy: 'Healthy',
};
