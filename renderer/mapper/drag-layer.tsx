import { memo } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { NODE_HEIGHT, NODE_WIDTH, type Point } from '../../shared/domain/contact-map-layout';
import type { Person } from '../../shared/domain/contact-map';
import { EdgeLayer } from './edge-layer';
import type { EdgeShape } from './flow-elements';
import { PersonCardTexts, personCardClass } from './person-card';
import { countPersonRender } from './render-counter';
import './map-lines.css';

/** Where the dragged card is at this moment: written on every drag frame, read by one layer. */
export type DragPosition = StoreApi<{ at: Point | null }>;

export const createDragPosition = (): DragPosition => createStore(() => ({ at: null }));

/** The card being dragged, as the drag layer draws it. */
export interface DraggedPerson {
  person: Person;
  highlighted: boolean;
}

interface DraggedCardProps extends DraggedPerson {
  at: Point;
}

/** The dragged card itself, lifted above the map and following the pointer. */
function DraggedCard({ person, highlighted, at }: DraggedCardProps) {
  countPersonRender();
  return (
    <div
      className="dragged-card"
      style={{
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        transform: `translate(${at.x}px, ${at.y}px)`,
      }}
    >
      <div className={personCardClass(person, { highlighted, selected: true, lifted: true })}>
        <PersonCardTexts person={person} />
      </div>
    </div>
  );
}

interface DragLayerProps {
  dragged: DraggedPerson;
  /** The dragged person's lines. */
  lines: readonly EdgeShape[];
  placed: Readonly<Record<string, Point>>;
  position: DragPosition;
}

/**
 * A dragged card and its lines, drawn above the map in layers of their own. Only this layer
 * follows the pointer: React Flow's cards stay where the map has them until the drop is
 * committed, so a drag frame neither updates the flow's store (and every card's subscription
 * to it) nor repaints the layer that holds the rest of the map.
 */
export const DragLayer = memo(function DragLayer({
  dragged,
  lines,
  placed,
  position,
}: DragLayerProps) {
  const at = useStore(position, (s) => s.at);
  if (!at) return null;
  return (
    <>
      {lines.length > 0 && (
        <EdgeLayer
          className="edge-layer--moving"
          shapes={lines}
          at={placed}
          moved={{ id: dragged.person.id, at }}
          selectedId={null}
        />
      )}
      <DraggedCard person={dragged.person} highlighted={dragged.highlighted} at={at} />
    </>
  );
});
