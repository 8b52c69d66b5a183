import { exerciseC } from '../../../../shared/course/exercises';
import { matchTopThree } from '../../../../shared/domain/top-three';
import { heading2, label, listItem, notAnswered, paragraph } from '../blocks';
import { topThreeAnswered } from '../answer-state';
import type { AccountAnswers } from '../document-data';
import { drawTable } from '../table';
import { colors } from '../theme';
import type { PdfWriter } from '../writer';
import { exerciseOpening } from './exercise-opening';

const howLabels = { linked: 'Linked by you', 'same-wording': 'Same wording' } as const;

function drawAccount(w: PdfWriter, account: AccountAnswers): void {
  heading2(w, account.name, { mark: true });
  const answer = account.c;
  if (!topThreeAnswered(answer)) {
    notAnswered(w);
    return;
  }
  label(w, 'The two top threes');
  const rows = [0, 1, 2].map((i) => [
    { text: String(i + 1), style: 'bold' as const, color: colors.accent },
    answer.customer[i]?.text || { text: 'not chosen', muted: true },
    answer.supplier[i]?.text || { text: 'not chosen', muted: true },
  ]);
  drawTable(
    w,
    [
      { header: 'Rank', weight: 0.8, align: 'center' },
      { header: 'Customer’s requirement (from A)', weight: 4 },
      { header: 'Your organisation’s requirement (from B)', weight: 4 },
    ],
    rows,
    { size: 9 },
  );
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
    label(w, title);
    for (const { pick, rank } of list)
      listItem(w, `${pick.text}  (rank ${rank})`, { kind: 'bullet' });
    w.space(4);
  }
  if (answer.reflection.trim() !== '') {
    label(w, 'Your reflection');
    paragraph(w, answer.reflection);
  }
}

/** Exercise C: per account, both top threes, the match table and the reflection; then the debrief. */
export async function drawTopThreeExercise(
  w: PdfWriter,
  accounts: readonly AccountAnswers[],
): Promise<void> {
  exerciseOpening(w, exerciseC);
  if (accounts.length === 0) notAnswered(w, 'No key account has been added');
  for (const account of accounts) {
    drawAccount(w, account);
    await w.yieldNow();
  }
  const model = exerciseC.model;
  if (model.kind !== 'debrief') return;
  heading2(w, 'Debrief');
  paragraph(w, model.intro, { color: colors.ink });
  for (const point of model.points) listItem(w, point, { kind: 'bullet' });
}
