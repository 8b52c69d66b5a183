import { describe, expect, it } from 'vitest';
import {
  addLink,
  addPerson,
  kamBlockReason,
  linkBetween,
  movePerson,
  placeAt,
  removeLink,
  removePerson,
  updateLink,
  updatePerson,
  type PersonFields,
} from '../../../renderer/mapper/map-edits';
import { KAM_SIDE_RULE } from '../../../shared/domain/contact-map';
import { layoutContactMap } from '../../../shared/domain/contact-map-layout';
import { ContactMapAnswer } from '../../../shared/kinds/contact-map';

const buyer: PersonFields = { side: 'customer', level: 'senior', department: 'Purchasing' };
const kam: PersonFields = {
  side: 'supplier',
  level: 'middle',
  department: 'Sales',
  name: 'Kim',
  isKeyAccountManager: true,
};
const empty: ContactMapAnswer = { people: [], links: [] };

/** The band the map's layout puts a person in, by their stored place. */
const bandOn = (map: ContactMapAnswer, id: string) => {
  const slot = layoutContactMap(map, map.positions).slots[id]!;
  return { side: slot.side, level: slot.level };
};

/** A map with a key account manager, a buyer and a director, the first two linked. */
function sampleMap() {
  const first = addPerson(empty, kam);
  const second = addPerson(first.map, buyer);
  const third = addPerson(second.map, { ...buyer, level: 'board', department: 'Board' });
  const linked = addLink(third.map, first.id, second.id)!;
  return { map: linked.map, kamId: first.id, buyerId: second.id, directorId: third.id };
}

describe('adding and changing people on a contact map', () => {
  it('adds a person in a free spot of their band, with trimmed text and no empty fields', () => {
    const { map, id } = addPerson(empty, {
      ...buyer,
      department: '  Purchasing ',
      name: '  Ana ',
      title: '   ',
      isKeyAccountManager: false,
    });
    expect(map.people).toEqual([
      { id, side: 'customer', level: 'senior', department: 'Purchasing', name: 'Ana' },
    ]);
    expect(map.positions![id]).toBeDefined();
    expect(bandOn(map, id)).toEqual({ side: 'customer', level: 'senior' });
  });

  it('gives every new person their own id and moves nobody already shown', () => {
    // People drawn elsewhere may have no stored position: the layout places them.
    const unplaced: ContactMapAnswer = {
      people: ['p1', 'p2', 'p3'].map((id) => ({ id, ...buyer })),
      links: [],
    };
    const shown = layoutContactMap(unplaced).cards;
    const { map: after, id } = addPerson(unplaced, buyer);

    expect(new Set(after.people.map((p) => p.id)).size).toBe(4);
    const now = layoutContactMap(after, after.positions).cards;
    for (const [personId, point] of Object.entries(shown)) expect(now[personId]).toEqual(point);
    expect(Object.values(shown)).not.toContainEqual(now[id]);
  });

  it('keeps a person in place when a change leaves them in the same band', () => {
    const { map, buyerId } = sampleMap();
    const renamed = updatePerson(map, buyerId, { ...buyer, name: 'Ana' });
    expect(renamed.people.find((p) => p.id === buyerId)?.name).toBe('Ana');
    expect(renamed.positions).toBe(map.positions);
  });

  it('moves a person to a free spot of the new band when their level or side changes', () => {
    const { map, buyerId } = sampleMap();
    const moved = updatePerson(map, buyerId, { ...buyer, level: 'operational' });
    expect(bandOn(moved, buyerId)).toEqual({ side: 'customer', level: 'operational' });
  });

  it('leaves the map as it is when the person to change is not on it', () => {
    const { map } = sampleMap();
    expect(updatePerson(map, 'nobody', buyer)).toBe(map);
    expect(movePerson(map, 'nobody', { side: 'supplier', level: 'board' })).toBe(map);
  });

  it('drops a person where they were let go, rounded to whole units, in their new band', () => {
    const { map, buyerId } = sampleMap();
    const moved = movePerson(
      map,
      buyerId,
      { side: 'supplier', level: 'board' },
      {
        x: 40.4,
        y: 90.6,
      },
    );
    expect(moved.people.find((p) => p.id === buyerId)).toMatchObject({
      side: 'supplier',
      level: 'board',
    });
    expect(moved.positions![buyerId]).toEqual({ x: 40, y: 91 });
  });

  it('stores where a person was dropped without touching anyone else', () => {
    const { map, kamId, buyerId } = sampleMap();
    const placed = placeAt(map, kamId, { x: 10.2, y: 120 });
    expect(placed.positions![kamId]).toEqual({ x: 10, y: 120 });
    expect(placed.positions![buyerId]).toEqual(map.positions![buyerId]);
  });

  it('removes a person with every link to them and their position', () => {
    const { map, kamId, buyerId } = sampleMap();
    const removed = removePerson(map, buyerId);
    expect(removed.people.map((p) => p.id)).not.toContain(buyerId);
    expect(removed.links).toEqual([]);
    expect(Object.keys(removed.positions!)).not.toContain(buyerId);
    expect(Object.keys(removed.positions!)).toContain(kamId);
  });
});

