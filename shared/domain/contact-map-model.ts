/** The shapes of a contact map (exercise G): people on two sides and the links between them. */

/** The two organisations on the map. */
export const sides = ['supplier', 'customer'] as const;
export type Side = (typeof sides)[number];

/** The levels of an organisation, top first. */
export const levels = ['board', 'senior', 'middle', 'operational'] as const;
export type Level = (typeof levels)[number];

/** The levels the course calls senior: a contact here is "access to senior people". */
export const seniorLevels: readonly Level[] = ['board', 'senior'];

/** How each level is shown. */
export const levelLabels: Readonly<Record<Level, string>> = {
  board: 'Board',
  senior: 'Senior management',
  middle: 'Middle management',
  operational: 'Operational',
};

export interface Person {
  id: string;
  side: Side;
  level: Level;
  /** e.g. 'Sales', 'Purchasing', 'Logistics'. */
  department: string;
  name?: string;
  title?: string;
  /** At most one, on the supplier side. */
  isKeyAccountManager?: boolean;
}

/** How a person is called on the map: their name, else their title, else "Unnamed". */
export function personName(person: Pick<Person, 'name' | 'title'>): string {
  return person.name?.trim() || person.title?.trim() || 'Unnamed';
}

/**
 * A link between two people. Across the two sides it is a contact; on one side it is an
 * internal working link (how contacts are joined up).
 */
export interface Link {
  id: string;
  from: string;
  to: string;
  /** Default 2. */
  strength?: 1 | 2 | 3;
  /** Default true; one-sided contacts are not relationships ("one hand clapping"). */
  reciprocated?: boolean;
}

export interface ContactMap {
  people: Person[];
  links: Link[];
}

/** The strength of a link when none is given. */
export const DEFAULT_STRENGTH = 2;

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
