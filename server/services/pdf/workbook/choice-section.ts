import { exerciseF } from '../../../../shared/course/exercises';
import { linearOrganisationMap } from '../../../../shared/course/example-maps';
import { stageInfo } from '../../../../shared/course/stages';
import type { AnswerPayload } from '../../../../shared/exercises/answer-payloads';
import { drawMark, label, listItem, notAnswered, paragraph } from '../blocks';
import { stageChoiceAnswered } from '../answer-state';
import { drawContactMap, mapHeightForWidth } from '../map-drawing';
import { drawMapLegend } from '../map-legend';
import { colors, sizes } from '../theme';
import type { PdfWriter } from '../writer';
import { exerciseOpening } from './exercise-opening';

/** Exercise F: the linear organisation drawn as a map, the learner's choice, the answer. */
export function drawStageChoiceExercise(w: PdfWriter, answer: AnswerPayload<'F'>): void {
  exerciseOpening(w, exerciseF);
  label(w, 'The picture: “Linear organisation”');
  const height = mapHeightForWidth(w.width);
  w.ensureSpace(height + 40);
  drawContactMap(
    w,
    linearOrganisationMap,
    { x: w.left, y: w.y, width: w.width, height },
    {
      customerName: 'Key account',
    },
  );
  drawMapLegend(w);
  w.space(8);
  label(w, 'Your answer');
  if (!stageChoiceAnswered(answer)) {
    notAnswered(w);
  } else {
    paragraph(w, answer.stage ? stageInfo[answer.stage].label : 'No stage chosen', {
      color: colors.ink,
    });
    if (answer.why.trim() !== '') paragraph(w, answer.why);
  }
  const model = exerciseF.model;
  if (model.kind !== 'stage-answer') return;
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
  for (const point of model.points) listItem(w, point, { kind: 'bullet' });
}
