import { Handle, Position, useStoreApi, type NodeProps } from '@xyflow/react';
import { memo, useState, type PointerEvent } from 'react';
import { flushSync } from 'react-dom';
import type { PersonNode } from './flow-elements';
import { PersonCardTexts, personCardClass } from './person-card';
import { countPersonRender } from './render-counter';

interface HandleProps {
  position: Position.Left | Position.Right;
  id: 'l' | 'r';
  nodeId: string;
  isConnectable: boolean;
}

/**
 * What a React Flow handle of this card draws when idle, without the handle's store
 * subscription: the same element, classes and data attributes, so React Flow measures it and
 * accepts it as the end of a connection. Hundreds of real handles would each run a selector on
 * every drag frame; the card swaps in real ones when the pointer comes to it.
 */
function HandleLook({ position, id, nodeId, isConnectable }: HandleProps) {
  // Read once, not subscribed to: the flow's id never changes.
  const rfId = useStoreApi().getState().rfId;
  const className = [
    'react-flow__handle',
    `react-flow__handle-${position}`,
    'nodrag',
    'nopan',
    'source',
    isConnectable ? 'connectable connectablestart connectableend connectionindicator' : '',
  ].join(' ');
  return (
    <div
      data-handleid={id}
      data-nodeid={nodeId}
      data-handlepos={position}
      data-id={`${rfId}-${nodeId}-${id}-source`}
      className={className}
    />
  );
}

/**
 * On a touch screen every card has real handles: a touch lands on the element under it before
 * the card can swap one in, so a swapped-in handle would miss the touch that starts a link.
 * Costlier on a very large map, but a finger must be able to draw a link first time.
 */
const touchScreen =
  typeof window !== 'undefined' && window.matchMedia?.('(any-pointer: coarse)').matches === true;

/**
 * One person's card: name, title, department chip, KAM badge, and a handle on each side to
 * draw links from. Declared once at module level and memoized, so React Flow re-renders a
 * card only when its own node changes.
 */
export const PersonNodeView = memo(function PersonNodeView({
  id,
  data,
  selected,
  isConnectable,
}: NodeProps<PersonNode>) {
  countPersonRender();
  // Real handles only on the card under the pointer (or selected): see HandleLook.
  const [pointerOver, setPointerOver] = useState(false);
  const live = touchScreen || pointerOver || selected;
  const { person, highlighted } = data;
  const className = personCardClass(person, { highlighted, selected });
  const onPointerEnter = () => {
    // Synchronously, so the press that follows lands on a real handle.
    if (!pointerOver) flushSync(() => setPointerOver(true));
  };
  const onPointerLeave = (event: PointerEvent) => {
    // A connection being drawn from this card keeps its handles until the button is released.
    if (event.buttons === 0) setPointerOver(false);
  };
  const handle = (position: Position.Left | Position.Right, handleId: 'l' | 'r') =>
    live ? (
      <Handle type="source" position={position} id={handleId} isConnectable={isConnectable} />
    ) : (
      <HandleLook position={position} id={handleId} nodeId={id} isConnectable={isConnectable} />
    );
  return (
    <div className={className} onPointerEnter={onPointerEnter} onPointerLeave={onPointerLeave}>
      {handle(Position.Left, 'l')}
      <PersonCardTexts person={person} />
      {handle(Position.Right, 'r')}
    </div>
  );
});
