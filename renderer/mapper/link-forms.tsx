import { useId, useState, type FormEvent } from 'react';
import {
  DEFAULT_STRENGTH,
  isReciprocated,
  levelLabels,
  LinkStrength,
  linkStrengths,
  personName,
  sideLabels,
  strengthLabels,
  strengthOf,
  type Link,
  type Person,
} from '../../shared/domain/contact-map';
import { linkBetween } from './map-edits';
import type { ContactMapAnswer } from '../../shared/kinds/contact-map';
import { SelectField } from './select-field';
import './map-panel.css';

/** A person as the link selects list them: name, side and level, so namesakes differ. */
function optionLabel(person: Person): string {
  return `${personName(person)} — ${sideLabels[person.side]}, ${levelLabels[person.level]}`;
}

function StrengthSelect({
  value,
  onChange,
}: {
  value: LinkStrength;
  onChange(s: LinkStrength): void;
}) {
  return (
    <SelectField
      label="Strength"
      value={value}
      onChange={(v) => onChange(LinkStrength.parse(Number(v)))}
    >
      {linkStrengths.map((s) => (
        <option key={s} value={s}>
          {strengthLabels[s]}
        </option>
      ))}
    </SelectField>
  );
}

interface LinkPeopleFormProps {
  map: ContactMapAnswer;
  onSubmit(from: string, to: string, options: Pick<Link, 'strength' | 'reciprocated'>): void;
  onCancel(): void;
}

/** "Link two people": the keyboard's way to draw a line. */
export function LinkPeopleForm({ map, onSubmit, onCancel }: LinkPeopleFormProps) {
  const [from, setFrom] = useState(map.people[0]?.id ?? '');
  const [to, setTo] = useState(map.people[1]?.id ?? '');
  const [strength, setStrength] = useState<LinkStrength>(DEFAULT_STRENGTH);
  const [oneSided, setOneSided] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!from || !to) return setError('Add at least two people first.');
    if (from === to) return setError('Choose two different people.');
    if (linkBetween(map, from, to)) return setError('These two are already linked.');
    setError(null);
    onSubmit(from, to, { strength, reciprocated: !oneSided });
    setOneSided(false);
  }

  const select = (label: string, value: string, onChange: (v: string) => void, first = false) => (
    <SelectField
      label={label}
      value={value}
      autoFocus={first}
      describedBy={error ? errorId : undefined}
      onChange={onChange}
    >
      {map.people.map((p) => (
        <option key={p.id} value={p.id}>
          {optionLabel(p)}
        </option>
      ))}
    </SelectField>
  );

  return (
    <form className="map-form" onSubmit={submit} aria-label="Link two people">
      {select('From', from, setFrom, true)}
      {select('To', to, setTo)}
      <StrengthSelect value={strength} onChange={setStrength} />
      <label className="map-check">
        <input
          type="checkbox"
          checked={oneSided}
          onChange={(e) => setOneSided(e.currentTarget.checked)}
        />
        One-sided (not reciprocated)
      </label>
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="map-form__actions">
        <button type="submit" className="button button--primary">
          Add link
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Close
        </button>
      </div>
    </form>
  );
}

interface LinkEditorProps {
  link: Link;
  people: readonly Person[];
  onChange(change: Pick<Link, 'strength' | 'reciprocated'>): void;
  onDelete(): void;
  onClose(): void;
}

/** The selected line: its strength, whether it is reciprocated, and deleting it. */
export function LinkEditor({ link, people, onChange, onDelete, onClose }: LinkEditorProps) {
  const from = people.find((p) => p.id === link.from);
  const to = people.find((p) => p.id === link.to);
  const contact = from?.side !== to?.side;
  return (
    <div className="map-form" role="group" aria-label="Edit link">
      <p className="map-form__lead">
        {contact ? 'Contact' : 'Internal link'} between{' '}
        <strong>{from ? personName(from) : '?'}</strong> and{' '}
        <strong>{to ? personName(to) : '?'}</strong>
      </p>
      <StrengthSelect value={strengthOf(link)} onChange={(strength) => onChange({ strength })} />
      <label className="map-check">
        <input
          type="checkbox"
          checked={!isReciprocated(link)}
          onChange={(e) => onChange({ reciprocated: !e.currentTarget.checked })}
        />
        One-sided (not reciprocated)
      </label>
      <div className="map-form__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
        <button type="button" className="button button--ghost map-form__delete" onClick={onDelete}>
          Delete link
        </button>
      </div>
    </div>
  );
}
