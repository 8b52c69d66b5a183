import type { StageScoring } from '../../../shared/api/commands/stage-scorings';
import { stageInfo } from '../../../shared/course/stages';
import { MAX_TOTAL, stageBands, stages, type Stage } from '../../../shared/domain/stage';
import { formatShortDate } from '../../../shared/format/dates';
import { colors, sizes, stageColours, stageColors } from './theme';
import type { PdfWriter } from './writer';

const POINTS = MAX_TOTAL + 1;

/**
 * The four stage bands along the 0–18 scale, widths in proportion to their ranges, with a
 * pointer at the total. Without a total the band is shown plain.
 */
export function drawStageBand(w: PdfWriter, total: number | null): void {
  const barHeight = 26;
  w.ensureSpace(barHeight + 58);
  const doc = w.doc;
  const left = w.left;
  const width = w.width;
  const top = w.y + 24;
  const xOf = (points: number) => left + (points / POINTS) * width;
  for (const band of stageBands) {
    const x0 = xOf(band.min);
    const x1 = xOf(band.max + 1);
    const colours = stageColours[band.stage];
    // As on screen: the label in the stage's ink on its soft fill, the strong colour a rule below.
    doc.rect(x0, top, x1 - x0, barHeight).fill(colours.soft);
    doc.rect(x0, top + barHeight - 3, x1 - x0, 3).fill(colours.strong);
    w.place(stageInfo[band.stage].label, x0, top + 8, {
      style: 'bold',
      size: sizes.small,
      color: colours.ink,
      width: x1 - x0,
      align: 'center',
    });
    w.place(`${band.min}–${band.max}`, x0, top + barHeight + 4, {
      size: sizes.tiny,
      color: colors.muted,
      width: x1 - x0,
      align: 'center',
    });
    if (band.min > 0) {
      doc
        .moveTo(x0, top)
        .lineTo(x0, top + barHeight)
        .lineWidth(1.2)
        .stroke(colors.white);
    }
  }
  if (total !== null) {
    const x = xOf(total + 0.5);
    doc
      .moveTo(x - 6, top - 9)
      .lineTo(x + 6, top - 9)
      .lineTo(x, top - 1)
      .closePath()
      .fill(colors.ink);
    const text = `Total ${total}`;
    const textWidth = w.widthOf(text, 'bold', sizes.small) + 4;
    const textX = Math.min(Math.max(x - textWidth / 2, left), left + width - textWidth);
    w.place(text, textX, top - 22, { style: 'bold', size: sizes.small, color: colors.ink });
    doc.rect(x - 0.75, top, 1.5, barHeight).fill(colors.ink);
  }
  doc.y = top + barHeight + 22;
}

/** Saved scorings over time: totals on the 0–18 scale with the bands shaded behind. */
export function drawScoringHistory(w: PdfWriter, scorings: readonly StageScoring[]): void {
  const height = 120;
  const axis = 22;
  w.ensureSpace(height + 40);
  const doc = w.doc;
  const left = w.left + axis;
  // The stage names sit to the right of the plot, clear of the points.
  const labelWidth = 84;
  const width = w.width - axis - labelWidth;
  const top = w.y + 6;
  const yOf = (total: number) => top + height - (total / MAX_TOTAL) * height;
  for (const band of stageBands) {
    const y0 = yOf(Math.min(band.max + 0.5, MAX_TOTAL));
    const y1 = yOf(Math.max(band.min - 0.5, 0));
    doc.rect(left, y0, width, y1 - y0).fill(stageColours[band.stage].soft);
    w.place(stageInfo[band.stage].label, left + width + 6, (y0 + y1) / 2 - 4, {
      size: sizes.tiny,
      color: colors.muted,
    });
  }
  for (const tick of [0, 1, 2, 3].map((third) => (third * MAX_TOTAL) / 3)) {
    w.place(String(tick), w.left, yOf(tick) - 4, {
      size: sizes.tiny,
      color: colors.muted,
      width: axis - 6,
      align: 'right',
    });
  }
  doc.rect(left, top, width, height).lineWidth(0.6).stroke(colors.rule);
  // Scorings come newest first (ties by saving order): reversed, they run oldest first.
  const points = [...scorings].reverse();
  const step = points.length > 1 ? (width - 60) / (points.length - 1) : 0;
  const xOf = (i: number) => left + 30 + (points.length > 1 ? i * step : (width - 60) / 2);
  points.forEach((p, i) => {
    const x = xOf(i);
    const y = yOf(p.total);
    if (i > 0) {
      const prev = points[i - 1]!;
      doc
        .moveTo(xOf(i - 1), yOf(prev.total))
        .lineTo(x, y)
        .lineWidth(1.4)
        .stroke(colors.accentDark);
    }
  });
  // Labels only where they do not crowd: every scoring up to 8, else first, last and a few.
  const labelEvery = Math.max(1, Math.ceil(points.length / 8));
  points.forEach((p, i) => {
    const x = xOf(i);
    const y = yOf(p.total);
    doc.circle(x, y, 3).fill(colors.accentDark);
    w.place(String(p.total), x - 10, y - 13, {
      style: 'bold',
      size: sizes.tiny,
      color: colors.ink,
      width: 20,
      align: 'center',
    });
    if (i % labelEvery === 0 || i === points.length - 1) {
      w.place(formatShortDate(p.scoredAt), x - 30, top + height + 4, {
        size: sizes.tiny,
        color: colors.muted,
        width: 60,
        align: 'center',
      });
    }
  });
  doc.y = top + height + 22;
}

/** Horizontal bars: how many accounts sit at each stage. */
export function drawStageDistribution(w: PdfWriter, counts: Readonly<Record<Stage, number>>): void {
  const rowHeight = 24;
  const labelWidth = 100;
  w.ensureSpace(stages.length * rowHeight + 20);
  const doc = w.doc;
  const max = Math.max(1, ...stages.map((s) => counts[s]));
  const total = stages.reduce((sum, s) => sum + counts[s], 0);
  const barArea = w.width - labelWidth - 70;
  let y = w.y + 4;
  for (const stage of stages) {
    const n = counts[stage];
    w.place(stageInfo[stage].label, w.left, y + 4, {
      size: sizes.small,
      color: colors.ink,
      width: labelWidth - 8,
    });
    doc.rect(w.left + labelWidth, y, barArea, rowHeight - 8).fill(colors.tint);
    if (n > 0) {
      doc.rect(w.left + labelWidth, y, (barArea * n) / max, rowHeight - 8).fill(stageColors[stage]);
    }
    const share = total === 0 ? 0 : Math.round((n / total) * 100);
    w.place(`${n}  (${share}%)`, w.left + labelWidth + barArea + 8, y + 3, {
      style: 'bold',
      size: sizes.small,
      color: colors.ink,
    });
    y += rowHeight;
  }
  doc.y = y + 10;
}
