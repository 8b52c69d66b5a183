/** The plain sentences that explain a diagnosis, each naming a measure and its value. */
import type { ContactMapMetrics } from './contact-map-metrics';
import {
  levelLabels,
  personWithTitle,
  type ContactMap,
  type Level,
  type Pattern,
} from './contact-map-model';
import { interdependentChecks } from './contact-map-rules';
import {
  FEW_CONTACTS_MAX,
  HUB_MIN_JOINED,
  INTERDEPENDENT_JOINED_SHARE_MIN,
  INTERDEPENDENT_MIN_CONTACTS,
  INTERDEPENDENT_MIN_DEPARTMENTS,
  INTERDEPENDENT_MIN_LEVELS,
  JOINED_UP_SHARE_MIN,
  KAM_HOG_SHARE_MIN,
} from './contact-map-thresholds';

const asPercent = (share: number) => `${Math.round(share * 100)}%`;
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const isAre = (n: number) => (n === 1 ? 'is' : 'are');
const levelList = (ls: readonly Level[]) =>
  ls.length === 0 ? 'no level' : ls.map((l) => levelLabels[l].toLowerCase()).join(', ');

/** How a person is named in a sentence: by name with their title, as many share a title. */
function nameOf(map: ContactMap, id: string | null): string {
  const person = map.people.find((p) => p.id === id);
  if (!person) return `"${id ?? ''}"`;
  return personWithTitle(person);
}

function kamShareSentence(m: ContactMapMetrics): string {
  const verb = m.kamContactCount === 1 ? 'runs' : 'run';
  return `${m.kamContactCount} of ${count(m.contactCount, 'contact')} (${asPercent(m.kamContactShare)}) ${verb} through the key account manager.`;
}

function supplierJoinedSentence(m: ContactMapMetrics): string {
  if (m.kamId === null) {
    return `None of the supplier’s ${count(m.supplierContactHolderCount, 'contact-holder')} can be joined up through a key account manager.`;
  }
  return `${m.supplierJoinedToKamCount} of the supplier’s ${count(m.supplierContactHolderCount, 'contact-holder')} (${asPercent(m.supplierJoinedToKamShare)}) ${isAre(m.supplierJoinedToKamCount)} joined to the key account manager through supplier-side links.`;
}

function customerHubSentence(m: ContactMapMetrics, map: ContactMap): string {
  if (m.customerHubId === null) return 'The customer has no hub: none of its people has a link.';
  return `${m.customerJoinedToHubCount} of the customer’s ${count(m.customerContactHolderCount, 'contact-holder')} (${asPercent(m.customerJoinedToHubShare)}) ${isAre(m.customerJoinedToHubCount)} joined to its hub, ${nameOf(map, m.customerHubId)}.`;
}

function centralSentence(m: ContactMapMetrics, map: ContactMap): string {
  const who = nameOf(map, m.centralPersonId);
  if (m.centralityMeasure === 'weighted-degree') {
    return `The most central person, who can block or grant access, is ${who}, with the most and strongest links (total strength ${m.centralPersonScore}).`;
  }
  return m.centralPersonScore > 0
    ? `The most central person, who can block or grant access between the two sides, is ${who}: on ${asPercent(m.centralPersonScore)} of the shortest paths from supplier to customer people.`
    : `No one stands between the two sides; ${who} has the most and strongest links.`;
}

/** The interdependent conditions a map falls short of, as sentences. */
function interdependentGaps(m: ContactMapMetrics): string[] {
  const checks = interdependentChecks(m);
  const gaps: string[] = [];
  if (!checks.contacts) {
    gaps.push(
      `Only ${count(m.contactCount, 'contact')}: an interdependent relationship has at least ${INTERDEPENDENT_MIN_CONTACTS}.`,
    );
  }
  if (!checks.joined) {
    gaps.push(
      `${supplierJoinedSentence(m)} An interdependent relationship joins at least ${asPercent(INTERDEPENDENT_JOINED_SHARE_MIN)}.`,
    );
  }
  if (!checks.senior) gaps.push('No board or senior person is in contact on both sides.');
  if (!checks.levels) {
    gaps.push(
      `Contacts reach ${count(m.supplierLevels.length, 'level')} at the supplier and ${m.customerLevels.length} at the customer: an interdependent relationship reaches at least ${INTERDEPENDENT_MIN_LEVELS} on each side.`,
    );
  }
  if (!checks.departments) {
    gaps.push(
      `Contacts span ${count(m.supplierDepartments.length, 'department')} at the supplier and ${m.customerDepartments.length} at the customer: an interdependent relationship spans at least ${INTERDEPENDENT_MIN_DEPARTMENTS} on each side.`,
    );
  }
  return gaps;
}

