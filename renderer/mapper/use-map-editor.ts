import { useCallback, useMemo, useRef, useState } from 'react';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  bandOf,
  layoutContactMap,
  positionNear,
  type Point,
} from '../../shared/domain/contact-map-layout';
import {
  KAM_SIDE_RULE,
  levelLabels,
  levels,
  maySitOn,
  otherSide,
  personName,
} from '../../shared/domain/contact-map';
import type { MapSelection } from './flow-elements';
import type { BandStep, MapCanvasHandlers } from './map-canvas';
import { addLink, movePerson, pinned, placeAt, removeLink, removePerson } from './map-edits';
import { emptyHistory, recordChange, redoChange, undoChange, type MapHistory } from './map-history';
import type { ContactMapAnswer } from '../../shared/kinds/contact-map';

/** A message for the status line; `undo` offers to take back the change it reports. */
export interface MapNotice {
  text: string;
  undo?: boolean;
}

/**
 * The editor's state around the saved answer: undo/redo history, selection and the status
 * line, the map laid out, and the stable gesture handlers the canvas calls. The answer stays the
 * one source of truth: every change goes through `commit`, which records history and saves.
 */
export function useMapEditor(answer: ContactMapAnswer, onChange: (next: ContactMapAnswer) => void) {
  const layout = useMemo(() => layoutContactMap(answer, answer.positions), [answer]);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const [history, setHistory] = useState<MapHistory>(emptyHistory);
  const [selection, setSelection] = useState<MapSelection>(null);
  const [notice, setNotice] = useState<MapNotice | null>(null);
  // The person opened from the keyboard whose panel is still to take focus.
  const [panelFocus, setPanelFocus] = useState<string | null>(null);
  const panelFocused = useCallback(() => setPanelFocus(null), []);
  // Refs hold the latest values so the callbacks below never change identity, and two changes
  // in one event (connect, then select) each see the map the other left.
  const answerRef = useRef(answer);
  answerRef.current = answer;
  const historyRef = useRef(history);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const show = useCallback((map: ContactMapAnswer, next: MapHistory) => {
    historyRef.current = next;
    setHistory(next);
    answerRef.current = map;
    onChangeRef.current(map);
  }, []);

  const commit = useCallback(
    (map: ContactMapAnswer, message?: MapNotice) => {
      if (map === answerRef.current) return;
      show(map, recordChange(historyRef.current, answerRef.current));
      setNotice(message ?? null);
    },
    [show],
  );

  const undo = useCallback(() => {
    const step = undoChange(historyRef.current, answerRef.current);
    if (!step) return;
    show(step.map, step.history);
    setNotice({ text: 'Undone.' });
  }, [show]);

  const redo = useCallback(() => {
    const step = redoChange(historyRef.current, answerRef.current);
    if (!step) return;
    show(step.map, step.history);
    setNotice({ text: 'Redone.' });
  }, [show]);

  const handlers = useMemo<MapCanvasHandlers>(() => {
    const nameOf = (id: string) => {
      const p = answerRef.current.people.find((q) => q.id === id);
      return p ? personName(p) : 'Someone';
    };
    return {
      select: setSelection,
      open(id: string) {
        setSelection({ kind: 'person', id });
        setPanelFocus(id);
      },
      drop(id: string, at: Point) {
        const map = answerRef.current;
        const person = map.people.find((p) => p.id === id);
        if (!person) return;
        const { frame } = layoutRef.current;
        const dropped = bandOf(frame, { x: at.x + NODE_WIDTH / 2, y: at.y + NODE_HEIGHT / 2 });
        const kamBlocked = dropped !== null && !maySitOn(person, dropped.side);
        // Dropped outside the bands, or where the KAM may not sit: stays in their own band.
        const band = kamBlocked || !dropped ? person : dropped;
        const place = positionNear(map, pinned(map), person, band, frame, at);
        const moved = band.side !== person.side || band.level !== person.level;
        const next = moved ? movePerson(map, id, band, place) : placeAt(map, id, place);
        const notice = kamBlocked
          ? { text: KAM_SIDE_RULE }
          : moved
            ? { text: `Moved ${personName(person)} to ${band.side}, ${levelLabels[band.level]}.` }
            : undefined;
        const same = JSON.stringify(next.positions?.[id]) === JSON.stringify(map.positions?.[id]);
        // Back where the card was: nothing to save.
        if (same && !moved) return setNotice(notice ?? null);
        commit(next, notice);
      },
      connect(from: string, to: string) {
        const added = addLink(answerRef.current, from, to);
        if (!added) return;
        commit(added.map, { text: `Linked ${nameOf(from)} and ${nameOf(to)}.` });
        setSelection({ kind: 'link', id: added.id });
      },
      remove(target: NonNullable<MapSelection>) {
        const map = answerRef.current;
        if (target.kind === 'person') {
          const name = nameOf(target.id);
          commit(removePerson(map, target.id), { text: `Deleted ${name}.`, undo: true });
        } else {
          commit(removeLink(map, target.id), { text: 'Deleted the link.', undo: true });
        }
        setSelection(null);
      },
      step(id: string, step: BandStep) {
        const map = answerRef.current;
        const person = map.people.find((p) => p.id === id);
        if (!person) return;
        const side = step === 'across' ? otherSide(person.side) : person.side;
        if (!maySitOn(person, side)) return setNotice({ text: KAM_SIDE_RULE });
        const index = levels.indexOf(person.level) + (step === 'up' ? -1 : step === 'down' ? 1 : 0);
        const level = levels[index];
        if (!level) return;
        commit(movePerson(map, id, { side, level }), {
          text: `Moved ${personName(person)} to ${side}, ${levelLabels[level]}.`,
        });
      },
    };
  }, [commit]);

  return {
    layout,
    history,
    selection,
    setSelection,
    panelFocus,
    panelFocused,
    notice,
    setNotice,
    commit,
    undo,
    redo,
    handlers,
  };
}
