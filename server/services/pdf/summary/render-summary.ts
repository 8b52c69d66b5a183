import { fillContents, startContents } from '../contents';
import { drawCover } from '../cover';
import type { SummaryData } from '../document-data';
import { formatLongDate } from '../../../../shared/format/dates';
import { plural } from '../../../../shared/format/plural';
import { drawSummaryExercise } from '../kinds/draw-exercise';
import { drawFurniture } from '../page-furniture';
import { runSteps, type RenderOptions } from '../render-progress';
import { PdfWriter } from '../writer';
import { drawParticipants, drawTimings } from './summary-sections';

/** The workshop summary as PDF bytes: the group's answers, stages, patterns and timings. */
export async function renderSummary(
  data: SummaryData,
  options: RenderOptions = {},
): Promise<Buffer> {
  const { meta } = data;
  const w = new PdfWriter({
    paper: meta.paper,
    title: `Workshop summary – ${meta.workshop.title}`,
    subject: 'Workshop summary',
    author:
      meta.settings.consultantName || meta.workshop.facilitator || 'KAM Relationship Workshop',
    ...(options.signal ? { signal: options.signal } : {}),
  });
  drawCover(w, meta, {
    documentType: 'Workshop summary',
    subtitle: plural(data.participants.length, 'participant'),
  });
  const contentsPage = startContents(w);
  const contentsTop = w.y;
  await runSteps(
    [
      { name: 'Participants', draw: () => drawParticipants(w, data) },
      ...meta.content.exercises.map((exercise) => ({
        name: `Exercise ${exercise.letter}`,
        draw: () => drawSummaryExercise(w, exercise, data),
      })),
      { name: 'Timings', draw: () => drawTimings(w, data) },
    ],
    () => w.yieldNow(),
    options.onProgress,
  );
  fillContents(w, contentsPage, contentsTop);
  drawFurniture(w, {
    runningTitle: 'Workshop summary',
    runningRight: meta.workshop.client || meta.workshop.title,
    footer: `${meta.workshop.title} · ${formatLongDate(meta.workshop.date)}`,
  });
  return w.finish();
}
