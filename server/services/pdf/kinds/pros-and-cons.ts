/** Pros and cons (E): the learner's good and bad lists and view; the group's, tallied. */
import { countedMatches } from '../../../../shared/domain/list';
import { Suitability, suitabilityLabels } from '../../../../shared/kinds/pros-and-cons';
import { filledTexts, isBlank } from '../../../../shared/kinds/answer-text';
import { tallyIdeas } from '../../../../shared/kinds/tally';
import {
  chapterHeading,
  heading2,
  joinBlocks,
  label,
  labelBlock,
  notAnswered,
  paragraph,
  paragraphBlock,
} from '../blocks';
import { drawTable } from '../table';
import { colors } from '../theme';
import { drawEntries } from './entries';
import type { PdfKindSections } from './kind-sections';
import { ideasTable, learnerItems, modelItems } from './list-blocks';

export const prosAndConsSections: PdfKindSections<'pros-and-cons'> = {
  async workbook(w, exercise, entries) {
    const model = exercise.model;
    await drawEntries(w, entries, ({ answer }) => {
      const good = countedMatches(answer.positives, answer.matches, model.positives);
      const bad = countedMatches(answer.negatives, answer.matches, model.negatives);
      learnerItems(
        w,
        `What is good about ${exercise.subject}`,
        answer.positives,
        good,
        model.positives,
      );
      w.space(6);
      learnerItems(w, 'What is bad about them', answer.negatives, bad, model.negatives);
      w.space(6);
      label(w, exercise.viewQuestion);
      if (answer.suitable === null && isBlank(answer.reason)) {
        notAnswered(w);
      } else {
        paragraph(w, answer.suitable ? suitabilityLabels[answer.suitable] : 'No view given', {
          color: colors.ink,
        });
        if (!isBlank(answer.reason)) paragraph(w, answer.reason);
      }
      w.space(10);
      modelItems(w, model.positives, good, {
        lead: joinBlocks(
          labelBlock(w, 'Model answer'),
          paragraphBlock(w, model.intro, { color: colors.muted }),
          labelBlock(w, 'Good'),
        ),
      });
      modelItems(w, model.negatives, bad, {
        lead: labelBlock(w, 'Bad'),
        closing: paragraphBlock(w, model.conclusion, { italic: true, color: colors.accentDark }),
      });
    });
  },

  summary(w, exercise, entries) {
    chapterHeading(w, `Exercise ${exercise.letter}`, `${exercise.title} across the group`);
    const total = entries.length;
    heading2(w, exercise.viewQuestion);
    const views = entries.map((e) => e.answer.suitable);
    if (views.every((view) => view === null)) {
      notAnswered(w, 'Nobody has given a view yet');
    } else {
      drawTable(
        w,
        [
          { header: 'View', weight: 4 },
          { header: 'Participants', weight: 1.5, align: 'right' },
        ],
        Suitability.options.map((view) => [
          suitabilityLabels[view],
          { text: `${views.filter((v) => v === view).length} of ${total}`, style: 'bold' },
        ]),
      );
    }
    heading2(w, `What is good about ${exercise.subject}`);
    ideasTable(w, tallyIdeas(entries.map((e) => filledTexts(e.answer.positives))), total);
    heading2(w, 'What is bad about them');
    ideasTable(w, tallyIdeas(entries.map((e) => filledTexts(e.answer.negatives))), total);
  },
};
