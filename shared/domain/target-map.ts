/**
 * A target map: the contact map as it should be at the next stage, against the map as it is.
 * Copied from the current map, people keep their ids, so the two are compared person by
 * person and pair by pair.
 */
import {
  isReciprocated,
  strengthOf,
  type ContactMap,
  type LinkStrength,
  type Person,
} from './contact-map-model';

/** A contact the target has and the current map lacks (or has only one-sided, or weaker). */
export interface ContactToBuild {
  /** The target's link. */
  linkId: string;
  supplier: Person;
  customer: Person;
  strength: LinkStrength;
  /** new: no contact yet; reciprocate: one-sided today; strengthen: weaker today. */
  change: 'new' | 'reciprocate' | 'strengthen';
}

/** Someone on the target who is not on the map yet, with whom they are to be in contact. */
export interface PersonToBringIn {
  person: Person;
  /** People on the other side the target gives them a reciprocated contact with. */
  contacts: Person[];
  /** People on their own side the target joins them to. */
  joinedTo: Person[];
}

/** Two people on one side the target joins up and the current map does not. */
export interface LinkToJoin {
  linkId: string;
  a: Person;
  b: Person;
}

/** What it takes to get from the current map to the target. */
export interface TargetMapDiff {
  peopleToBringIn: PersonToBringIn[];
  contactsToBuild: ContactToBuild[];
  linksToJoin: LinkToJoin[];
  /** Reciprocated contacts of today that the target leaves out. */
  contactsLeftOut: Array<{ supplier: Person; customer: Person }>;
  /** People on today's map who are not on the target. */
  peopleLeftOut: Person[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Each pair of people joined by a link, with its strongest reciprocated strength (0: one-sided only). */
function pairsOf(map: ContactMap, byId: ReadonlyMap<string, Person>): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const link of map.links) {
    if (!byId.has(link.from) || !byId.has(link.to) || link.from === link.to) continue;
    const key = pairKey(link.from, link.to);
    const strength = isReciprocated(link) ? strengthOf(link) : 0;
    pairs.set(key, Math.max(pairs.get(key) ?? 0, strength));
  }
  return pairs;
}

/** The difference between the current map and the target, in the order of the target. */
export function targetMapDiff(current: ContactMap, target: ContactMap): TargetMapDiff {
  const currentPeople = new Map(current.people.map((p) => [p.id, p]));
  const targetPeople = new Map(target.people.map((p) => [p.id, p]));
  const currentPairs = pairsOf(current, currentPeople);
  const targetPairs = pairsOf(target, targetPeople);

  const contactsToBuild: ContactToBuild[] = [];
  const linksToJoin: LinkToJoin[] = [];
  const seen = new Set<string>();
  const contactsOf = new Map<string, Person[]>();
  const joinedOf = new Map<string, Person[]>();
  const note = (table: Map<string, Person[]>, id: string, other: Person) =>
    table.set(id, [...(table.get(id) ?? []), other]);

  for (const link of target.links) {
    const a = targetPeople.get(link.from);
    const b = targetPeople.get(link.to);
    const key = pairKey(link.from, link.to);
    if (!a || !b || a.id === b.id || seen.has(key)) continue;
    const strength = targetPairs.get(key) ?? 0;
    // Only the strongest reciprocated link of a pair speaks for it; one-sided ones plan nothing.
    if (strength === 0 || strengthOf(link) !== strength || !isReciprocated(link)) continue;
    seen.add(key);
    const today = currentPairs.get(key);
    if (a.side === b.side) {
      note(joinedOf, a.id, b);
      note(joinedOf, b.id, a);
      if (today === undefined || today === 0) linksToJoin.push({ linkId: link.id, a, b });
      continue;
    }
    const [supplier, customer] = a.side === 'supplier' ? [a, b] : [b, a];
    note(contactsOf, supplier.id, customer);
    note(contactsOf, customer.id, supplier);
    const change =
      today === undefined
        ? 'new'
        : today === 0
          ? 'reciprocate'
          : today < strength
            ? 'strengthen'
            : null;
    if (change) {
      contactsToBuild.push({
        linkId: link.id,
        supplier,
        customer,
        strength: strength as LinkStrength,
        change,
      });
    }
  }

  const contactsLeftOut: TargetMapDiff['contactsLeftOut'] = [];
  const left = new Set<string>();
  for (const link of current.links) {
    const a = currentPeople.get(link.from);
    const b = currentPeople.get(link.to);
    const key = pairKey(link.from, link.to);
    if (!a || !b || a.side === b.side || left.has(key) || !isReciprocated(link)) continue;
    if ((targetPairs.get(key) ?? 0) > 0) continue;
    left.add(key);
    const [supplier, customer] = a.side === 'supplier' ? [a, b] : [b, a];
    contactsLeftOut.push({ supplier, customer });
  }

  return {
    peopleToBringIn: target.people
      .filter((p) => !currentPeople.has(p.id))
      .map((person) => ({
        person,
        contacts: contactsOf.get(person.id) ?? [],
        joinedTo: joinedOf.get(person.id) ?? [],
      })),
    contactsToBuild,
    linksToJoin,
    contactsLeftOut,
    peopleLeftOut: current.people.filter((p) => !targetPeople.has(p.id)),
  };
}

/** Whether the target asks for nothing the current map does not already have. */
export function isTargetReached(diff: TargetMapDiff): boolean {
  return (
    diff.peopleToBringIn.length === 0 &&
    diff.contactsToBuild.length === 0 &&
    diff.linksToJoin.length === 0
  );
}
