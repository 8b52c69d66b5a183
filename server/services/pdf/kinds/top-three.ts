/** Top threes (C): both sides' picks per account, how far they match; the group's most chosen. */
import { matchTopThree, TOP_COUNT } from '../../../../shared/domain/top-three';
import { isAnswered } from '../../../../shared/kinds/answer-kinds';
import { isBlank } from '../../../../shared/kinds/answer-text';
import { tallyPicks, type TopThreeSide } from '../../../../shared/kinds/top-three';
import {
  bulletList,
  chapterHeading,
  heading2,
  label,
  labelBlock,
  notAnswered,
  paragraph,
  paragraphBlock,
} from '../blocks';
import { drawTable } from '../table';
import { colors } from '../theme';
import type { PdfWriter } from '../writer';
import { drawEntries, type AnswerEntry } from './entries';
import type { PdfKindSections } from './kind-sections';

const howLabels = { linked: 'Linked by you', 'same-wording': 'Same wording' } as const;

/** Most requirements listed per side in the summary. */
const MAX_PICKS = 40;

function drawMatch(w: PdfWriter, answer: AnswerEntry<'top-three'>['answer']): void {
  const match = matchTopThree(answer.customer, answer.supplier, answer.links);
  label(w, 'How far they match');
  if (match.pairs.length === 0) {
    paragraph(w, 'No requirement is shared: the two lists do not match at all.', {
      color: colors.negative,
    });
  } else {
    drawTable(
      w,
      [
        { header: 'Customer', weight: 3.4 },
        { header: 'Supplier', weight: 3.4 },
        { header: 'Ranks', weight: 1, align: 'center' },
        { header: 'Gap', weight: 1.1, align: 'center' },
        { header: 'Matched', weight: 1.6 },
      ],
      match.pairs.map((pair) => [
        pair.customer.text,
        pair.supplier.text,
        `${pair.customerRank} · ${pair.supplierRank}`,
        {
          text: pair.rankDistance === 0 ? 'Same rank' : String(pair.rankDistance),
          style: 'bold',
          color: pair.rankDistance === 0 ? colors.positive : colors.ink,
        },
        howLabels[pair.how],
      ]),
    );
  }
  for (const [title, list] of [
    ['Only the customer wants', match.onlyCustomer],
    ['Only your organisation wants', match.onlySupplier],
  ] as const) {
    if (list.length === 0) continue;
    bulletList(
      w,
      list.map(({ pick, rank }) => `${pick.text}  (rank ${rank})`),
      { lead: labelBlock(w, title) },
    );
    w.space(4);
  }
}

export const topThreeSections: PdfKindSections<'top-three'> = {
  async workbook(w, exercise, entries) {
    await drawEntries(w, entries, ({ answer }) => {
      if (!isAnswered('top-three', answer)) return notAnswered(w);
      label(w, 'The two top threes');
      const ranks = Array.from({ length: TOP_COUNT }, (_, i) => i);
      drawTable(
        w,
        [
          { header: 'Rank', weight: 0.8, align: 'center' },
          { header: `Customer’s requirement (from ${exercise.sources.customer})`, weight: 4 },
          {
            header: `Your organisation’s requirement (from ${exercise.sources.supplier})`,
            weight: 4,
          },
        ],
        ranks.map((i) => [
          { text: String(i + 1), style: 'bold' as const, color: colors.accent },
          answer.customer[i]?.text || { text: 'not chosen', muted: true },
          answer.supplier[i]?.text || { text: 'not chosen', muted: true },
        ]),
        { size: 9 },
      );
      drawMatch(w, answer);
      if (!isBlank(answer.reflection)) {
        label(w, 'Your reflection');
        paragraph(w, answer.reflection);
      }
    });
    heading2(w, 'Debrief');
    bulletList(w, exercise.model.points, {
      lead: paragraphBlock(w, exercise.model.intro, { color: colors.ink }),
    });
  },

  summary(w, exercise, entries) {
    chapterHeading(w, `Exercise ${exercise.letter}`, 'Top three requirements, most chosen');
    const answers = entries.map((e) => e.answer);
    const sides: ReadonlyArray<readonly [TopThreeSide, string]> = [
      ['customer', 'The customer’s requirements'],
      ['supplier', 'Your organisation’s requirements'],
    ];
    for (const [side, title] of sides) {
      heading2(w, title);
      const tallies = tallyPicks(answers, side);
      if (tallies.length === 0) {
        notAnswered(w, 'Nothing chosen yet');
        continue;
      }
      drawTable(
        w,
        [
          { header: 'Requirement', weight: 6 },
          { header: 'Chosen', weight: 1.2, align: 'right' },
          { header: 'Mean rank', weight: 1.3, align: 'right' },
        ],
        tallies
          .slice(0, MAX_PICKS)
          .map((t) => [t.text, { text: String(t.count), style: 'bold' }, t.averageRank.toFixed(1)]),
        { zebra: true },
      );
    }
  },
};
