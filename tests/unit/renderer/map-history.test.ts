import { describe, expect, it } from 'vitest';
import {
  emptyHistory,
  HISTORY_LIMIT,
  recordChange,
  redoChange,
  undoChange,
  type MapHistory,
} from '../../../renderer/mapper/map-history';
import type { ContactMapAnswer } from '../../../shared/kinds/contact-map';

/** A map told apart from the others by how many people it has. */
const mapOf = (size: number): ContactMapAnswer => ({
  people: Array.from({ length: size }, (_, i) => ({
    id: `p${i}`,
    side: 'supplier' as const,
    level: 'middle' as const,
    department: 'Sales',
  })),
  links: [],
});

/** Makes changes from map 0 to map n in turn; returns the history and the map shown. */
function changes(n: number): { history: MapHistory; present: ContactMapAnswer } {
  let history = emptyHistory;
  for (let i = 0; i < n; i++) history = recordChange(history, mapOf(i));
  return { history, present: mapOf(n) };
}

describe('undo and redo on the contact map', () => {
  it('has nothing to undo or redo before the first change', () => {
    expect(undoChange(emptyHistory, mapOf(0))).toBeNull();
    expect(redoChange(emptyHistory, mapOf(0))).toBeNull();
  });

  it('undoes changes newest first, then redoes them in the order they were made', () => {
    const { history, present } = changes(3);
    const first = undoChange(history, present)!;
    const second = undoChange(first.history, first.map)!;
    expect([first.map, second.map]).toEqual([mapOf(2), mapOf(1)]);

    const again = redoChange(second.history, second.map)!;
    const last = redoChange(again.history, again.map)!;
    expect([again.map, last.map]).toEqual([mapOf(2), mapOf(3)]);
    expect(redoChange(last.history, last.map)).toBeNull();
    expect(last.history).toEqual(history);
  });

  it('goes back to the very first map and no further', () => {
    let step = changes(2);
    for (let i = 0; i < 2; i++) {
      const undone = undoChange(step.history, step.present)!;
      step = { history: undone.history, present: undone.map };
    }
    expect(step.present).toEqual(mapOf(0));
    expect(undoChange(step.history, step.present)).toBeNull();
  });

  it('forgets what could be redone once a new change is made after an undo', () => {
    const { history, present } = changes(2);
    const undone = undoChange(history, present)!;
    const changed = recordChange(undone.history, undone.map);
    expect(redoChange(changed, mapOf(7))).toBeNull();
    expect(changed.past).toEqual([mapOf(0), mapOf(1)]);
  });

  it(`keeps only the last ${HISTORY_LIMIT} changes`, () => {
    const { history } = changes(HISTORY_LIMIT + 5);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]).toEqual(mapOf(5));
    expect(history.past.at(-1)).toEqual(mapOf(HISTORY_LIMIT + 4));
  });
});
