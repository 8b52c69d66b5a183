import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { PersonNode } from './flow-elements';
import { PersonCardTexts, personCardClass } from './person-card';
import { countPersonRender } from './render-counter';

/**
 * One person's card: name, title, department chip, KAM badge, and a handle on each side to
 * draw links from. Declared once at module level and memoized, so React Flow re-renders a
 * card only when its own node changes.
 */
export const PersonNodeView = memo(function PersonNodeView({
  data,
  selected,
  isConnectable,
}: NodeProps<PersonNode>) {
  countPersonRender();
  const { person, highlighted } = data;
  return (
    <div className={personCardClass(person, { highlighted, selected })}>
      <Handle type="source" position={Position.Left} id="l" isConnectable={isConnectable} />
      <PersonCardTexts person={person} />
      <Handle type="source" position={Position.Right} id="r" isConnectable={isConnectable} />
    </div>
  );
});
