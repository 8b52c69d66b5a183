/** Contact maps (G): each account's map, diagnosis and measures; the group's patterns. */
import {
  diagnoseContactMap,
  levelLabels,
  patternInfo,
  personWithTitle,
  verdictLabels,
  type ContactMap,
  type Diagnosis,
} from '../../../../shared/domain/contact-map';
import { plural } from '../../../../shared/format/plural';
import { isAnswered } from '../../../../shared/kinds/answer-kinds';
import type { ContactMapAnswer } from '../../../../shared/kinds/contact-map';
import {
  bulletList,
  chapterHeading,
  heading2,
  label,
  labelBlock,
  notAnswered,
  paragraph,
  paragraphBlock,
} from '../blocks';
import type { AccountAnswers } from '../document-data';
import { drawContactMap } from '../map-drawing';
import { drawMapLegend } from '../map-legend';
import { drawTable } from '../table';
import { colors, sizes, verdictColors } from '../theme';
import type { PdfWriter } from '../writer';
import { accountEntries } from './entries';
import type { PdfKindSections } from './kind-sections';

const percent = (share: number) => `${Math.round(share * 100)}%`;
const listOf = (items: readonly string[]) => (items.length === 0 ? 'none' : items.join(', '));

function measureRows(d: Diagnosis, map: ContactMap): string[][] {
  const m = d.metrics;
  const who = (id: string | null) => {
    const person = map.people.find((p) => p.id === id);
    return person ? personWithTitle(person) : '—';
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
function drawMapPage(w: PdfWriter, account: AccountAnswers, map: ContactMapAnswer): void {
  w.newPage('landscape');
  heading2(w, `Contact map · ${account.name}`, { mark: true });
  const legendHeight = 60;
  const box = { x: w.left, y: w.y, width: w.width, height: w.bottom - w.y - legendHeight };
  drawContactMap(w, map, box, {
    positions: map.positions ?? {},
    customerName: account.name,
  });
  w.doc.y = box.y + box.height + 8;
  drawMapLegend(w);
}

function drawDiagnosis(w: PdfWriter, account: AccountAnswers, map: ContactMapAnswer): void {
  const diagnosis = diagnoseContactMap(map);
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
  bulletList(w, diagnosis.reasons, { lead: labelBlock(w, 'Why') });
  w.space(6);
  label(w, 'Measures');
  drawTable(
    w,
    [
      { header: 'Measure', weight: 2 },
      { header: 'Value', weight: 3 },
    ],
    measureRows(diagnosis, map),
  );
}

export const contactMapSections: PdfKindSections<'contact-map'> = {
  async workbook(w, exercise, entries) {
    if (entries.length === 0) notAnswered(w, 'No key account has been added');
    const drawn = accountEntries(entries).filter((e) => isAnswered('contact-map', e.answer));
    for (const { account, answer } of accountEntries(entries)) {
      if (!isAnswered('contact-map', answer)) {
        paragraph(w, `${account.name}: no contact map drawn.`, {
          italic: true,
          color: colors.faint,
        });
      } else {
        paragraph(
          w,
          `${account.name}: ${plural(answer.people.length, 'person', 'people')}, ${plural(answer.links.length, 'link')} — map and diagnosis follow.`,
        );
      }
    }
    heading2(w, 'Patterns to recognise');
    bulletList(w, exercise.model.points, {
      lead: paragraphBlock(w, exercise.model.intro, { color: colors.ink }),
    });
    for (const { account, answer } of drawn) {
      drawMapPage(w, account, answer);
      await w.yieldNow();
      drawDiagnosis(w, account, answer);
      await w.yieldNow();
    }
  },

  summary(w, exercise, entries) {
    chapterHeading(w, `Exercise ${exercise.letter}`, 'Contact-map patterns by account');
    const rows = accountEntries(entries);
    if (rows.length === 0) return notAnswered(w, 'No key account has been added');
    drawTable(
      w,
      [
        { header: 'Participant', weight: 2 },
        { header: 'Account', weight: 2 },
        { header: 'People', weight: 0.9, align: 'right' },
        { header: 'Contacts', weight: 1, align: 'right' },
        { header: 'Pattern', weight: 3 },
        { header: 'Verdict', weight: 1.3 },
      ],
      rows.map(({ participant, account, answer }) => {
        if (!isAnswered('contact-map', answer))
          return [
            participant.name,
            account.name,
            { text: '—', muted: true },
            { text: '—', muted: true },
            { text: 'No map drawn', muted: true },
            '',
          ];
        const d = diagnoseContactMap(answer);
        return [
          participant.name,
          account.name,
          String(answer.people.length),
          String(d.metrics.contactCount),
          { text: patternInfo[d.pattern].label, style: 'bold' },
          { text: verdictLabels[d.verdict], color: verdictColors[d.verdict], style: 'bold' },
        ];
      }),
      { zebra: true },
    );
  },
};
