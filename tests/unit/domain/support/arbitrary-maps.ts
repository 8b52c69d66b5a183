/** Random contact maps for property tests, and a replayable shuffle. */
import fc from 'fast-check';
import {
  levels,
  type ContactMap,
  type Link,
  type Person,
} from '../../../../shared/domain/contact-map';

const departments = ['Sales', 'Purchasing', 'Logistics', 'sales', ' Finance '];

/** Any valid map of up to 12 people and 30 links, with or without a KAM. */
export const validMap: fc.Arbitrary<ContactMap> = fc.integer({ min: 0, max: 12 }).chain((n) =>
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
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
