import type { Node } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH, type Point } from '../../shared/domain/contact-map-layout';
import {
  isReciprocated,
  levelLabels,
  personName,
  personTitleLine,
  samePerson,
  sideLabels,
  strengthOf,
  type Link,
  type Person,
  type Side,
} from '../../shared/domain/contact-map';

/** What a person card shows. */
export interface PersonNodeData extends Record<string, unknown> {
  person: Person;
  /** Highlighted as the most central person of the map. */
  highlighted: boolean;
}

/** A person on the React Flow canvas. */
export type PersonNode = Node<PersonNodeData, 'person'>;

/** What is selected on the map: selection is its own field, not read from the nodes. */
export type MapSelection = { kind: 'person'; id: string } | { kind: 'link'; id: string } | null;

/** How a screen reader announces a person: who, their department, where they sit. */
export function describePerson(person: Person): string {
  const parts = [personName(person)];
  const title = personTitleLine(person);
  if (title) parts.push(title);
  if (person.isKeyAccountManager) parts.push('key account manager');
  parts.push(person.department || 'no department');
  parts.push(`${sideLabels[person.side]}, ${levelLabels[person.level]}`);
  return parts.join(', ');
}

/** Which cards are marked: selected, highlighted as the most central, being dragged. */
export interface CardMarks {
  selectedId: string | null;
  highlightId: string | null;
  draggedId: string | null;
}

/**
 * The person nodes for the map, reusing every previous node that has not changed. The saved
 * answer is re-parsed after each change, so objects are compared by value: an unchanged
 * person keeps the very same node and data objects, and React Flow skips its card.
 */
export function reconcileNodes(
  previous: readonly PersonNode[],
  people: readonly Person[],
  placed: Readonly<Record<string, Point>>,
  marks: CardMarks,
): PersonNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  return people.map((person) => {
    const before = byId.get(person.id);
    const position = placed[person.id] ?? { x: 0, y: 0 };
    const selected = person.id === marks.selectedId;
    const highlighted = person.id === marks.highlightId;
    // The card left behind while the drag layer draws it under the pointer.
    const className = person.id === marks.draggedId ? 'person-node--origin' : undefined;
    const sameData =
      before !== undefined &&
      before.data.highlighted === highlighted &&
      samePerson(before.data.person, person);
    if (
      before &&
      sameData &&
      before.position.x === position.x &&
      before.position.y === position.y &&
      !!before.selected === selected &&
      before.className === className
    ) {
      return before;
    }
    return {
      // Keeps what React Flow measured, so a changed card is not measured again.
      ...before,
      id: person.id,
      type: 'person',
      position,
      // Placed by offsets rather than React Flow's transform: a transform on every card splits
      // the map into hundreds of paint chunks for the browser to re-layerize on each frame.
      style: { transform: 'none', left: position.x, top: position.y },
      selected,
      className,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      ariaLabel: describePerson(person),
      data: sameData ? before.data : { person, highlighted },
    };
  });
}

/** A link as the edge layer draws it: where it runs, how it looks, what it is called. */
export interface EdgeShape {
  id: string;
  from: string;
  to: string;
  /** Which edge of each card the line leaves from: left or right. */
  fromHandle: 'l' | 'r';
  toHandle: 'l' | 'r';
  contact: boolean;
  strength: 1 | 2 | 3;
  oneSided: boolean;
  label: string;
}

/**
 * Which edges of the cards a link joins. A contact runs between the cards' facing edges,
 * across the gap. An internal link joins side-by-side cards edge to edge, and stacked cards
 * round their outer edges, so it curves away from the contacts.
 */
function handlesOf(
  link: Link,
  sideOf: ReadonlyMap<string, Side>,
  placed: Readonly<Record<string, Point>>,
): ['l' | 'r', 'l' | 'r'] {
  const fromSide = sideOf.get(link.from);
  const toSide = sideOf.get(link.to);
  const facing = (side: Side | undefined) => (side === 'supplier' ? 'r' : 'l');
  if (fromSide !== toSide) return [facing(fromSide), facing(toSide)];
  const a = placed[link.from];
  const b = placed[link.to];
  const outer = fromSide === 'supplier' ? 'l' : 'r';
  if (!a || !b || Math.abs(b.x - a.x) < NODE_WIDTH / 2) return [outer, outer];
  return b.x > a.x ? ['r', 'l'] : ['l', 'r'];
}

/** The shapes of every link between two people on the map. */
export function edgeShapes(
  people: readonly Person[],
  links: readonly Link[],
  placed: Readonly<Record<string, Point>>,
): EdgeShape[] {
  const sideOf = new Map(people.map((p) => [p.id, p.side]));
  const names = new Map(people.map((p) => [p.id, personName(p)]));
  const shapes: EdgeShape[] = [];
  for (const link of links) {
    if (!sideOf.has(link.from) || !sideOf.has(link.to)) continue;
    const contact = sideOf.get(link.from) !== sideOf.get(link.to);
    const strength = strengthOf(link);
    const oneSided = !isReciprocated(link);
    const [fromHandle, toHandle] = handlesOf(link, sideOf, placed);
    shapes.push({
      id: link.id,
      from: link.from,
      to: link.to,
      fromHandle,
      toHandle,
      contact,
      strength,
      oneSided,
      label: `${contact ? 'Contact' : 'Internal link'} between ${names.get(link.from)} and ${names.get(link.to)}, strength ${strength}${oneSided ? ', one-sided' : ''}`,
    });
  }
  return shapes;
}
