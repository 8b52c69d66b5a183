import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { PersonNode } from './flow-elements';
import { PersonCardTexts, personCardClass } from './person-card';
import { countPersonRender } from './render-counter';

/**
 * One person's card: name, title, department chip, KAM badge, a dot on each side to draw links
 * from, and the whole card as the place to drop a link on (see map-canvas.css: it takes the
 * pointer only while a link is being drawn). Declared once at module level and memoized, so
 * React Flow re-renders a card only when its own node changes.
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
      <Handle
        type="source"
        position={Position.Left}
        id="l"
        className="person-node__dot"
        isConnectable={isConnectable}
      />
      <PersonCardTexts person={person} />
      <Handle
        type="source"
        position={Position.Right}
        id="r"
        className="person-node__dot"
        isConnectable={isConnectable}
      />
      <Handle
        type="target"
        position={Position.Left}
        id="card"
        className="person-node__drop"
        isConnectable={isConnectable}
        isConnectableStart={false}
      />
    </div>
  );
});
