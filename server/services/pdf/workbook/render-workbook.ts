import { formatLongDate } from '../../../../shared/format/dates';
import { startContents, fillContents } from '../contents';
import { drawCover } from '../cover';
import type { WorkbookData } from '../document-data';
import { drawFurniture } from '../page-furniture';
import { runSteps, type RenderOptions } from '../render-progress';
import { PdfWriter } from '../writer';
import { drawWorkbookExercise } from '../kinds/draw-exercise';
import { drawAccountPlan } from '../plan/account-plan';

/**
 * One participant's workbook as PDF bytes: cover, contents, exercises A–G in order, then one
 * account relationship plan page per key account.
 */
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
  await runSteps(
    [
      ...meta.content.exercises.map((exercise) => ({
        name: `Exercise ${exercise.letter}`,
        draw: () => drawWorkbookExercise(w, exercise, participant),
      })),
      // Each account's plan closes the workbook: what the exercises found, turned into actions.
      ...participant.accounts.map((plan) => ({
        name: `Relationship plan · ${plan.name}`,
        draw: () => drawAccountPlan(w, participant, plan, meta.generatedAt),
      })),
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
