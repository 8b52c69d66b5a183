import { Position, getBezierPath } from '@xyflow/react';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import {
  CANVAS_HEIGHT,
  CANVAS_WIDTH,
  NODE_HEIGHT,
  NODE_WIDTH,
  type Point,
} from '../../shared/domain/contact-map-layout';
import type { EdgeShape, MapSelection } from './flow-elements';
import './map-lines.css';

/** What the lines do when clicked or pressed; absent on a read-only map. */
export interface EdgeActions {
  select(selection: MapSelection): void;
  remove(selection: NonNullable<MapSelection>): void;
}

interface EdgePathProps {
  shape: EdgeShape;
  from: Point;
  to: Point;
  selected: boolean;
  actions?: EdgeActions;
}

const anchor = (at: Point, handle: 'l' | 'r') => ({
  x: at.x + (handle === 'r' ? NODE_WIDTH : 0),
  y: at.y + NODE_HEIGHT / 2,
});

function sameShape(a: EdgeShape, b: EdgeShape): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.fromHandle === b.fromHandle &&
      a.toHandle === b.toHandle &&
      a.contact === b.contact &&
      a.strength === b.strength &&
      a.oneSided === b.oneSided &&
      a.label === b.label)
  );
}

/** Compared by value: the map is re-parsed and re-laid out after every change. */
function sameEdge(a: EdgePathProps, b: EdgePathProps): boolean {
  return (
    a.selected === b.selected &&
    a.actions === b.actions &&
    a.from.x === b.from.x &&
    a.from.y === b.from.y &&
    a.to.x === b.to.x &&
    a.to.y === b.to.y &&
    sameShape(a.shape, b.shape)
  );
}

/** One line: straight for a contact, curved for an internal link, with a wide invisible hit area. */
const EdgePath = memo(function EdgePath({ shape, from, to, selected, actions }: EdgePathProps) {
  const a = anchor(from, shape.fromHandle);
  const b = anchor(to, shape.toHandle);
  const d = shape.contact
    ? `M${a.x},${a.y} L${b.x},${b.y}`
    : getBezierPath({
        sourceX: a.x,
        sourceY: a.y,
        sourcePosition: shape.fromHandle === 'r' ? Position.Right : Position.Left,
        targetX: b.x,
        targetY: b.y,
        targetPosition: shape.toHandle === 'r' ? Position.Right : Position.Left,
      })[0];
  const className = [
    'map-edge',
    shape.contact ? 'map-edge--contact' : 'map-edge--internal',
    `map-edge--s${shape.strength}`,
    shape.oneSided ? 'map-edge--one-sided' : '',
    selected ? 'map-edge--selected' : '',
    actions ? 'nopan' : '',
  ].join(' ');
  if (!actions) {
    return (
      <g className={className}>
        <path className="map-edge__line" d={d} />
      </g>
    );
  }
  const select = (event: MouseEvent) => {
    // The pane beneath would otherwise take the click as "select nothing".
    event.stopPropagation();
    actions.select({ kind: 'link', id: shape.id });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') actions.select({ kind: 'link', id: shape.id });
    else if (event.key === 'Delete' || event.key === 'Backspace')
      actions.remove({ kind: 'link', id: shape.id });
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <g
      className={className}
      tabIndex={0}
      role="button"
      aria-label={shape.label}
      aria-pressed={selected}
      onClick={select}
      onKeyDown={onKeyDown}
    >
      <path className="map-edge__hit" d={d} />
      <path className="map-edge__line" d={d} />
    </g>
  );
}, sameEdge);

/** A card away from its saved place: the one being dragged. */
export interface MovedCard {
  id: string;
  at: Point;
}

interface EdgeLayerProps {
  shapes: readonly EdgeShape[];
  /** Where each card is saved. */
  at: Readonly<Record<string, Point>>;
  moved?: MovedCard;
  selectedId: string | null;
  actions?: EdgeActions;
  className?: string;
}

/**
 * Lines of the map in one SVG, drawn from the cards' positions and fixed sizes rather than as
 * React Flow edges: hundreds of edge components would each read the flow's store on every
 * drag frame, and each would be a separate layer for the browser to composite.
 */
export const EdgeLayer = memo(function EdgeLayer(props: EdgeLayerProps) {
  return (
    <svg
      className={`edge-layer ${props.className ?? ''}`}
      width={CANVAS_WIDTH}
      height={CANVAS_HEIGHT}
      aria-label={props.actions ? 'Links' : undefined}
      role={props.actions ? 'group' : undefined}
      aria-hidden={props.actions ? undefined : true}
    >
      {props.shapes.map((shape) => {
        const { at, moved } = props;
        const from = shape.from === moved?.id ? moved.at : at[shape.from];
        const to = shape.to === moved?.id ? moved.at : at[shape.to];
        if (!from || !to) return null;
        return (
          <EdgePath
            key={shape.id}
            shape={shape}
            from={from}
            to={to}
            selected={shape.id === props.selectedId}
            actions={props.actions}
          />
        );
      })}
    </svg>
  );
});
