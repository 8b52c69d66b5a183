import { memo } from 'react';
import { personName, type Person } from '../../shared/domain/contact-map';
import { departmentColour } from '../../shared/format/domain-colours';
import { CLIPPED_CLASS, useClippedTexts } from './use-clipped-texts';
import './department-chip.css';
import './person-card.css';

const hasTitleLine = (person: Person) => Boolean(person.name?.trim() && person.title?.trim());

/** The classes of a person's card: side, KAM, a title line, and how it is marked. */
export function personCardClass(
  person: Person,
  marks: { highlighted: boolean; selected: boolean; lifted?: boolean },
): string {
  return [
    'person-card',
    `person-card--${person.side}`,
    person.isKeyAccountManager ? 'person-card--kam' : '',
    hasTitleLine(person) ? 'person-card--titled' : '',
    marks.highlighted ? 'person-card--central' : '',
    marks.selected ? 'person-card--selected' : '',
    marks.lifted ? 'person-card--lifted' : '',
  ].join(' ');
}

/**
 * What a card says: name, title, department chip and KAM badge. Memoized on the person, so
 * neither a card's hover state nor a drag frame draws its texts again.
 */
export const PersonCardTexts = memo(function PersonCardTexts({ person }: { person: Person }) {
  const name = personName(person);
  const title = hasTitleLine(person) ? (person.title ?? '') : '';
  const department = person.department || 'No department';
  // The KAM badge narrows the chip's room, so it is measured again when the flag changes.
  const kam = person.isKeyAccountManager ? 'kam' : '';
  const [textRefs, clipped] = useClippedTexts([name, title, department, kam]);
  // A clipped text shows whole in a tooltip; screen readers hear the card's label.
  const clip = (on: boolean, base: string, text: string) =>
    on ? { className: `${base} ${CLIPPED_CLASS}`, title: text } : { className: base };
  return (
    <>
      <div className="person-card__head">
        <span ref={textRefs.name} {...clip(clipped.name, 'person-card__name', name)}>
          {name}
        </span>
        {person.isKeyAccountManager && <span className="person-card__kam">KAM</span>}
      </div>
      {title && (
        <div ref={textRefs.title} {...clip(clipped.title, 'person-card__title', title)}>
          {title}
        </div>
      )}
      <span
        ref={textRefs.department}
        {...clip(clipped.department, 'dept-chip', department)}
        style={{ backgroundColor: departmentColour(person.department) }}
      >
        {department}
      </span>
    </>
  );
});
