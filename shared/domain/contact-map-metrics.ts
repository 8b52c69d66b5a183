/** The measures of a contact map that the diagnosis reads. */
import { centralPerson, graphOf, reach, type CentralityMeasure } from './contact-map-graph';
import {
  isReciprocated,
  levels,
  maySitOn,
  seniorLevels,
  strengthOf,
  type ContactMap,
  type Level,
  type Person,
} from './contact-map-model';

/** Every measure of a map. Counts and shares are over reciprocated links unless named otherwise. */
export interface ContactMapMetrics {
  supplierPeopleCount: number;
  customerPeopleCount: number;
  /** Pairs of people across the two sides joined by at least one reciprocated link. */
  contactCount: number;
  /** Pairs across the two sides whose links are all one-sided: not relationships. */
  oneSidedContactCount: number;
  /** Mean strength (1–3) of the contacts; 0 when there are none. */
  averageContactStrength: number;
  /** The key account manager; null when none is marked. */
  kamId: string | null;
  /** Contacts with the key account manager at one end. */
  kamContactCount: number;
  /** kamContactCount / contactCount; 0 without contacts or without a KAM. */
  kamContactShare: number;
  /** Supplier people other than the KAM joined to the KAM with no contact of their own. */
  supplierBehindKamCount: number;
  /** Supplier people holding at least one contact. */
  supplierContactHolderCount: number;
  /** Of those, how many reach the KAM through supplier-side links (the KAM reaches itself). */
  supplierJoinedToKamCount: number;
  supplierJoinedToKamShare: number;
  /** The supplier's contact-holders who do not reach the KAM, sorted by id. */
  supplierNotJoinedIds: string[];
  customerContactHolderCount: number;
  /** The customer's most-linked person; null when no customer person has a link. */
  customerHubId: string | null;
  /** The customer's contact-holders who reach the hub through customer-side links. */
  customerJoinedToHubCount: number;
  customerJoinedToHubShare: number;
  /** Levels of each side's contact-holders, top first. */
  supplierLevels: Level[];
  customerLevels: Level[];
  /** Departments of each side's contact-holders, sorted; spelling differences of case are one department. */
  supplierDepartments: string[];
  customerDepartments: string[];
  /** A board or senior person holds a contact on each side. */
  seniorOnBothSides: boolean;
  /** Who can most block or grant access between the two sides; null when nobody has a link. */
  centralPersonId: string | null;
  /** Betweenness on workshop-size maps; strength-weighted degree on very large ones. */
  centralityMeasure: CentralityMeasure;
  /**
   * Betweenness: the central person's share (0–1) of supplier→customer shortest paths that pass
   * through them. Weighted degree: the sum of their links' strengths.
   */
  centralPersonScore: number;
}

/** Sorts strings by code unit, the same everywhere (no locale). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const seniority = (level: Level) => levels.indexOf(level);
const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/**
 * A map in canonical form: people sorted by id, and each pair of people once (however many
 * lines join them), as parallel arrays sorted by pair. A pair is reciprocated when any of its
 * links is; its strength is that of its strongest reciprocated link. Everything after this
 * reads only canonical data, so no measure depends on array order.
 */
function canonical(map: ContactMap) {
  const people = [...map.people].sort((p, q) => compareStrings(p.id, q.id));
  const n = people.length;
  const index = new Map<string, number>();
  for (let i = n - 1; i >= 0; i--) index.set(people[i]!.id, i);
  // Each link as one number: pair key × 8 + reciprocated × 4 + strength. Sorting these numbers
  // groups a pair's links, with its strongest reciprocated link last.
  const codes = new Float64Array(map.links.length);
  let size = 0;
  for (const link of map.links) {
    const x = index.get(link.from);
    const y = index.get(link.to);
    // An unvalidated map may hold dangling or self links; they join nobody.
    if (x === undefined || y === undefined || x === y) continue;
    const key = x < y ? x * n + y : y * n + x;
    const reciprocated = isReciprocated(link) ? 4 : 0;
    codes[size++] = key * 8 + reciprocated + strengthOf(link);
  }
  const sorted = codes.subarray(0, size).sort();
  const pairA: number[] = [];
  const pairB: number[] = [];
  const pairStrength: number[] = []; // 0 when no link of the pair is reciprocated
  for (let k = 0; k < size; k++) {
    const code = sorted[k]!;
    const key = Math.floor(code / 8);
    if (k + 1 < size && Math.floor(sorted[k + 1]! / 8) === key) continue;
    pairA.push(Math.floor(key / n));
    pairB.push(key % n);
    pairStrength.push(code % 8 >= 4 ? code % 4 : 0);
  }
  return { people, pairA, pairB, pairStrength };
}

/** Departments with case and surrounding spaces ignored, each shown in its first spelling by code order. */
function departmentsOf(holders: readonly Person[]): string[] {
  const byKey = new Map<string, string>();
  for (const p of holders) {
    const shown = p.department.trim();
    const key = shown.toLowerCase();
    const seen = byKey.get(key);
    if (seen === undefined || compareStrings(shown, seen) < 0) byKey.set(key, shown);
  }
  return [...byKey.values()].sort(compareStrings);
}

function levelsOf(holders: readonly Person[]): Level[] {
  const present = new Set(holders.map((p) => p.level));
  return levels.filter((l) => present.has(l));
}

