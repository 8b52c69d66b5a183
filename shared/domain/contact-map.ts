/**
 * Exercise G: diagnosing a two-sided contact map between a supplier and a key customer.
 *
 * The map is measured (contact-map-metrics), then the first matching rule names its pattern.
 * The rules are checked in this order, each reading of the course's debrief slides:
 *
 * 1. empty — no reciprocated contact: nothing to diagnose (one-sided contacts are "one hand
 *    clapping" and never count).
 * 2. kam-hog — the KAM holds at least KAM_HOG_SHARE_MIN of the contacts, and either colleagues
 *    are ranged behind the KAM (the bow-tie) or there are more than a few contacts. Checked
 *    before few-low-level because the bow-tie of exercise F has a single contact: it is the
 *    shape behind the KAM, not the number of lines, that makes it a hog.
 * 3. few-low-level — at most FEW_CONTACTS_MAX contacts, every contact-holder below senior level.
 * 4. not-joined-up / customer-controlled — several supplier contact-holders, fewer than
 *    JOINED_UP_SHARE_MIN of them joined to the KAM. Customer-controlled when the customer's
 *    contact-holders are joined up around its hub instead (at least JOINED_UP_SHARE_MIN of
 *    them, and at least HUB_MIN_JOINED); otherwise not joined up.
 * 5. interdependent — many contacts, across levels (senior included) and departments on both
 *    sides, the supplier's contact-holders joined up through the KAM.
 * 6. co-operative — everything between.
 */
import { measureContactMap, type ContactMapMetrics } from './contact-map-metrics';
import {
  isReciprocated,
  otherSide,
  patternInfo,
  type ContactMap,
  type Pattern,
  type Verdict,
} from './contact-map-model';
import { reasonsFor } from './contact-map-reasons';
import { patternOf } from './contact-map-rules';

export * from './contact-map-model';
export * from './contact-map-thresholds';
export { ContactMapError, ContactMapSchema, validateContactMap } from './contact-map-validation';
export type { ContactMapMetrics } from './contact-map-metrics';
export type { CentralityMeasure } from './contact-map-graph';

/** What a contact map shows: its pattern, the verdict, why, and every measure. */
export interface Diagnosis {
  pattern: Pattern;
  verdict: Verdict;
  /** Plain sentences naming the measures that decided. */
  reasons: string[];
  metrics: ContactMapMetrics;
}

/**
 * Diagnoses a contact map: its pattern, verdict, the reasons and the measures. The same
 * people and links in any order give the same diagnosis. Never throws on a map that passes
 * validateContactMap; dangling links in an unvalidated map are ignored.
 */
export function diagnoseContactMap(map: ContactMap): Diagnosis {
  const metrics = measureContactMap(map);
  const pattern = patternOf(metrics);
  return {
    pattern,
    verdict: patternInfo[pattern].verdict,
    reasons: reasonsFor(pattern, metrics, map),
    metrics,
  };
}

/**
 * Each person's reciprocated contacts: for everyone holding one, the ids of the people on the
 * other side they are in contact with. Links to nobody on the map, and links within a side,
 * are not contacts.
 */
function contactsOf(map: ContactMap): Map<string, Set<string>> {
  const sideOf = new Map(map.people.map((p) => [p.id, p.side]));
  const contacts = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    const set = contacts.get(from) ?? new Set<string>();
    contacts.set(from, set.add(to));
  };
  for (const link of map.links) {
    const from = sideOf.get(link.from);
    const to = sideOf.get(link.to);
    if (!from || !to || from === to || !isReciprocated(link)) continue;
    add(link.from, link.to);
    add(link.to, link.from);
  }
  return contacts;
}

/**
 * Customer people hanging by a single thread: those whose reciprocated contacts reach exactly
 * one supplier person, in the order of `map.people`. If that one person leaves, so does the
 * relationship with them.
 */
export function singleThreads(map: ContactMap): string[] {
  const contacts = contactsOf(map);
  return map.people
    .filter((p) => p.side === 'customer' && contacts.get(p.id)?.size === 1)
    .map((p) => p.id);
}

/**
 * For each of the given people, the one person on the other side they hold reciprocated
 * contacts with: for a single thread, whom it runs through. Someone holding none, or several,
 * is left out. One pass over the map, however many people are asked about.
 */
export function soleContactsOf(map: ContactMap, personIds: readonly string[]): Map<string, string> {
  const contacts = contactsOf(map);
  const soles = new Map<string, string>();
  for (const id of personIds) {
    const theirs = contacts.get(id);
    if (theirs?.size === 1) soles.set(id, [...theirs][0]!);
  }
  return soles;
}

/** What taking one person off the map would do. */
export interface RemovalImpact {
  /** The links that touch the person, in the order of `map.links`. */
  lostLinks: string[];
  /**
   * People on the other side who had a reciprocated contact before and have none after, in
   * the order of `map.people`.
   */
  isolatedPeople: string[];
  /** The diagnosis of the map without the person and their links. */
  after: Diagnosis;
}

/**
 * What if someone leaves? Takes a person off the map for a moment (nothing is changed) and
 * says which links go, who on the other side is left with no reciprocated contact, and how
 * the diagnosis reads then. Throws RangeError when the person is not on the map.
 */
export function removalImpact(map: ContactMap, personId: string): RemovalImpact {
  const person = map.people.find((p) => p.id === personId);
  if (!person) throw new RangeError(`Nobody with the id "${personId}" is on the map`);
  const touches = (link: ContactMap['links'][number]) =>
    link.from === personId || link.to === personId;
  const without: ContactMap = {
    people: map.people.filter((p) => p.id !== personId),
    links: map.links.filter((link) => !touches(link)),
  };
  const before = contactsOf(map);
  const after = contactsOf(without);
  const side = otherSide(person.side);
  return {
    lostLinks: map.links.filter(touches).map((link) => link.id),
    isolatedPeople: map.people
      .filter((p) => p.side === side && before.has(p.id) && !after.has(p.id))
      .map((p) => p.id),
    after: diagnoseContactMap(without),
  };
}
