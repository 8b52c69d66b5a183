/** A stage choice (F): the exhibit, the learner's stage and the answer; the group's votes. */
import { stageInfo } from '../../../../shared/course/stages';
import { stages } from '../../../../shared/domain/stage';
import { isAnswered } from '../../../../shared/kinds/answer-kinds';
import { isBlank } from '../../../../shared/kinds/answer-text';
import { bulletList, chapterHeading, drawMark, label, notAnswered, paragraph } from '../blocks';
import { layoutContactMap } from '../../../../shared/domain/contact-map-layout';
import { drawContactMap } from '../map-drawing';
import { mapHeightForWidth } from '../map-geometry';
import { drawMapLegend } from '../map-legend';
import { drawTable } from '../table';
import { colors, sizes, stageColors } from '../theme';
import { drawEntries } from './entries';
import type { PdfKindSections } from './kind-sections';

export const stageChoiceSections: PdfKindSections<'stage-choice'> = {
  async workbook(w, exercise, entries) {
    const { exhibit, model } = exercise;
    label(w, exhibit.caption);
    const layout = layoutContactMap(exhibit.map);
    const height = mapHeightForWidth(layout.frame, w.width);
    w.ensureSpace(height + 40);
    drawContactMap(
      w,
      exhibit.map,
      { x: w.left, y: w.y, width: w.width, height },
      { layout, supplierName: exhibit.supplierLabel, customerName: exhibit.customerLabel },
    );
    drawMapLegend(w);
    w.space(8);
    await drawEntries(w, entries, ({ answer }) => {
      label(w, 'Your answer');
      if (!isAnswered('stage-choice', answer)) {
        notAnswered(w);
      } else {
        paragraph(w, answer.stage ? stageInfo[answer.stage].label : 'No stage chosen', {
          color: colors.ink,
        });
        if (!isBlank(answer.why)) paragraph(w, answer.why);
      }
      w.space(8);
      label(w, 'Model answer');
      w.ensureSpace(40);
      const y = w.y;
      const right = answer.stage === model.stage;
      if (answer.stage !== null) drawMark(w, w.left, y + 3, right);
      w.write(model.headline, {
        indent: answer.stage !== null ? 16 : 0,
        style: 'bold',
        size: sizes.h3,
        color: colors.ink,
      });
      if (answer.stage !== null) {
        w.write(right ? 'Your choice matches.' : 'Your choice differs.', {
          indent: 16,
          size: sizes.small,
          style: 'italic',
          color: right ? colors.positive : colors.negative,
        });
      }
      w.space(6);
      bulletList(w, model.points);
    });
  },

  summary(w, exercise, entries) {
    chapterHeading(w, `Exercise ${exercise.letter}`, `${exercise.title}: the group’s votes`);
    const chosen = entries.map((e) => e.answer.stage).filter((stage) => stage !== null);
    if (chosen.length === 0) return notAnswered(w, 'Nobody has chosen a stage yet');
    paragraph(w, `The answer: ${stageInfo[exercise.model.stage].label}.`, { color: colors.muted });
    drawTable(
      w,
      [
        { header: 'Stage', weight: 4 },
        { header: 'Votes', weight: 1.5, align: 'right' },
      ],
      stages.map((stage) => [
        {
          text: stageInfo[stage].label,
          swatch: stageColors[stage],
          style: stage === exercise.model.stage ? 'bold' : 'regular',
        },
        { text: `${chosen.filter((s) => s === stage).length} of ${entries.length}`, style: 'bold' },
      ]),
    );
  },
};
