import { useEffect, useRef, useState } from 'react';
import { TOP_COUNT } from '../../../shared/domain/top-three';
import type { TopPick } from '../../../shared/kinds/top-three';
import { CloseIcon, DownIcon, GripIcon, UpIcon } from '../../components/icons';
import { singleClick } from '../../components/single-click';

interface PickListProps {
  picks: readonly TopPick[];
  /** Names the list for screen readers, e.g. "Globex’s top three". */
  label: string;
  onMove(id: string, toIndex: number): void;
  onRemove(id: string): void;
  /** Where focus goes when the last pick is removed. */
  onEmptied(): void;
}

/** Which control should have focus once the list has re-rendered. */
type FocusTarget = { id: string; control: 'up' | 'down' | 'remove' } | null;

/** One side's picks in rank order, with open slots up to three; reordered by buttons or by drag. */
export function PickList({ picks, label, onMove, onRemove, onEmptied }: PickListProps) {
  const list = useRef<HTMLOListElement>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);

  // A moved row is re-inserted in the DOM, which drops focus: put it back on the same control,
  // or on its other arrow when it has reached the top or the bottom.
  useEffect(() => {
    if (!focusTarget || !list.current) return;
    const row = list.current.querySelector(`[data-pick-id="${focusTarget.id}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-control="${focusTarget.control}"]`);
    const fallback = row?.querySelector<HTMLButtonElement>('[data-control]:not(:disabled)');
    (wanted && !wanted.disabled ? wanted : fallback)?.focus();
    setFocusTarget(null);
  }, [focusTarget, picks]);

  function move(id: string, index: number, control: 'up' | 'down') {
    onMove(id, index);
    setFocusTarget({ id, control });
  }

  function remove(index: number) {
    const next = picks[index + 1] ?? picks[index - 1];
    onRemove(picks[index]!.id);
    if (next) setFocusTarget({ id: next.id, control: 'remove' });
    else onEmptied();
  }

  function drop(index: number) {
    if (dragId) onMove(dragId, Math.min(index, picks.length - 1));
    setDragId(null);
    setDropIndex(null);
  }

  const openSlots = Array.from(
    { length: TOP_COUNT - picks.length },
    (_, i) => picks.length + i + 1,
  );

  return (
    <ol ref={list} className="pick-list" aria-label={label}>
      {picks.map((pick, index) => (
        <li
          key={pick.id}
          data-pick-id={pick.id}
          className={`pick${dragId === pick.id ? ' pick--dragging' : ''}${dropIndex === index && dragId !== pick.id ? ' pick--drop' : ''}`}
          draggable
          onDragStart={(event) => {
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', pick.text);
            setDragId(pick.id);
          }}
          onDragEnd={() => {
            setDragId(null);
            setDropIndex(null);
          }}
          onDragOver={(event) => {
            if (!dragId) return;
            event.preventDefault();
            setDropIndex(index);
          }}
          onDrop={(event) => {
            event.preventDefault();
            drop(index);
          }}
        >
          <span className="pick__grip" aria-hidden="true">
            <GripIcon />
          </span>
          <span className="rank-badge" aria-hidden="true">
            {index + 1}
          </span>
          <span className="pick__text">
            <span className="visually-hidden">No. {index + 1}: </span>
            {pick.text}
          </span>
          <span className="pick__actions">
            <button
              type="button"
              className="icon-button"
              data-control="up"
              aria-label={`Move ${pick.text} up`}
              disabled={index === 0}
              onClick={() => move(pick.id, index - 1, 'up')}
            >
              <UpIcon />
            </button>
            <button
              type="button"
              className="icon-button"
              data-control="down"
              aria-label={`Move ${pick.text} down`}
              disabled={index === picks.length - 1}
              onClick={() => move(pick.id, index + 1, 'down')}
            >
              <DownIcon />
            </button>
            <button
              type="button"
              className="icon-button icon-button--danger"
              data-control="remove"
              aria-label={`Remove ${pick.text}`}
              onClick={singleClick(() => remove(index))}
            >
              <CloseIcon />
            </button>
          </span>
        </li>
      ))}
      {openSlots.map((rank) => (
        <li
          key={`open-${rank}`}
          className="pick pick--open"
          onDragOver={(event) => {
            if (dragId) event.preventDefault();
          }}
          onDrop={(event) => {
            event.preventDefault();
            drop(picks.length - 1);
          }}
        >
          <span className="rank-badge rank-badge--open" aria-hidden="true">
            {rank}
          </span>
          <span className="pick__text">
            <span className="visually-hidden">No. {rank}: </span>open
          </span>
        </li>
      ))}
    </ol>
  );
}
