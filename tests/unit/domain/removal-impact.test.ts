import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearOrganisationMap } from '../../../shared/course/example-maps';
import {
  diagnoseContactMap,
  removalImpact,
  singleThreads,
  type ContactMap,
  type Person,
} from '../../../shared/domain/contact-map';
import { shuffled, validMap } from './support/arbitrary-maps';

const person = (id: string, side: Person['side'], extra: Partial<Person> = {}): Person => ({
  id,
  side,
  level: 'middle',
  department: side === 'supplier' ? 'Sales' : 'Purchasing',
  ...extra,
});

/** A relationship hog: colleagues behind the KAM, the KAM alone in touch with two customer people. */
const hogMap: ContactMap = {
  people: [
    person('kam', 'supplier', { isKeyAccountManager: true, name: 'Kim' }),
    person('ops', 'supplier', { department: 'Logistics' }),
    person('fin', 'supplier', { department: 'Finance' }),
    person('buyer', 'customer', { name: 'Bea' }),
    person('store', 'customer', { department: 'Stores' }),
  ],
  links: [
    { id: 'l1', from: 'ops', to: 'kam' },
    { id: 'l2', from: 'kam', to: 'buyer' },
    { id: 'l3', from: 'fin', to: 'kam' },
    { id: 'l4', from: 'store', to: 'kam', strength: 3 },
  ],
};

describe('what if someone leaves?', () => {
  it('takes the KAM out of a relationship-hog map: every link goes and the customer is isolated', () => {
    expect(diagnoseContactMap(hogMap).pattern).toBe('kam-hog');
    const impact = removalImpact(hogMap, 'kam');
    expect(impact.lostLinks).toEqual(['l1', 'l2', 'l3', 'l4']);
    expect(impact.isolatedPeople).toEqual(['buyer', 'store']);
    expect(impact.after.pattern).toBe('empty');
    expect(impact.after.metrics.contactCount).toBe(0);
  });

  it('isolates only the people on the other side who had no other reciprocated contact', () => {
    const map: ContactMap = {
      people: [
        person('a', 'supplier'),
        person('b', 'supplier'),
        person('x', 'customer'),
        person('y', 'customer'),
        person('z', 'customer'),
      ],
      links: [
        { id: 'ax', from: 'a', to: 'x' },
        { id: 'ay', from: 'a', to: 'y' },
        { id: 'by', from: 'b', to: 'y' },
        { id: 'az', from: 'a', to: 'z', reciprocated: false },
        { id: 'xy', from: 'x', to: 'y' },
      ],
    };
    const impact = removalImpact(map, 'a');
    expect(impact.lostLinks).toEqual(['ax', 'ay', 'az']);
    // x loses its only contact; y keeps b; z never had a reciprocated one; own-side people never count.
    expect(impact.isolatedPeople).toEqual(['x']);
    expect(impact.after).toEqual(
      diagnoseContactMap({
        people: map.people.filter((p) => p.id !== 'a'),
        links: [map.links[2]!, map.links[4]!],
      }),
    );
  });

  it('takes out a customer person and reports the supplier people left without a contact', () => {
    const impact = removalImpact(linearOrganisationMap, 'c-buyer');
    expect(impact.isolatedPeople).toEqual(['s-kam']);
    expect(impact.after.pattern).toBe('empty');
  });

  it('refuses a person who is not on the map', () => {
    expect(() => removalImpact(hogMap, 'nobody')).toThrow(RangeError);
  });

  it('never adds a link or a contact, and never isolates anyone on the person’s own side', () => {
    fc.assert(
      fc.property(validMap, fc.nat(), (map, i) => {
        fc.pre(map.people.length > 0);
        const gone = map.people[i % map.people.length]!;
        const impact = removalImpact(map, gone.id);
        const before = diagnoseContactMap(map).metrics;
        expect(impact.after.metrics.contactCount).toBeLessThanOrEqual(before.contactCount);
        expect(impact.lostLinks.length).toBeLessThanOrEqual(map.links.length);
        const sideOf = new Map(map.people.map((p) => [p.id, p.side]));
        for (const id of impact.isolatedPeople) expect(sideOf.get(id)).not.toBe(gone.side);
      }),
      { numRuns: 300 },
    );
  });

  it('changes nothing when the person has no links', () => {
    fc.assert(
      fc.property(
        validMap,
        fc.constantFrom('supplier' as const, 'customer' as const),
        (map, side) => {
          const loner = person('loner', side);
          const withLoner = { ...map, people: [...map.people, loner] };
          const impact = removalImpact(withLoner, 'loner');
          expect(impact.lostLinks).toEqual([]);
          expect(impact.isolatedPeople).toEqual([]);
          expect(impact.after).toEqual(diagnoseContactMap(map));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same links, people and diagnosis whatever the order of people and links', () => {
    fc.assert(
      fc.property(validMap, fc.nat(), fc.integer(), fc.integer(), (map, i, a, b) => {
        fc.pre(map.people.length > 0);
        const id = map.people[i % map.people.length]!.id;
        const reordered = { people: shuffled(map.people, a), links: shuffled(map.links, b) };
        const one = removalImpact(map, id);
        const other = removalImpact(reordered, id);
        expect([...other.lostLinks].sort()).toEqual([...one.lostLinks].sort());
        expect([...other.isolatedPeople].sort()).toEqual([...one.isolatedPeople].sort());
        expect(other.after).toEqual(one.after);
        // Each list keeps the order of the map it was given.
        const linkOrder = reordered.links.map((l) => l.id);
        expect(other.lostLinks).toEqual(linkOrder.filter((l) => other.lostLinks.includes(l)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('single threads', () => {
  it('lists the customer people whose reciprocated contacts reach exactly one supplier person', () => {
    const map: ContactMap = {
      people: [
        person('a', 'supplier'),
        person('b', 'supplier'),
        person('one', 'customer'),
        person('twice', 'customer'),
        person('two', 'customer'),
        person('onesided', 'customer'),
        person('none', 'customer'),
      ],
      links: [
        { id: '1', from: 'a', to: 'one' },
        { id: '2', from: 'twice', to: 'a' },
        { id: '3', from: 'a', to: 'twice', strength: 3 },
        { id: '4', from: 'a', to: 'two' },
        { id: '5', from: 'two', to: 'b' },
        { id: '6', from: 'b', to: 'onesided', reciprocated: false },
        { id: '7', from: 'onesided', to: 'a' },
        { id: '8', from: 'one', to: 'twice' },
      ],
    };
    // "twice" has two lines to the same person: still one thread. "onesided" counts a only.
    expect(singleThreads(map)).toEqual(['one', 'twice', 'onesided']);
  });

  it('finds the relationship hog’s customer people all hanging by the KAM', () => {
    expect(singleThreads(hogMap)).toEqual(['buyer', 'store']);
  });

  it('lists the same people whatever the order, in the order of the map’s people', () => {
    fc.assert(
      fc.property(validMap, fc.integer(), fc.integer(), (map, a, b) => {
        const reordered = { people: shuffled(map.people, a), links: shuffled(map.links, b) };
        const threads = singleThreads(reordered);
        expect([...threads].sort()).toEqual([...singleThreads(map)].sort());
        expect(threads).toEqual(
          reordered.people.map((p) => p.id).filter((id) => threads.includes(id)),
        );
        for (const id of threads)
          expect(map.people.find((p) => p.id === id)?.side).toBe('customer');
      }),
      { numRuns: 300 },
    );
  });
});
