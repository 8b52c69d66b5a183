import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  diagnoseContactMap,
  validateContactMap,
  type ContactMap,
} from '../../../shared/domain/contact-map';
import { shuffled, validMap } from './support/arbitrary-maps';

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
