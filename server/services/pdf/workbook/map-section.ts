import { exerciseG } from '../../../../shared/course/exercises';
import {
  diagnoseContactMap,
  levelLabels,
  patternInfo,
  verdictLabels,
  type ContactMap,
  type Diagnosis,
} from '../../../../shared/domain/contact-map';
import { heading2, label, listItem, notAnswered, paragraph } from '../blocks';
import { mapAnswered } from '../answer-state';
import type { AccountAnswers } from '../document-data';
import { plural } from '../format';
import { drawContactMap } from '../map-drawing';
import { drawMapLegend } from '../map-legend';
import { drawTable } from '../table';
import { colors, sizes } from '../theme';
import type { PdfWriter } from '../writer';
import { exerciseOpening } from './exercise-opening';

/** The verdict's colour: the reader sees at a glance whether the pattern is a worry. */
export const verdictColors = {
  none: colors.faint,
  basic: colors.muted,
  dangerous: colors.negative,
  developing: colors.accent,
  healthy: colors.positive,
} as const;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const listOf = (items: readonly string[]) => (items.length === 0 ? 'none' : items.join(', '));

function measureRows(d: Diagnosis, map: ContactMap): string[][] {
  const m = d.metrics;
  const who = (id: string | null) => {
    const person = map.people.find((p) => p.id === id);
    return person ? person.title || person.name || person.department : '—';
  };
  return [
    ['People on the map', `${m.supplierPeopleCount} yours · ${m.customerPeopleCount} customer`],
    [
      'Contacts (reciprocated)',
      `${m.contactCount}, average strength ${m.averageContactStrength.toFixed(1)}`,
    ],
    ['One-sided contacts', String(m.oneSidedContactCount)],
    [
      'Through the key account manager',
      m.kamId ? `${m.kamContactCount} (${percent(m.kamContactShare)})` : 'no KAM marked',
    ],
    [
      'Your contact-holders joined to the KAM',
      `${m.supplierJoinedToKamCount} of ${m.supplierContactHolderCount}`,
    ],
    [
      'Levels in contact',
      `yours: ${listOf(m.supplierLevels.map((l) => levelLabels[l]))}; customer: ${listOf(m.customerLevels.map((l) => levelLabels[l]))}`,
    ],
    [
      'Departments in contact',
      `yours: ${listOf(m.supplierDepartments)}; customer: ${listOf(m.customerDepartments)}`,
    ],
    ['Senior people in contact on both sides', m.seniorOnBothSides ? 'Yes' : 'No'],
    ['Most central person', who(m.centralPersonId)],
  ];
}

/** The map of one account on its own landscape page, scaled to fit with its legend. */
function drawMapPage(w: PdfWriter, account: AccountAnswers): void {
  w.newPage('landscape');
  heading2(w, `Contact map · ${account.name}`, { mark: true });
  const legendHeight = 60;
  const box = { x: w.left, y: w.y, width: w.width, height: w.bottom - w.y - legendHeight };
  drawContactMap(w, account.g, box, {
    positions: account.g.positions ?? {},
    customerName: account.name,
  });
  w.doc.y = box.y + box.height + 8;
  drawMapLegend(w);
}

function drawDiagnosis(w: PdfWriter, account: AccountAnswers): void {
  const diagnosis = diagnoseContactMap(account.g);
  const info = patternInfo[diagnosis.pattern];
  w.newPage();
  label(w, `What the map of ${account.name} shows`);
  w.write(info.label, { style: 'bold', size: sizes.h2, color: colors.ink });
  w.write(`Verdict: ${verdictLabels[diagnosis.verdict]}`, {
    style: 'bold',
    size: sizes.small,
    color: verdictColors[diagnosis.verdict],
  });
  w.space(6);
  paragraph(w, info.summary);
  label(w, 'Why');
  for (const reason of diagnosis.reasons) listItem(w, reason, { kind: 'bullet' });
  w.space(6);
  label(w, 'Measures');
  drawTable(
    w,
    [
      { header: 'Measure', weight: 2 },
      { header: 'Value', weight: 3 },
    ],
    measureRows(diagnosis, account.g),
  );
}

/** Exercise G: per account the map, its diagnosis, reasons and measures; then the patterns. */
export async function drawMapExercise(
  w: PdfWriter,
  accounts: readonly AccountAnswers[],
): Promise<void> {
  exerciseOpening(w, exerciseG);
  if (accounts.length === 0) notAnswered(w, 'No key account has been added');
  const drawn = accounts.filter((a) => mapAnswered(a.g));
  for (const account of accounts) {
    if (!mapAnswered(account.g)) {
      paragraph(w, `${account.name}: no contact map drawn.`, { italic: true, color: colors.faint });
    } else {
      paragraph(
        w,
        `${account.name}: ${plural(account.g.people.length, 'person', 'people')}, ${plural(account.g.links.length, 'link')} — map and diagnosis follow.`,
      );
    }
  }
  const model = exerciseG.model;
  if (model.kind === 'patterns') {
    heading2(w, 'Patterns to recognise');
    paragraph(w, model.intro, { color: colors.ink });
    for (const point of model.points) listItem(w, point, { kind: 'bullet' });
  }
  for (const account of drawn) {
    drawMapPage(w, account);
    await w.yieldNow();
    drawDiagnosis(w, account);
    await w.yieldNow();
  }
}
