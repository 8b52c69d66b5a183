/** Lists (A, B): the learner's ideas against the model answer; the group's ideas, most frequent first. */
import type { ExerciseDefinition } from '../../../../shared/course/exercises';
import { countedMatches } from '../../../../shared/domain/list';
import { filledTexts } from '../../../../shared/kinds/answer-text';
import { tallyIdeas } from '../../../../shared/kinds/tally';
import { chapterHeading, joinBlocks, labelBlock, paragraph, paragraphBlock } from '../blocks';
import { colors } from '../theme';
import { drawEntries } from './entries';
import type { PdfKindSections } from './kind-sections';
import { ideasTable, learnerItems, modelItems } from './list-blocks';

export const listSections: PdfKindSections<'list'> = {
  async workbook(w, exercise, entries) {
    const model = exercise.model;
    await drawEntries(w, entries, ({ answer }) => {
      const matches = countedMatches(answer.items, answer.matches, model.items);
      learnerItems(w, 'Your answers', answer.items, matches, model.items);
      w.space(10);
      modelItems(w, model.items, matches, {
        lead: joinBlocks(
          labelBlock(w, 'Model answer'),
          paragraphBlock(w, model.intro, { color: colors.muted }),
        ),
        closing: paragraphBlock(w, model.theme, { italic: true, color: colors.accentDark }),
      });
    });
  },

  summary(w, exercise: ExerciseDefinition<'list'>, entries) {
    chapterHeading(w, `Exercise ${exercise.letter}`, `${exercise.title} across the group`);
    paragraph(
      w,
      'Each item is counted once per person who wrote it; differences of case, punctuation and spacing are ignored.',
      { color: colors.muted },
    );
    ideasTable(w, tallyIdeas(entries.map((e) => filledTexts(e.answer.items))), entries.length);
  },
};
