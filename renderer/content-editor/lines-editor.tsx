import { useEffect, useId, useRef, useState } from 'react';
import { MAX_CONTENT_LINE_CHARS, MAX_POINTS } from '../../shared/content/content-changes';
import { PlusIcon, TrashIcon } from '../components/icons';
import { useFieldError } from './content-error';
import { MoveButtons } from './move-buttons';

/** How a line is read, changed and made: a plain string, or a model item with its id. */
export interface LineKind<T> {
  textOf(line: T): string;
  withText(line: T, text: string): T;
  create(): T;
}

/** Lines that are plain strings: questions, points. */
export const stringLines: LineKind<string> = {
  textOf: (line) => line,
  withText: (_line, text) => text,
  create: () => '',
};

interface LinesEditorProps<T> {
  /** The group's name: "Questions", "Points". */
  legend: string;
  /** One line's name, for its controls: "question", "point". */
  noun: string;
  lines: readonly T[];
  kind: LineKind<T>;
  /** Where the lines sit in the changes; a line's problem is at `${path}[i]` + `suffix`. */
  path: string;
  /** What follows a line's index in an error's path: ".text" for model items. */
  pathSuffix?: string;
  /** At least one line is needed (an exercise's questions). */
  required?: boolean;
  onChange(lines: T[]): void;
}

/**
 * Lines the trainer writes (questions, points, model items): each editable, movable up and
 * down, removable; one more added at the end. Keyboard-complete: every action is a button.
 */
export function LinesEditor<T>(props: LinesEditorProps<T>) {
  const { legend, noun, lines, kind, path, pathSuffix = '', required = false, onChange } = props;
  const id = useId();
  const list = useRef<HTMLOListElement>(null);
  const [focusLine, setFocusLine] = useState<{ index: number; part: string } | null>(null);
  const groupError = useFieldError(path);

  useEffect(() => {
    if (!focusLine) return;
    const row = list.current?.children[focusLine.index];
    row?.querySelector<HTMLElement>(`[data-part="${focusLine.part}"]`)?.focus();
    setFocusLine(null);
  }, [focusLine]);

  const set = (index: number, text: string) =>
    onChange(lines.map((line, i) => (i === index ? kind.withText(line, text) : line)));
  const move = (index: number, to: number) => {
    const next = [...lines];
    [next[index], next[to]] = [next[to]!, next[index]!];
    onChange(next);
    setFocusLine({ index: to, part: to < index ? 'up' : 'down' });
  };
  const remove = (index: number) => {
    onChange(lines.filter((_, i) => i !== index));
    if (lines.length > 1) setFocusLine({ index: Math.max(0, index - 1), part: 'text' });
    else list.current?.parentElement?.querySelector<HTMLElement>('[data-part="add"]')?.focus();
  };

  return (
    <fieldset className="lines-editor">
      <legend className="field__label">{legend}</legend>
      {groupError && <p className="field__error">{groupError}</p>}
      <ol ref={list} className="lines-editor__list">
        {lines.map((line, index) => (
          <Line
            key={index}
            id={`${id}-${index}`}
            label={`${noun[0]?.toUpperCase()}${noun.slice(1)} ${index + 1}`}
            text={kind.textOf(line)}
            path={`${path}[${index}]${pathSuffix}`}
            first={index === 0}
            last={index === lines.length - 1}
            removable={!required || lines.length > 1}
            onEdit={(text) => set(index, text)}
            onMove={(by) => move(index, index + by)}
            onRemove={() => remove(index)}
          />
        ))}
      </ol>
      <button
        type="button"
        className="button button--ghost lines-editor__add"
        data-part="add"
        disabled={lines.length >= MAX_POINTS}
        onClick={() => {
          onChange([...lines, kind.create()]);
          setFocusLine({ index: lines.length, part: 'text' });
        }}
      >
        <PlusIcon /> Add a {noun}
      </button>
    </fieldset>
  );
}

interface LineProps {
  id: string;
  label: string;
  text: string;
  path: string;
  first: boolean;
  last: boolean;
  removable: boolean;
  onEdit(text: string): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

function Line({
  id,
  label,
  text,
  path,
  first,
  last,
  removable,
  onEdit,
  onMove,
  onRemove,
}: LineProps) {
  const error = useFieldError(path);
  return (
    <li className="lines-editor__line">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        className="input input--line"
        data-part="text"
        rows={1}
        value={text}
        maxLength={MAX_CONTENT_LINE_CHARS}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onEdit(e.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
      />
      <MoveButtons name={label.toLowerCase()} first={first} last={last} onMove={onMove}>
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={`Remove ${label.toLowerCase()}`}
          title="Remove"
          disabled={!removable}
          onClick={onRemove}
        >
          <TrashIcon />
        </button>
      </MoveButtons>
      {error && (
        <p id={`${id}-error`} className="field__error lines-editor__error">
          {error}
        </p>
      )}
    </li>
  );
}
