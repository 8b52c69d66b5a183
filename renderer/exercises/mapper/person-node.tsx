import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { departmentColour } from './departments';
import type { PersonNode } from './flow-elements';
import { personName } from './map-edits';
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
  const name = personName(person);
  const showTitle = Boolean(person.name?.trim() && person.title?.trim());
  const className = [
    'person-card',
    `person-card--${person.side}`,
    person.isKeyAccountManager ? 'person-card--kam' : '',
    showTitle ? 'person-card--titled' : '',
    highlighted ? 'person-card--central' : '',
    selected ? 'person-card--selected' : '',
  ].join(' ');
  return (
    <div className={className}>
      <Handle type="source" position={Position.Left} id="l" isConnectable={isConnectable} />
      <div className="person-card__head">
        <span className="person-card__name">{name}</span>
        {person.isKeyAccountManager && <span className="person-card__kam">KAM</span>}
      </div>
      {showTitle && <div className="person-card__title">{person.title}</div>}
      <span className="dept-chip" style={{ backgroundColor: departmentColour(person.department) }}>
        {person.department || 'No department'}
      </span>
      <Handle type="source" position={Position.Right} id="r" isConnectable={isConnectable} />
    </div>
  );
});
