import { filledItems } from '../../kinds/answer-text';
import type { ListItem, ModelItem, ModelMatch } from '../../kinds/list';
import type { KindSheet } from '../sheet';

/** Each item a learner wrote, with the model idea they matched it to; one row if none. */
export function itemRows(
  items: readonly ListItem[],
  matches: readonly ModelMatch[],
  model: readonly ModelItem[],
): string[][] {
  const rows = filledItems(items).map((item) => {
    const modelId = matches.find((m) => m.itemId === item.id)?.modelId;
    return [item.text.trim(), model.find((m) => m.id === modelId)?.text ?? ''];
  });
  return rows.length > 0 ? rows : [['', '']];
}

/** A list (A, B): one row per item, with the model item it matched. */
export const listSheet: KindSheet<'list'> = {
  columns: () => ['Item', 'Matched model item'],
  rows: (exercise, { answer }) => itemRows(answer.items, answer.matches, exercise.model.items),
};
