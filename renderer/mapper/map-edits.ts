import {
  defaultPosition,
  placePeople,
  storedPositions,
  type Band,
  type Point,
} from '../../shared/domain/contact-map-layout';
import {
  KAM_SIDE_RULE,
  maySitOn,
  personName,
  tidyLink,
  tidyPerson,
  type Link,
  type Person,
} from '../../shared/domain/contact-map';
import { newItemId } from '../kinds/list/new-id';
import type { ContactMapAnswer } from '../../shared/kinds/contact-map';

/** A person as the form edits them (no id yet when adding). */
export type PersonFields = Omit<Person, 'id'>;

/** Why this person cannot be the key account manager, or null when they can. */
export function kamBlockReason(
  map: ContactMapAnswer,
  fields: PersonFields,
  id?: string,
): string | null {
  if (!fields.isKeyAccountManager) return null;
  if (!maySitOn(fields, fields.side)) return KAM_SIDE_RULE;
  const other = map.people.find((p) => p.isKeyAccountManager && p.id !== id);
  if (other) return `${personName(other)} is already the key account manager; a map has only one.`;
  return null;
}

/** Positions with every person's current place written down, so adding one moves nobody. */
export function pinned(map: ContactMapAnswer): Record<string, Point> {
  return storedPositions(placePeople(map.people, map.positions));
}

/** Adds a person in a free spot of their band; returns the new map and their id. */
export function addPerson(
  map: ContactMapAnswer,
  fields: PersonFields,
): { map: ContactMapAnswer; id: string } {
  const person: Person = { id: newItemId(), ...tidyPerson(fields) };
  const people = [...map.people, person];
  const positions = pinned(map);
  positions[person.id] = defaultPosition({ people, links: map.links }, person, positions);
  return { map: { ...map, people, positions }, id: person.id };
}

/** Changes a person; when their band changes they move to a free spot of the new band. */
export function updatePerson(
  map: ContactMapAnswer,
  id: string,
  fields: PersonFields,
): ContactMapAnswer {
  const before = map.people.find((p) => p.id === id);
  if (!before) return map;
  const person: Person = { id, ...tidyPerson(fields) };
  const people = map.people.map((p) => (p.id === id ? person : p));
  if (before.side === person.side && before.level === person.level) return { ...map, people };
  const positions = pinned(map);
  positions[id] = defaultPosition({ people, links: map.links }, person, positions);
  return { ...map, people, positions };
}

/** Moves a person to a band: to a stored place, or to a free place when none is given. */
export function movePerson(
  map: ContactMapAnswer,
  id: string,
  band: Band,
  at?: Point,
): ContactMapAnswer {
  const person = map.people.find((p) => p.id === id);
  if (!person) return map;
  const moved = updatePerson(map, id, { ...person, ...band });
  return at ? placeAt(moved, id, at) : moved;
}

/** Stores a person's place (see storedPosition), in whole canvas units. */
export function placeAt(map: ContactMapAnswer, id: string, at: Point): ContactMapAnswer {
  return {
    ...map,
    positions: { ...map.positions, [id]: { x: Math.round(at.x), y: Math.round(at.y) } },
  };
}

/** Removes a person with their links and position. */
export function removePerson(map: ContactMapAnswer, id: string): ContactMapAnswer {
  const positions = { ...map.positions };
  delete positions[id];
  return {
    people: map.people.filter((p) => p.id !== id),
    links: map.links.filter((l) => l.from !== id && l.to !== id),
    positions,
  };
}

/** The link already joining two people, either way round. */
export function linkBetween(map: ContactMapAnswer, a: string, b: string): Link | undefined {
  return map.links.find((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
}

/** Adds a link between two different people not yet linked; returns the map and its id. */
export function addLink(
  map: ContactMapAnswer,
  from: string,
  to: string,
  options: Pick<Link, 'strength' | 'reciprocated'> = {},
): { map: ContactMapAnswer; id: string } | null {
  if (from === to || linkBetween(map, from, to)) return null;
  const link = tidyLink({ id: newItemId(), from, to, ...options });
  return { map: { ...map, links: [...map.links, link] }, id: link.id };
}

/** Changes a link's strength or whether it is reciprocated. */
export function updateLink(
  map: ContactMapAnswer,
  id: string,
  change: Pick<Link, 'strength' | 'reciprocated'>,
): ContactMapAnswer {
  return {
    ...map,
    links: map.links.map((l) => (l.id === id ? tidyLink({ ...l, ...change }) : l)),
  };
}

/** Removes a link. */
export function removeLink(map: ContactMapAnswer, id: string): ContactMapAnswer {
  return { ...map, links: map.links.filter((l) => l.id !== id) };
}
