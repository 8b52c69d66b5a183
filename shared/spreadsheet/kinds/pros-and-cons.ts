import { suitabilityLabels } from '../../kinds/pros-and-cons';
import type { KindSheet } from '../sheet';
import { itemRows } from './list';

/** Pros and cons (E): the view (and the reason), then one row per good or bad item. */
export const prosAndConsSheet: KindSheet<'pros-and-cons'> = {
  columns: (exercise, { clientSafe }) => [
    exercise.viewQuestion,
    ...(clientSafe ? [] : ['Reason']),
    'Good or bad',
    'Item',
    'Matched model item',
  ],
  rows: (exercise, { answer }, { clientSafe }) => {
    const view = [
      answer.suitable ? suitabilityLabels[answer.suitable] : '',
      ...(clientSafe ? [] : [answer.reason.trim()]),
    ];
    const { model } = exercise;
    const sides = [
      ['Good', itemRows(answer.positives, answer.matches, model.positives)],
      ['Bad', itemRows(answer.negatives, answer.matches, model.negatives)],
    ] as const;
    const rows = sides.flatMap(([side, items]) =>
      items.filter(([text]) => text !== '').map((item) => [...view, side, ...item]),
    );
    return rows.length > 0 ? rows : [[...view, '', '', '']];
  },
};
