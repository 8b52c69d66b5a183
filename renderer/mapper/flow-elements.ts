import type { Node } from '@xyflow/react';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  roundedPath,
  svgPath,
  type LinkRoute,
  type Point,
} from '../../shared/domain/contact-map-layout';
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
  /** Where it meets each card: the first and last corners of its route. */
  start: Point;
  end: Point;
  /** Its route as SVG path data. */
  d: string;
  contact: boolean;
  strength: 1 | 2 | 3;
  oneSided: boolean;
  label: string;
}

/** The shapes of every link the layout routed between two people on the map. */
export function edgeShapes(
  people: readonly Person[],
  links: readonly Link[],
  routes: readonly LinkRoute[],
): EdgeShape[] {
  const names = new Map(people.map((p) => [p.id, personName(p)]));
  const byId = new Map(links.map((link) => [link.id, link]));
  return routes.flatMap((route) => {
    const link = byId.get(route.id);
    if (!link) return [];
    const strength = strengthOf(link);
    const oneSided = !isReciprocated(link);
    return [
      {
        id: route.id,
        from: route.from,
        to: route.to,
        start: route.points[0]!,
        end: route.points.at(-1)!,
        d: svgPath(roundedPath(route.points)),
        contact: route.contact,
        strength,
        oneSided,
        label: `${route.contact ? 'Contact' : 'Internal link'} between ${names.get(route.from)} and ${names.get(route.to)}, strength ${strength}${oneSided ? ', one-sided' : ''}`,
      },
    ];
  });
}
