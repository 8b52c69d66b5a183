import { MAX_ANSWER_CHARS } from '../../../shared/kinds/answer-text';
import {
  useLayoutEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { splitPastedLines } from '../../../shared/domain/list';
import { PlusIcon } from '../../components/icons';
import { singleClick } from '../../components/single-click';

interface AddItemFieldProps {
  /** Accessible name of the field, e.g. "Add an idea". */
  label: string;
  placeholder: string;
  onAdd(texts: string[]): void;
  /** The list moves focus here after a delete at its end, and after Enter in an item. */
  inputRef: RefObject<HTMLInputElement | null>;
}

/** The field under a list: Enter adds what was typed; a pasted list adds one item per line. */
export function AddItemField({ label, placeholder, onAdd, inputRef }: AddItemFieldProps) {
  const [text, setText] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  // Where the Add button was on screen when it was clicked, to keep it there.
  const clickedAt = useRef<number | null>(null);

  // The new row appears where the field was and pushes it down: the page scrolls with it, so
  // the button stays under the pointer and a second click cannot land on the new row.
  useLayoutEffect(() => {
    const before = clickedAt.current;
    clickedAt.current = null;
    if (before === null || !button.current) return;
    window.scrollBy({
      top: button.current.getBoundingClientRect().top - before,
      behavior: 'instant',
    });
  });

  function add() {
    if (text.trim() === '') return;
    onAdd([text]);
    setText('');
    // After a click on Add, the next idea can be typed straight away.
    inputRef.current?.focus({ preventScroll: true });
  }

  const clickAdd = singleClick(() => {
    if (text.trim() !== '') clickedAt.current = button.current?.getBoundingClientRect().top ?? null;
    add();
  });

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    add();
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const lines = splitPastedLines(event.clipboardData.getData('text/plain'));
    // One line is ordinary typing help: let the browser put it in the field.
    if (lines.length < 2) return;
    event.preventDefault();
    onAdd(lines);
  }

  return (
    <div className="list-add">
      <input
        ref={inputRef}
        className="input list-add__input"
        aria-label={label}
        placeholder={placeholder}
        value={text}
        maxLength={MAX_ANSWER_CHARS}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      <button ref={button} type="button" className="button button--secondary" onClick={clickAdd}>
        <PlusIcon /> Add
      </button>
    </div>
  );
}
