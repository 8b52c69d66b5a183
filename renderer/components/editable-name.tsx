import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { Result } from '../../shared/api/errors';
import { PencilIcon } from './icons';
import { NameForm } from './name-form';

interface EditableNameProps {
  /** What the name belongs to, for accessible names: "participant", "account". */
  kind: string;
  name: string;
  onRename(name: string): Promise<Result<unknown>>;
  schema?: z.ZodType<string, string>;
  /** How the name looks when not editing (defaults to plain text). */
  children?: ReactNode;
}

/** A name with a Rename button that turns it into a field in place. */
export function EditableName({ kind, name, onRename, schema, children }: EditableNameProps) {
  const [editing, setEditing] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Focus goes back where the user started, once React has shown the button again.
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    renameButton.current?.focus();
  }, [editing]);

  function finish() {
    returnFocus.current = true;
    setEditing(false);
  }

  if (editing) {
    return (
      <NameForm
        className="name-form--inline"
        label={`New name for ${kind} ${name}`}
        initialValue={name}
        submitLabel="Save"
        autoFocus
        schema={schema}
        onSubmit={async (value) => {
          const result =
            value === name ? { ok: true as const, value: null } : await onRename(value);
          if (result.ok) finish();
          return result;
        }}
        onCancel={finish}
      />
    );
  }

  return (
    <div className="editable-name">
      {children ?? <span className="editable-name__text">{name}</span>}
      <button
        ref={renameButton}
        type="button"
        className="icon-button"
        aria-label={`Rename ${kind} ${name}`}
        title="Rename"
        onClick={() => setEditing(true)}
      >
        <PencilIcon />
      </button>
    </div>
  );
}
