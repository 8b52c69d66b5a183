import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { NODE_HEIGHT, NODE_WIDTH, type Point } from '../../shared/domain/contact-map-layout';
import type { EdgeShape, MapSelection } from './flow-elements';
import { keepFocusBeside } from './keep-focus';
import './map-lines.css';

/** What the lines do when clicked or pressed; absent on a read-only map. */
export interface EdgeActions {
  select(selection: MapSelection): void;
  remove(selection: NonNullable<MapSelection>): void;
}

interface EdgePathProps {
  shape: EdgeShape;
  /** The path drawn: the shape's route, or a dragged card's line to where it is now. */
  d: string;
  selected: boolean;
  actions?: EdgeActions;
}

function sameShape(a: EdgeShape, b: EdgeShape): boolean {
  return (
    a === b ||
    (a.id === b.id &&
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
    a.d === b.d &&
    sameShape(a.shape, b.shape)
  );
}

/** One line along its route, with a wide invisible hit area. */
const EdgePath = memo(function EdgePath({ shape, d, selected, actions }: EdgePathProps) {
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
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') actions.select({ kind: 'link', id: shape.id });
    else if (event.key === 'Delete' || event.key === 'Backspace') {
      keepFocusBeside(event.currentTarget);
      actions.remove({ kind: 'link', id: shape.id });
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <g
      className={className}
      data-id={shape.id}
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

/** A card away from its saved place: the one being dragged, by its top-left corner. */
export interface MovedCard {
  id: string;
  at: Point;
}

/**
 * A dragged card's line, straight from the card where it is now to where the line meets the
 * card at its other end: the route is laid out again when the card is dropped.
 */
function movedPath(shape: EdgeShape, moved: MovedCard): string {
  const fixed = shape.from === moved.id ? shape.end : shape.start;
  const middle = moved.at.x + NODE_WIDTH / 2;
  const x = fixed.x < middle ? moved.at.x : moved.at.x + NODE_WIDTH;
  return `M${x},${moved.at.y + NODE_HEIGHT / 2} L${fixed.x},${fixed.y}`;
}

interface EdgeLayerProps {
  shapes: readonly EdgeShape[];
  /** The canvas's size. */
  width: number;
  height: number;
  moved?: MovedCard;
  selectedId: string | null;
  actions?: EdgeActions;
  className?: string;
}

/**
 * The map's lines in one SVG layer, drawn in canvas coordinates inside the viewport. Lines are
 * focusable buttons when the map can be edited. Under the cards: the layout runs every line
 * along the streets between them, so none passes behind a card.
 */
export const EdgeLayer = memo(function EdgeLayer(props: EdgeLayerProps) {
  const { moved } = props;
  return (
    <svg
      className={`edge-layer ${props.className ?? ''}`}
      width={props.width}
      height={props.height}
      aria-label={props.actions ? 'Links' : undefined}
      role={props.actions ? 'group' : undefined}
      aria-hidden={props.actions ? undefined : true}
    >
      {props.shapes.map((shape) => (
        <EdgePath
          key={shape.id}
          shape={shape}
          d={moved ? movedPath(shape, moved) : shape.d}
          selected={shape.id === props.selectedId}
          actions={props.actions}
        />
      ))}
    </svg>
  );
});
