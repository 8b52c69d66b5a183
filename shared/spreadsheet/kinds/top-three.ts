import { matchTopThree, TOP_COUNT } from '../../domain/top-three';
import type { KindSheet } from '../sheet';

const ranks = Array.from({ length: TOP_COUNT }, (_, i) => i + 1);

/** A top three (C): both sides' picks by rank, how many they share, and the reflection. */
export const topThreeSheet: KindSheet<'top-three'> = {
  columns: (_exercise, { clientSafe }) => [
    ...ranks.map((rank) => `Customer ${rank}`),
    ...ranks.map((rank) => `Supplier ${rank}`),
    'Shared expectations',
    ...(clientSafe ? [] : ['Reflection']),
  ],
  rows: (_exercise, { answer }, { clientSafe }) => {
    const pick = (side: 'customer' | 'supplier', rank: number) =>
      answer[side][rank - 1]?.text.trim() ?? '';
    const shared = matchTopThree(answer.customer, answer.supplier, answer.links).pairs.length;
    return [
      [
        ...ranks.map((rank) => pick('customer', rank)),
        ...ranks.map((rank) => pick('supplier', rank)),
        String(shared),
        ...(clientSafe ? [] : [answer.reflection.trim()]),
      ],
    ];
  },
};
