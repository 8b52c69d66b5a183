import { exerciseA, exerciseB, exerciseE } from '../../../../shared/course/exercises';
import { startContents, fillContents } from '../contents';
import { drawCover } from '../cover';
import type { WorkbookData } from '../document-data';
import { formatLongDate } from '../format';
import { drawFurniture } from '../page-furniture';
import { runSteps, type RenderOptions } from '../render-progress';
import { PdfWriter } from '../writer';
import { drawStageChoiceExercise } from './choice-section';
import { drawListExercise, drawProsAndConsExercise } from './list-sections';
import { drawMapExercise } from './map-section';
import { drawStageExercise } from './stage-section';
import { drawTopThreeExercise } from './top-three-section';

/** One participant's workbook as PDF bytes: cover, contents, then exercises A–G in order. */
export async function renderWorkbook(
  data: WorkbookData,
  options: RenderOptions = {},
): Promise<Buffer> {
  const { meta, participant, account } = data;
  const w = new PdfWriter({
    paper: meta.paper,
    title: `Workbook – ${participant.name} – ${meta.workshop.title}`,
    subject: 'Participant workbook',
    author:
      meta.settings.consultantName || meta.workshop.facilitator || 'KAM Relationship Workshop',
    ...(options.signal ? { signal: options.signal } : {}),
  });
  drawCover(w, meta, {
    documentType: 'Participant workbook',
    subtitle: participant.name,
    ...(account ? { detail: `Key account: ${account.name}` } : {}),
  });
  const contentsPage = startContents(w);
  const contentsTop = w.y;
  const accounts = participant.accounts;
  await runSteps(
    [
      { name: 'Exercise A', draw: () => drawListExercise(w, exerciseA, participant.a) },
      { name: 'Exercise B', draw: () => drawListExercise(w, exerciseB, participant.b) },
      { name: 'Exercise C', draw: () => drawTopThreeExercise(w, accounts) },
      { name: 'Exercise D', draw: () => drawStageExercise(w, accounts) },
      { name: 'Exercise E', draw: () => drawProsAndConsExercise(w, exerciseE, participant.e) },
      { name: 'Exercise F', draw: () => drawStageChoiceExercise(w, participant.f) },
      { name: 'Exercise G', draw: () => drawMapExercise(w, accounts) },
    ],
    () => w.yieldNow(),
    options.onProgress,
  );
  fillContents(w, contentsPage, contentsTop);
  drawFurniture(w, {
    runningTitle: 'Participant workbook',
    runningRight: account ? `${participant.name} · ${account.name}` : participant.name,
    footer: `${meta.workshop.title} · ${formatLongDate(meta.workshop.date)}`,
  });
  return w.finish();
}