/** Measures a map. Pure, order-independent, O(V·E) at worst (the betweenness). */
export function measureContactMap(map: ContactMap): ContactMapMetrics {
  const { people, pairA, pairB, pairStrength } = canonical(map);
  const n = people.length;
  const side = (i: number) => people[i]!.side;

  // Reciprocated links as flat lists of ends: [a0, b0, a1, b1, …].
  const all: number[] = [];
  const supplierLinks: number[] = [];
  const customerLinks: number[] = [];
  const degree = new Int32Array(n);
  const weightedDegree = new Int32Array(n);
  const holds = new Uint8Array(n);
  let contactCount = 0;
  let oneSidedContactCount = 0;
  let strengthSum = 0;
  for (let k = 0; k < pairA.length; k++) {
    const a = pairA[k]!;
    const b = pairB[k]!;
    const strength = pairStrength[k]!;
    const cross = side(a) !== side(b);
    if (strength === 0) {
      if (cross) oneSidedContactCount++;
      continue;
    }
    all.push(a, b);
    degree[a]!++;
    degree[b]!++;
    weightedDegree[a]! += strength;
    weightedDegree[b]! += strength;
    if (cross) {
      contactCount++;
      strengthSum += strength;
      holds[a] = 1;
      holds[b] = 1;
    } else (side(a) === 'supplier' ? supplierLinks : customerLinks).push(a, b);
  }

  const supplierHolders: number[] = [];
  const customerHolders: number[] = [];
  for (let i = 0; i < n; i++) {
    if (holds[i]) (side(i) === 'supplier' ? supplierHolders : customerHolders).push(i);
  }

  // With several KAMs (an unvalidated map) the first by id counts, so the choice is stable.
  const kam = people.findIndex((p) => p.isKeyAccountManager === true && maySitOn(p, p.side));
  const kamReach = kam >= 0 ? reach(graphOf(n, supplierLinks), kam) : new Uint8Array(n);
  let kamContactCount = 0;
  for (let k = 0; kam >= 0 && k < all.length; k += 2) {
    const a = all[k]!;
    const b = all[k + 1]!;
    if ((a === kam || b === kam) && side(a) !== side(b)) kamContactCount++;
  }
  let supplierBehindKamCount = 0;
  for (let i = 0; i < n; i++) {
    if (i !== kam && kamReach[i] && !holds[i]) supplierBehindKamCount++;
  }
  const supplierJoined = supplierHolders.filter((i) => kamReach[i]);
  const supplierNotJoinedIds = supplierHolders
    .filter((i) => !kamReach[i])
    .map((i) => people[i]!.id);

  // The hub: most links, then the most senior, then the first id (people are sorted by id,
  // so a strict comparison keeps the first of equals).
  let hub = -1;
  for (let i = 0; i < n; i++) {
    if (side(i) !== 'customer' || degree[i] === 0) continue;
    if (
      hub < 0 ||
      degree[i]! > degree[hub]! ||
      (degree[i] === degree[hub] && seniority(people[i]!.level) < seniority(people[hub]!.level))
    ) {
      hub = i;
    }
  }
  const hubReach = hub >= 0 ? reach(graphOf(n, customerLinks), hub) : new Uint8Array(n);
  const customerJoined = customerHolders.filter((i) => hubReach[i]);

  const supplierCount = countSide(people, 'supplier');
  const customerCount = countSide(people, 'customer');
  const central = centralPerson(graphOf(n, all), people, weightedDegree);

  const supplierHolderPeople = supplierHolders.map((i) => people[i]!);
  const customerHolderPeople = customerHolders.map((i) => people[i]!);
  const isSenior = (p: Person) => seniorLevels.includes(p.level);
  return {
    supplierPeopleCount: supplierCount,
    customerPeopleCount: customerCount,
    contactCount,
    oneSidedContactCount,
    averageContactStrength: share(strengthSum, contactCount),
    kamId: kam >= 0 ? people[kam]!.id : null,
    kamContactCount,
    kamContactShare: share(kamContactCount, contactCount),
    supplierBehindKamCount,
    supplierContactHolderCount: supplierHolders.length,
    supplierJoinedToKamCount: supplierJoined.length,
    supplierJoinedToKamShare: share(supplierJoined.length, supplierHolders.length),
    supplierNotJoinedIds,
    customerContactHolderCount: customerHolders.length,
    customerHubId: hub >= 0 ? people[hub]!.id : null,
    customerJoinedToHubCount: customerJoined.length,
    customerJoinedToHubShare: share(customerJoined.length, customerHolders.length),
    supplierLevels: levelsOf(supplierHolderPeople),
    customerLevels: levelsOf(customerHolderPeople),
    supplierDepartments: departmentsOf(supplierHolderPeople),
    customerDepartments: departmentsOf(customerHolderPeople),
    seniorOnBothSides: supplierHolderPeople.some(isSenior) && customerHolderPeople.some(isSenior),
    centralPersonId: central.index >= 0 ? people[central.index]!.id : null,
    centralityMeasure: central.measure,
    centralPersonScore: central.score,
  };
}

function countSide(people: readonly Person[], side: Person['side']): number {
  let count = 0;
  for (const p of people) if (p.side === side) count++;
  return count;
}
