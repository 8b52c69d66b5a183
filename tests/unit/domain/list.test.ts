import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addItems,
  editItem,
  missedModelIds,
  moveItem,
  removeItem,
  restoreItem,
  setMatch,
  splitPastedLines,
} from '../../../shared/domain/list';
import type { ListItem, ModelMatch } from '../../../shared/kinds/list';

function ids() {
  let n = 0;
  return () => `i${++n}`;
}

const list = fc.uniqueArray(
  fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), text: fc.string() }),
  { selector: (i) => i.id, maxLength: 12 },
);

describe('pasting several ideas at once', () => {
  it('makes one idea per line, dropping blank lines, bullets and numbering', () => {
    expect(
      splitPastedLines(
        '- Innovation\r\n\n* Value\n  3. Preferential treatment\n• Security\n1) Commitment\n   ',
      ),
    ).toEqual(['Innovation', 'Value', 'Preferential treatment', 'Security', 'Commitment']);
  });

  it('keeps a line that merely starts with a number', () => {
    expect(splitPastedLines('24/7 support\n3 suppliers fewer')).toEqual([
      '24/7 support',
      '3 suppliers fewer',
    ]);
  });
});

describe('list operations', () => {
  it('adds ideas at the end and ignores blank ones', () => {
    expect(addItems([{ id: 'a', text: 'Value' }], ['  Innovation ', '', '   '], ids())).toEqual([
      { id: 'a', text: 'Value' },
      { id: 'i1', text: 'Innovation' },
    ]);
  });

  it('edits an item in place', () => {
    expect(editItem([{ id: 'a', text: 'Valu' }], 'a', 'Value')).toEqual([
      { id: 'a', text: 'Value' },
    ]);
  });

  it('moving an item keeps the same items, puts it where asked (clamped), and keeps the others in order', () => {
    fc.assert(
      fc.property(
        list.filter((l) => l.length > 0),
        fc.nat(),
        fc.integer({ min: -3, max: 20 }),
        (items, pick, to) => {
          const moved = items[pick % items.length]!;
          const next = moveItem(items, moved.id, to);
          expect([...next].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
            [...items].sort((a, b) => a.id.localeCompare(b.id)),
          );
          expect(next.indexOf(moved)).toBe(Math.max(0, Math.min(items.length - 1, to)));
          expect(next.filter((i) => i !== moved)).toEqual(items.filter((i) => i !== moved));
        },
      ),
    );
  });

  it('undo after delete restores the list and its matches exactly', () => {
    fc.assert(
      fc.property(
        list.filter((l) => l.length > 0),
        fc.nat(),
        (items, pick) => {
          const target = items[pick % items.length]!;
          const matches: ModelMatch[] = items.map((i, n) => ({
            itemId: i.id,
            modelId: `m${n % 3}`,
          }));
          const {
            items: after,
            matches: afterMatches,
            removed,
          } = removeItem(items, matches, target.id);
          expect(after).not.toContainEqual(target);
          expect(afterMatches.some((m) => m.itemId === target.id)).toBe(false);
          const restored = restoreItem(after, afterMatches, removed!);
          expect(restored.items).toEqual(items);
          expect([...restored.matches].sort((a, b) => a.itemId.localeCompare(b.itemId))).toEqual(
            [...matches].sort((a, b) => a.itemId.localeCompare(b.itemId)),
          );
        },
      ),
    );
  });

  it('removing an item that is not there changes nothing', () => {
    const items: ListItem[] = [{ id: 'a', text: 'x' }];
    expect(removeItem(items, [], 'zzz')).toEqual({ items, matches: [], removed: null });
  });
});

describe('matching to the model answer', () => {
  it('gives each item at most one model item, and clears it with null', () => {
    let matches = setMatch([], 'a', 'm1');
    matches = setMatch(matches, 'a', 'm2');
    expect(matches).toEqual([{ itemId: 'a', modelId: 'm2' }]);
    expect(setMatch(matches, 'a', null)).toEqual([]);
  });

  it('lets several items match the same model idea', () => {
    expect(setMatch(setMatch([], 'a', 'm1'), 'b', 'm1')).toHaveLength(2);
  });

  it('lists the model ideas nobody matched as the ones missed, in model order', () => {
    expect(missedModelIds(['m1', 'm2', 'm3'], [{ itemId: 'a', modelId: 'm2' }])).toEqual([
      'm1',
      'm3',
    ]);
  });
});