function patternReasons(pattern: Pattern, m: ContactMapMetrics, map: ContactMap): string[] {
  switch (pattern) {
    case 'empty':
      return ['There are no reciprocated contacts between the two organisations.'];
    case 'kam-hog':
      return [
        `${kamShareSentence(m)} At ${asPercent(KAM_HOG_SHARE_MIN)} or more the key account manager is a relationship hog.`,
        m.supplierBehindKamCount > 0
          ? `${count(m.supplierBehindKamCount, 'supplier person', 'supplier people')} ${isAre(m.supplierBehindKamCount)} ranged behind the key account manager, with no contact of their own.`
          : `${count(m.contactCount, 'contact')} is more than a few (${FEW_CONTACTS_MAX}), yet nearly all run through one person.`,
      ];
    case 'few-low-level':
      return [
        `There ${m.contactCount === 1 ? 'is' : 'are'} only ${count(m.contactCount, 'contact')} (${FEW_CONTACTS_MAX} or fewer is few).`,
        `Every contact-holder is below senior level: at the supplier, ${levelList(m.supplierLevels)}; at the customer, ${levelList(m.customerLevels)}.`,
      ];
    case 'not-joined-up':
    case 'customer-controlled': {
      const supplier = `${supplierJoinedSentence(m)} Below ${asPercent(JOINED_UP_SHARE_MIN)}, the supplier’s contacts are not joined up.`;
      if (pattern === 'customer-controlled') {
        return [supplier, `${customerHubSentence(m, map)} The customer co-ordinates the contacts.`];
      }
      const why =
        m.customerHubId !== null && m.customerJoinedToHubCount < HUB_MIN_JOINED
          ? 'A hub joined to no other contact-holder co-ordinates nothing.'
          : `The customer is not joined up either (below ${asPercent(JOINED_UP_SHARE_MIN)}).`;
      return [supplier, `${customerHubSentence(m, map)} ${why}`];
    }
    case 'interdependent':
      return [
        `There are ${count(m.contactCount, 'contact')} (at least ${INTERDEPENDENT_MIN_CONTACTS}).`,
        `${supplierJoinedSentence(m)} At least ${asPercent(INTERDEPENDENT_JOINED_SHARE_MIN)} means the key account manager manages the whole relationship.`,
        `Contacts reach ${count(m.supplierLevels.length, 'level')} at the supplier and ${m.customerLevels.length} at the customer (at least ${INTERDEPENDENT_MIN_LEVELS} each), with senior people in contact on both sides.`,
        `They span ${count(m.supplierDepartments.length, 'department')} at the supplier and ${m.customerDepartments.length} at the customer (at least ${INTERDEPENDENT_MIN_DEPARTMENTS} each).`,
      ];
    case 'co-operative': {
      const lead = m.kamId !== null ? [kamShareSentence(m)] : [];
      return [...lead, ...interdependentGaps(m)];
    }
  }
}

/** The reasons for a diagnosis: the deciding measures first, then what else the map shows. */
export function reasonsFor(pattern: Pattern, m: ContactMapMetrics, map: ContactMap): string[] {
  const reasons = patternReasons(pattern, m, map);
  if (m.kamId === null && pattern !== 'empty') {
    reasons.push(
      'No key account manager is marked on the map, so no contact is joined up through one.',
    );
  }
  if (m.oneSidedContactCount > 0) {
    reasons.push(
      `${count(m.oneSidedContactCount, 'one-sided contact')} ${m.oneSidedContactCount === 1 ? 'is' : 'are'} not counted: a contact is a relationship only when it is reciprocated.`,
    );
  }
  if (m.centralPersonId !== null && pattern !== 'empty') reasons.push(centralSentence(m, map));
  return reasons;
}