describe('the key account manager on a contact map', () => {
  it('allows one key account manager on the supplier side', () => {
    expect(kamBlockReason(empty, kam)).toBeNull();
    expect(kamBlockReason(empty, { ...kam, isKeyAccountManager: false, side: 'customer' })).toBe(
      null,
    );
  });

  it('refuses a key account manager on the customer side', () => {
    expect(kamBlockReason(empty, { ...kam, side: 'customer' })).toBe(KAM_SIDE_RULE);
  });

  it('refuses a second key account manager, naming the first, but lets the first be edited', () => {
    const { map, kamId } = sampleMap();
    expect(kamBlockReason(map, { ...kam, name: 'Lee' })).toBe(
      'Kim is already the key account manager; a map has only one.',
    );
    expect(kamBlockReason(map, kam, kamId)).toBeNull();
  });
});

describe('links on a contact map', () => {
  it('finds the link between two people whichever way it was drawn', () => {
    const { map, kamId, buyerId } = sampleMap();
    expect(linkBetween(map, buyerId, kamId)).toBe(map.links[0]);
    expect(linkBetween(map, kamId, buyerId)).toBe(map.links[0]);
  });

  it('refuses a link from a person to themselves or a second link between the same two', () => {
    const { map, kamId, buyerId } = sampleMap();
    expect(addLink(map, kamId, kamId)).toBeNull();
    expect(addLink(map, buyerId, kamId)).toBeNull();
  });

  it('stores only what differs from a usual, reciprocated link', () => {
    const { map, kamId, directorId } = sampleMap();
    const usual = addLink(map, kamId, directorId, { strength: 2, reciprocated: true })!;
    expect(usual.map.links.at(-1)).toEqual({ id: usual.id, from: kamId, to: directorId });

    const weak = addLink(map, directorId, kamId, { strength: 1, reciprocated: false })!;
    expect(weak.map.links.at(-1)).toEqual({
      id: weak.id,
      from: directorId,
      to: kamId,
      strength: 1,
      reciprocated: false,
    });
    expect(ContactMapAnswer.safeParse(weak.map).success).toBe(true);
  });

  it('changes a link and keeps it as small as a new one would be', () => {
    const { map } = sampleMap();
    const { id, from, to } = map.links[0]!;
    const strong = updateLink(map, id, { strength: 3, reciprocated: false });
    expect(strong.links).toEqual([{ id, from, to, strength: 3, reciprocated: false }]);
    const back = updateLink(strong, id, { strength: 2, reciprocated: true });
    expect(back.links).toEqual([{ id, from, to }]);
    expect(updateLink(strong, id, { reciprocated: true }).links).toEqual([
      { id, from, to, strength: 3 },
    ]);
  });

  it('removes a link and leaves the people', () => {
    const { map } = sampleMap();
    const removed = removeLink(map, map.links[0]!.id);
    expect(removed.links).toEqual([]);
    expect(removed.people).toBe(map.people);
  });
});
