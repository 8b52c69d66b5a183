import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  diagnoseContactMap,
  levels,
  validateContactMap,
  type ContactMap,
  type Link,
  type Person,
} from '../../../shared/domain/contact-map';

const departments = ['Sales', 'Purchasing', 'Logistics', 'sales', ' Finance '];

/** Any valid map of up to 12 people and 30 links, with or without a KAM. */
const validMap: fc.Arbitrary<ContactMap> = fc.integer({ min: 0, max: 12 }).chain((n) =>
  fc
    .record({
      people: fc.array(
        fc.record({
          side: fc.constantFrom('supplier' as const, 'customer' as const),
          level: fc.constantFrom(...levels),
          department: fc.constantFrom(...departments),
        }),
        { minLength: n, maxLength: n },
      ),
      kam: fc.option(fc.nat({ max: Math.max(0, n - 1) })),
      links: fc.array(
        fc.record({
          from: fc.nat({ max: Math.max(0, n - 1) }),
          to: fc.nat({ max: Math.max(0, n - 1) }),
          strength: fc.option(fc.constantFrom(1 as const, 2 as const, 3 as const)),
          reciprocated: fc.option(fc.boolean(), { freq: 3 }),
        }),
        { maxLength: n < 2 ? 0 : 30 },
      ),
    })
    .map(({ people, kam, links }) => {
      const persons: Person[] = people.map((p, i) => ({
        id: `p${i}`,
        ...p,
        ...(i === kam && p.side === 'supplier' ? { isKeyAccountManager: true } : {}),
      }));
      const drawn: Link[] = links
        .filter((l) => l.from !== l.to)
        .map((l, i) => ({
          id: `l${i}`,
          from: `p${l.from}`,
          to: `p${l.to}`,
          ...(l.strength === null ? {} : { strength: l.strength }),
          ...(l.reciprocated === null ? {} : { reciprocated: l.reciprocated }),
        }));
      return { people: persons, links: drawn };
    }),
);

/** A seeded Fisher–Yates shuffle, so a failing case replays. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A supplier and a customer person with no link between them, if there is such a pair. */
function unlinkedPair(map: ContactMap): [string, string] | null {
  const linked = new Set(map.links.flatMap((l) => [`${l.from}|${l.to}`, `${l.to}|${l.from}`]));
  for (const s of map.people.filter((p) => p.side === 'supplier')) {
    for (const c of map.people.filter((p) => p.side === 'customer')) {
      if (!linked.has(`${s.id}|${c.id}`)) return [s.id, c.id];
    }
  }
  return null;
}

describe('properties of the diagnosis', () => {
  it('gives the same diagnosis whatever the order of people and links', () => {
    fc.assert(
      fc.property(validMap, fc.integer(), fc.integer(), (map, a, b) => {
        const reordered = { people: shuffled(map.people, a), links: shuffled(map.links, b) };
        expect(diagnoseContactMap(reordered)).toEqual(diagnoseContactMap(map));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same diagnosis whichever end a link is drawn from', () => {
    fc.assert(
      fc.property(validMap, (map) => {
        const flipped = { ...map, links: map.links.map((l) => ({ ...l, from: l.to, to: l.from })) };
        expect(diagnoseContactMap(flipped)).toEqual(diagnoseContactMap(map));
      }),
    );
  });

  it('never throws on a valid map, and keeps every share within 0–1', () => {
    fc.assert(
      fc.property(validMap, (map) => {
        const d = diagnoseContactMap(validateContactMap(map));
        const m = d.metrics;
        for (const share of [
          m.kamContactShare,
          m.supplierJoinedToKamShare,
          m.customerJoinedToHubShare,
        ]) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
        if (m.centralityMeasure === 'betweenness') {
          expect(m.centralPersonScore).toBeGreaterThanOrEqual(0);
          expect(m.centralPersonScore).toBeLessThanOrEqual(1);
        }
        expect(d.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers the contact count when a reciprocated contact is added', () => {
    fc.assert(
      fc.property(validMap, fc.nat(), fc.nat(), (map, i, j) => {
        const suppliers = map.people.filter((p) => p.side === 'supplier');
        const customers = map.people.filter((p) => p.side === 'customer');
        fc.pre(suppliers.length > 0 && customers.length > 0);
        const from = suppliers[i % suppliers.length]!.id;
        const to = customers[j % customers.length]!.id;
        const added = { ...map, links: [...map.links, { id: 'added', from, to }] };
        expect(diagnoseContactMap(added).metrics.contactCount).toBeGreaterThanOrEqual(
          diagnoseContactMap(map).metrics.contactCount,
        );
      }),
    );
  });

  it('never counts a one-sided contact as a relationship', () => {
    fc.assert(
      fc.property(validMap, (map) => {
        const pair = unlinkedPair(map);
        fc.pre(pair !== null);
        const [from, to] = pair!;
        const before = diagnoseContactMap(map);
        const after = diagnoseContactMap({
          ...map,
          links: [...map.links, { id: 'one-sided', from, to, reciprocated: false }],
        });
        expect(after.metrics.contactCount).toBe(before.metrics.contactCount);
        expect(after.metrics.oneSidedContactCount).toBe(before.metrics.oneSidedContactCount + 1);
        // Nothing else moves: not the pattern, not a single other measure.
        expect({ ...after.metrics, oneSidedContactCount: 0 }).toEqual({
          ...before.metrics,
          oneSidedContactCount: 0,
        });
        expect(after.pattern).toBe(before.pattern);
      }),
    );
  });
});
