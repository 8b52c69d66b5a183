import { describe, expect, it } from 'vitest';
import type { ContactMap, Person } from '../../../shared/domain/contact-map';
import { isTargetReached, targetMapDiff } from '../../../shared/domain/target-map';

const person = (id: string, side: Person['side'], extra: Partial<Person> = {}): Person => ({
  id,
  side,
  level: 'middle',
  department: 'Sales',
  name: id,
  ...extra,
});

const current: ContactMap = {
  people: [
    person('kam', 'supplier', { isKeyAccountManager: true }),
    person('ops', 'supplier'),
    person('buyer', 'customer'),
    person('planner', 'customer'),
  ],
  links: [
    { id: 'l1', from: 'kam', to: 'buyer' },
    { id: 'l2', from: 'ops', to: 'planner', reciprocated: false },
    { id: 'l3', from: 'kam', to: 'planner', strength: 1 },
  ],
};

describe('from the current map to the target', () => {
  it('lists nothing to do when the target is a plain copy', () => {
    const diff = targetMapDiff(current, current);
    expect(isTargetReached(diff)).toBe(true);
    expect(diff.contactsLeftOut).toEqual([]);
    expect(diff.peopleLeftOut).toEqual([]);
  });

  it('lists the people to bring in, with whom they are to be in contact and joined up', () => {
    const director = person('director', 'supplier', { level: 'board', department: 'Operations' });
    const cfo = person('cfo', 'customer', { level: 'board', department: 'Finance' });
    const target: ContactMap = {
      people: [...current.people, director, cfo],
      links: [
        ...current.links,
        { id: 't1', from: 'director', to: 'cfo', strength: 3 },
        { id: 't2', from: 'director', to: 'kam' },
        { id: 't3', from: 'cfo', to: 'buyer', reciprocated: false },
      ],
    };
    const diff = targetMapDiff(current, target);
    expect(diff.peopleToBringIn).toEqual([
      { person: director, contacts: [cfo], joinedTo: [current.people[0]] },
      { person: cfo, contacts: [director], joinedTo: [] },
    ]);
    expect(diff.contactsToBuild).toEqual([
      { linkId: 't1', supplier: director, customer: cfo, strength: 3, change: 'new' },
    ]);
    expect(diff.linksToJoin.map((l) => [l.a.id, l.b.id])).toEqual([['director', 'kam']]);
  });

  it('names a contact to make two-way, and one to strengthen', () => {
    const target: ContactMap = {
      ...current,
      links: [
        { id: 'l1', from: 'kam', to: 'buyer' },
        { id: 'l2', from: 'ops', to: 'planner' },
        { id: 'l3', from: 'planner', to: 'kam', strength: 3 },
      ],
    };
    expect(
      targetMapDiff(current, target).contactsToBuild.map((c) => [c.linkId, c.change, c.strength]),
    ).toEqual([
      ['l2', 'reciprocate', 2],
      ['l3', 'strengthen', 3],
    ]);
  });

  it('counts a pair once however many lines join it, by its strongest two-way line', () => {
    const target: ContactMap = {
      ...current,
      links: [
        ...current.links,
        { id: 'x1', from: 'ops', to: 'buyer', strength: 1 },
        { id: 'x2', from: 'buyer', to: 'ops', strength: 3 },
        { id: 'x3', from: 'ops', to: 'buyer', strength: 3 },
      ],
    };
    expect(targetMapDiff(current, target).contactsToBuild.map((c) => c.linkId)).toEqual(['x2']);
  });

  it('lists today’s contacts and people the target leaves out', () => {
    const target: ContactMap = {
      people: current.people.filter((p) => p.id !== 'planner'),
      links: [current.links[0]!],
    };
    const diff = targetMapDiff(current, target);
    expect(diff.peopleLeftOut.map((p) => p.id)).toEqual(['planner']);
    // The one-sided line to the planner was never a relationship: only the two-way one is left out.
    expect(diff.contactsLeftOut.map((c) => [c.supplier.id, c.customer.id])).toEqual([
      ['kam', 'planner'],
    ]);
  });
});
