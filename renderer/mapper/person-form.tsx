import { useId, useRef, useState, type FormEvent } from 'react';
import {
  levelLabels,
  levels,
  MAX_DEPARTMENT_CHARS,
  MAX_PERSON_NAME_CHARS,
  sideLabels,
  sides,
  type Level,
  type Side,
} from '../../shared/domain/contact-map';
import { departmentSuggestions } from '../../shared/format/domain-colours';
import { kamBlockReason, type PersonFields } from './map-edits';
import { SelectField } from './select-field';
import type { ContactMapAnswer } from '../../shared/kinds/contact-map';
import './map-panel.css';

interface PersonFormProps {
  map: ContactMapAnswer;
  /** The person edited; absent when adding. */
  editing?: { id: string; fields: PersonFields };
  /** Where a new person starts. */
  initial?: Partial<PersonFields>;
  onSubmit(fields: PersonFields): void;
  onCancel(): void;
  onDelete?(): void;
}

/** The side panel's form to add a person or edit (and move) the selected one. */
export function PersonForm({
  map,
  editing,
  initial,
  onSubmit,
  onCancel,
  onDelete,
}: PersonFormProps) {
  const [blank] = useState<PersonFields>(() => ({
    side: initial?.side ?? 'supplier',
    level: initial?.level ?? 'middle',
    department: '',
    name: '',
    title: '',
    isKeyAccountManager: false,
  }));
  // Only what the user changed is held here: the rest shows the person as the map has them now,
  // so a move on the canvas or an undo shows in the open form and is not undone by saving it.
  const [changed, setChanged] = useState<Partial<PersonFields>>({});
  const fields: PersonFields = { ...(editing?.fields ?? blank), ...changed };
  const [departmentError, setDepartmentError] = useState(false);
  const id = useId();
  const firstField = useRef<HTMLSelectElement>(null);
  const kamBlocked = kamBlockReason(map, fields, editing?.id);
  const set = (change: Partial<PersonFields>) => setChanged((c) => ({ ...c, ...change }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = fields.department.trim() === '';
    setDepartmentError(missing);
    if (missing) {
      document.getElementById(`${id}-department`)?.focus();
      return;
    }
    if (kamBlocked) {
      document.getElementById(`${id}-kam`)?.focus();
      return;
    }
    onSubmit(fields);
    if (editing) {
      setChanged({});
    } else {
      // The form stays open for the next person, usually in the same band.
      setChanged({ side: fields.side, level: fields.level });
      firstField.current?.focus();
    }
  }

  return (
    <form
      className="map-form"
      onSubmit={submit}
      aria-label={editing ? 'Edit person' : 'Add person'}
    >
      <div className="map-form__pair">
        <SelectField
          label="Side"
          value={fields.side}
          selectRef={firstField}
          autoFocus={!editing}
          onChange={(side) => set({ side: side as Side })}
        >
          {sides.map((s) => (
            <option key={s} value={s}>
              {sideLabels[s]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Level"
          value={fields.level}
          onChange={(level) => set({ level: level as Level })}
        >
          {levels.map((l) => (
            <option key={l} value={l}>
              {levelLabels[l]}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-department`}>
          Department
        </label>
        <input
          id={`${id}-department`}
          className="input"
          list={`${id}-departments`}
          value={fields.department}
          maxLength={MAX_DEPARTMENT_CHARS}
          aria-invalid={departmentError}
          aria-describedby={departmentError ? `${id}-department-error` : undefined}
          onChange={(e) => set({ department: e.currentTarget.value })}
        />
        <datalist id={`${id}-departments`}>
          {departmentSuggestions.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
        {departmentError && (
          <p id={`${id}-department-error`} className="field__error">
            Choose or type a department.
          </p>
        )}
      </div>
      <label className="field">
        <span className="field__label">Name</span>
        <input
          className="input"
          value={fields.name ?? ''}
          maxLength={MAX_PERSON_NAME_CHARS}
          onChange={(e) => set({ name: e.currentTarget.value })}
        />
      </label>
      <label className="field">
        <span className="field__label">Title</span>
        <input
          className="input"
          value={fields.title ?? ''}
          maxLength={MAX_PERSON_NAME_CHARS}
          onChange={(e) => set({ title: e.currentTarget.value })}
        />
      </label>
      <div className="field">
        <label className="map-check">
          <input
            id={`${id}-kam`}
            type="checkbox"
            checked={fields.isKeyAccountManager ?? false}
            aria-describedby={kamBlocked ? `${id}-kam-why` : undefined}
            aria-invalid={kamBlocked ? true : undefined}
            onChange={(e) => set({ isKeyAccountManager: e.currentTarget.checked })}
          />
          Key account manager
        </label>
        {kamBlocked && (
          <p id={`${id}-kam-why`} className="field__error" role="status">
            {kamBlocked}
          </p>
        )}
      </div>
      <div className="map-form__actions">
        <button type="submit" className="button button--primary">
          {editing ? 'Save changes' : 'Add person'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Close
        </button>
        {onDelete && (
          <button
            type="button"
            className="button button--ghost map-form__delete"
            onClick={onDelete}
          >
            Delete person
          </button>
        )}
      </div>
    </form>
  );
}
