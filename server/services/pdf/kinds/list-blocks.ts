/** Blocks that list kinds share: a learner's items with their matches, the model's, a tally. */
import type { ListItem, ModelItem, ModelMatch } from '../../../../shared/kinds/list';
import { filledItems } from '../../../../shared/kinds/answer-text';
import type { Tally } from '../../../../shared/kinds/tally';
import { plural } from '../../../../shared/format/plural';
import {
  itemList,
  joinBlocks,
  label,
  labelBlock,
  notAnswered,
  paragraph,
  type Block,
} from '../blocks';
import { drawTable } from '../table';
import { colors } from '../theme';
import type { PdfWriter } from '../writer';
import { MATCH_LEGEND_HEIGHT, matchLegend } from '../workbook/exercise-opening';

/** Most ideas listed in a table; the rest are counted in a line under it. */
const MAX_IDEAS = 40;

/** The learner's items, numbered, each with the model idea they matched it to, under a label. */
export function learnerItems(
  w: PdfWriter,
  heading: string,
  items: readonly ListItem[],
  matches: readonly ModelMatch[],
  model: readonly ModelItem[],
): void {
  const filled = filledItems(items);
  if (filled.length === 0) {
    label(w, heading);
    notAnswered(w);
    return;
  }
  itemList(
    w,
    filled.map((item, i) => {
      const modelId = matches.find((m) => m.itemId === item.id)?.modelId;
      const modelText = model.find((m) => m.id === modelId)?.text;
      return {
        text: item.text,
        marker: { kind: 'number', n: i + 1 },
        ...(modelText ? { note: `Matches: ${modelText}` } : {}),
      };
    }),
    { lead: labelBlock(w, heading) },
  );
}

/**
 * Model ideas, each marked as matched by one of the learner's items or not, with the key to the
 * marks; kept with what leads into them and what closes them.
 */
export function modelItems(
  w: PdfWriter,
  model: readonly ModelItem[],
  matches: readonly ModelMatch[],
  options: { lead?: Block; closing?: Block } = {},
): void {
  const matched = new Set(matches.map((m) => m.modelId));
  const count = model.filter((m) => matched.has(m.id)).length;
  const legend = {
    height: MATCH_LEGEND_HEIGHT,
    draw: () => matchLegend(w, count, model.length),
  };
  itemList(
    w,
    model.map((item) => ({
      text: item.text,
      marker: { kind: matched.has(item.id) ? 'matched' : 'missed' },
    })),
    {
      ...(options.lead ? { lead: options.lead } : {}),
      closing: options.closing ? joinBlocks(legend, options.closing) : legend,
    },
  );
}

/** The group's ideas, most frequent first, each with how many of `total` wrote it. */
export function ideasTable(w: PdfWriter, tallies: readonly Tally[], total: number): void {
  if (tallies.length === 0) return notAnswered(w, 'Nobody has answered yet');
  const shown = tallies.slice(0, MAX_IDEAS);
  drawTable(
    w,
    [
      { header: '#', weight: 0.5, align: 'center' },
      { header: 'Item', weight: 6 },
      { header: 'Participants', weight: 1.5, align: 'right' },
    ],
    shown.map((t, i) => [String(i + 1), t.text, { text: `${t.count} of ${total}`, style: 'bold' }]),
    { zebra: true },
  );
  if (tallies.length > shown.length) {
    paragraph(w, `${plural(tallies.length - shown.length, 'further item')} mentioned less often.`, {
      italic: true,
      color: colors.muted,
    });
  }
}
