import { MAX_ANSWER_CHARS } from '../../../shared/kinds/answer-text';
import { useId, useRef, useState, type Ref } from 'react';
import type { ExerciseLetter } from '../../../shared/exercises/letters';
import type { ListItem } from '../../../shared/kinds/list';
import { PlusIcon } from '../../components/icons';

interface PickAdderProps {
  /** The letter of the list exercise the picks come from. */
  sourceLetter: ExerciseLetter;
  /** The source list's items not picked yet. */
  choices: readonly ListItem[];
  /** Its box, whose first field gets focus when the last pick is removed. */
  rootRef: Ref<HTMLDivElement>;
  onAdd(text: string, sourceItemId: string | null): void;
}

/** Adds a pick: chosen from the learner's A or B list, or typed anew and entered. */
export function PickAdder({ sourceLetter, choices, rootRef, onAdd }: PickAdderProps) {
  const [chosen, setChosen] = useState('');
  const [typed, setTyped] = useState('');
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const selected = choices.find((item) => item.id === chosen);

  return (
    <div ref={rootRef} className="pick-adder">
      {choices.length > 0 && (
        <div className="pick-adder__row">
          <div className="field pick-adder__field">
            <label htmlFor={`${id}-choose`} className="field__label">
              Choose from your {sourceLetter} list
            </label>
            <select
              ref={select}
              id={`${id}-choose`}
              className="input input--select"
              value={selected ? chosen : ''}
              onChange={(event) => setChosen(event.target.value)}
            >
              <option value="">— choose —</option>
              {choices.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.text}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button--secondary"
            disabled={!selected}
            onClick={() => {
              if (!selected) return;
              onAdd(selected.text, selected.id);
              setChosen('');
              // The Add button is disabled until the next choice: go back to choosing.
              select.current?.focus();
            }}
          >
            <PlusIcon />
            Add
          </button>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-type`} className="field__label">
          Or type a new one
        </label>
        <input
          id={`${id}-type`}
          className="input"
          value={typed}
          maxLength={MAX_ANSWER_CHARS}
          autoComplete="off"
          aria-describedby={`${id}-type-hint`}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || typed.trim() === '') return;
            event.preventDefault();
            onAdd(typed, null);
            setTyped('');
          }}
        />
        <span id={`${id}-type-hint`} className="field__hint">
          Press Enter to add it.
        </span>
      </div>
    </div>
  );
}
