import { beforeAll, describe, expect, it } from 'vitest';
import {
  exerciseA,
  exerciseB,
  exerciseC,
  exerciseD,
  exerciseE,
  exerciseF,
  exerciseG,
  exercises,
} from '../../shared/course/exercises';
import { stageInfo } from '../../shared/course/stages';
import { answerTo } from '../../shared/exercises/answers';
import { diagnoseContactMap, patternInfo } from '../../shared/domain/contact-map';
import { scoreStatements } from '../../shared/domain/stage';
import type { DocumentData, ParticipantAnswers } from '../../server/services/pdf/document-data';
import { loadDocumentData } from '../../server/services/pdf/load-data';
import { renderDocument } from '../../server/services/pdf/render-document';
import { SAFE_EDGE } from '../../server/services/pdf/theme';
import {
  buildBadInputWorkshop,
  buildCompleteWorkshop,
  buildEmptyWorkshop,
  plannedText,
  type BuiltWorkshop,
} from '../fixtures/workshops/build-workshops';
import { pageCount, pageTexts, pdfText, renderPages } from '../fixtures/workshops/inspect-pdf';
import { openTestApi } from './helpers/temp-store';

/** Text as the PDF shows it: emoji (absent from the font) become one substitute glyph. */
const shown = (text: string) =>
  text
    .replace(/\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic}|\ufe0f)*/gu, '\uFFFD')
    .replace(/\s+/g, ' ')
    .trim();

/** A letter-spaced label as pdf.js reads it: spaces may fall between any two letters. */
const spaced = (label: string) =>
  new RegExp(
    Array.from(label.replace(/\s+/g, ''), (c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(
      '\\s*',
    ),
  );

/** Words longer than a line are broken mid-word, which no reading of the text can join back. */
const fitsOnALine = (text: string) => text.split(/\s+/).every((word) => word.length < 60);

function answerTexts(p: ParticipantAnswers): string[] {
  const [a, b, e, f] = [
    answerTo(p.answers, exerciseA),
    answerTo(p.answers, exerciseB),
    answerTo(p.answers, exerciseE),
    answerTo(p.answers, exerciseF),
  ] as const;
  const items = [...a.items, ...b.items, ...e.positives, ...e.negatives].map((i) => i.text);
  const picks = p.accounts
    .map((account) => answerTo(account.answers, exerciseC))
    .flatMap((c) => [...c.customer, ...c.supplier])
    .map((i) => i.text);
  return [...items, ...picks.filter((t) => t.length < 600), f.why, e.reason]
    .filter((t) => t.trim() !== '' && fitsOnALine(t))
    .map(shown);
}

function stageTexts(p: ParticipantAnswers, workbook: boolean): string[] {
  return p.accounts.flatMap((account) => {
    const texts: string[] = [];
    const result = scoreStatements(answerTo(account.answers, exerciseD).scores);
    if (result.total !== null && result.stage !== null && workbook) {
      texts.push(`${result.total} / 18`, `Stage: ${stageInfo[result.stage].label}`);
    }
    const latest = account.scorings[0];
    if (latest && !workbook) texts.push(stageInfo[latest.stage].label);
    const map = answerTo(account.answers, exerciseG);
    if (map.people.length > 0) texts.push(patternInfo[diagnoseContactMap(map).pattern].label);
    return texts;
  });
}

interface Case {
  name: string;
  build: (api: ReturnType<typeof openTestApi>['api']) => BuiltWorkshop;
  pages: { workbook: [number, number]; summary: [number, number] };
}

const cases: Case[] = [
  {
    name: 'complete',
    build: buildCompleteWorkshop,
    pages: { workbook: [14, 32], summary: [7, 16] },
  },
  { name: 'empty', build: buildEmptyWorkshop, pages: { workbook: [9, 15], summary: [7, 12] } },
  {
    name: 'bad inputs',
    build: buildBadInputWorkshop,
    pages: { workbook: [16, 46], summary: [7, 18] },
  },
];

describe.each(cases)('the $name workshop', ({ build, pages }) => {
  const docs: Record<
    'workbook' | 'summary',
    { data: DocumentData; bytes: Buffer; text: string; bodyText: string }
  > = {} as never;
  let built: BuiltWorkshop;

  beforeAll(async () => {
    const t = openTestApi(undefined, { now: () => new Date('2026-11-25T10:00:00Z') });
    built = build(t.api);
    for (const kind of ['workbook', 'summary'] as const) {
      const request = {
        kind,
        workshopId: built.workshopId,
        participantId: built.participants[0]!.id,
      };
      const data = loadDocumentData(t.db, request, new Date('2026-11-25T16:00:00Z'));
      const bytes = await renderDocument(data);
      // A4's text block, less the running header and the footer.
      const bodyText = pdfText(bytes, { top: 60, bottom: 841 - 62 });
      docs[kind] = { data, bytes, text: pdfText(bytes), bodyText };
    }
  }, 120_000);

  it('shows the participant, every answer, total, stage and pattern in the workbook', () => {
    const { data, bodyText: text } = docs.workbook;
    if (data.kind !== 'workbook') throw new Error('expected a workbook');
    const expected = [
      shown(data.participant.name),
      ...answerTexts(data.participant),
      ...stageTexts(data.participant, true),
    ];
    for (const wanted of expected) expect(text).toContain(wanted);
    for (const wanted of built.expectedText) expect(text).toContain(shown(wanted));
  });

  it('shows every participant, account, stage and pattern in the summary', () => {
    const { data, text } = docs.summary;
    if (data.kind !== 'summary') throw new Error('expected a summary');
    for (const p of data.participants) {
      expect(text).toContain(shown(p.name));
      for (const account of p.accounts) expect(text).toContain(shown(account.name));
      for (const wanted of stageTexts(p, false)) expect(text).toContain(wanted);
    }
    expect(text).toContain('Timings');
  });

  it.each(['workbook', 'summary'] as const)(
    'sets the %s’s spaced-out capitals so that they copy as words',
    (kind) => {
      // The summary's progress column lists the letters of the exercises answered.
      const letter = `[${exercises.map((e) => e.letter).join('')}]`;
      const progress = new RegExp(`(?:^|\\s)(?:${letter}\\s)+${letter}(?=\\s|$)`, 'gu');
      const text = docs[kind].text.replace(progress, ' ');
      expect(text).toContain('KAM RELATIONSHIP WORKSHOP');
      // Four capitals in a row with spaces between them: a heading that copies as "K A M …".
      expect(text).not.toMatch(/(?:^|\s)(?:\p{Lu}\s){3}\p{Lu}(?:\s|$)/u);
    },
  );

  it('gives every exercise of the course its section in the summary', () => {
    for (const exercise of exercises) {
      expect(docs.summary.bodyText).toContain(`EXERCISE ${exercise.letter}`);
    }
  });

  it('keeps a short model list whole on one page and never leaves a list’s last item alone', () => {
    const pages = pageTexts(docs.workbook.bytes);
    const lists = [
      exerciseA.model.items,
      exerciseB.model.items,
      exerciseE.model.positives,
      exerciseE.model.negatives,
    ].map((items) => items.map((item) => shown(item.text)));
    for (const list of lists) {
      const last = pages.find((page) => page.includes(list.at(-1)!));
      expect(last, list.at(-1)).toBeDefined();
      const together = list.length <= 6 ? list : list.slice(-2);
      for (const text of together) expect(last, text).toContain(text);
    }
  });

  it('ends the workbook with one account relationship plan per account, each on one page', () => {
    const { data, bytes } = docs.workbook;
    if (data.kind !== 'workbook') throw new Error('expected a workbook');
    const pages = pageTexts(bytes);
    const accounts = data.participant.accounts;
    const planPages = pages.slice(pages.length - accounts.length);
    planPages.forEach((text, i) => {
      expect(text).toMatch(spaced('ACCOUNT RELATIONSHIP PLAN'));
      expect(text).toContain(shown(accounts[i]!.name).slice(0, 20));
      expect(text).toMatch(spaced('GAPS WITHOUT AN ACTION'));
      expect(text).toMatch(spaced('PROGRESS: THE LATEST SCORINGS'));
    });
    // Nothing of a plan spills onto another page.
    const before = pages.slice(0, pages.length - accounts.length);
    for (const text of before) expect(text).not.toMatch(spaced('GAPS WITHOUT AN ACTION'));
  });

  it.each(['workbook', 'summary'] as const)('keeps the %s within its expected length', (kind) => {
    const [min, max] = pages[kind];
    const count = pageCount(docs[kind].bytes);
    expect(count).toBeGreaterThanOrEqual(min);
    expect(count).toBeLessThanOrEqual(max);
  });

  it.each(['workbook', 'summary'] as const)(
    'draws something on every page of the %s and nothing outside the margins',
    (kind) => {
      const dpi = 30;
      // The safe edge in pixels, less one pixel of anti-aliasing.
      const edge = (SAFE_EDGE * dpi) / 72 - 1;
      const rendered = renderPages(docs[kind].bytes, dpi);
      expect(rendered.length).toBe(pageCount(docs[kind].bytes));
      // Every page is on the same paper, upright or turned for a wide contact map.
      const paper = [rendered[0]!.width, rendered[0]!.height].sort().join('x');
      for (const page of rendered) expect([page.width, page.height].sort().join('x')).toBe(paper);
      rendered.forEach((page, i) => {
        const where = `${kind} page ${i + 1}`;
        expect(page.bodyInkPixels, `${where} is blank`).toBeGreaterThan(40);
        expect(page.box, where).not.toBeNull();
        expect(page.box!.left, where).toBeGreaterThanOrEqual(edge);
        expect(page.box!.top, where).toBeGreaterThanOrEqual(edge);
        expect(page.box!.right, where).toBeLessThanOrEqual(page.width - 1 - edge);
        expect(page.box!.bottom, where).toBeLessThanOrEqual(page.height - 1 - edge);
      });
    },
  );
});

describe('paper size', () => {
  it('lays a workbook out on US Letter when asked', async () => {
    const t = openTestApi();
    const built = buildEmptyWorkshop(t.api);
    const data = loadDocumentData(
      t.db,
      {
        kind: 'workbook',
        workshopId: built.workshopId,
        participantId: built.participants[0]!.id,
        paper: 'letter',
      },
      new Date(),
    );
    const [first] = renderPages(await renderDocument(data), 36);
    // 8.5 × 11 inches at 36 dpi.
    expect(first).toMatchObject({ width: 306, height: 396 });
  });
});

describe('the account relationship plan', () => {
  it('shows the actions, who and by when, and what the work shows', async () => {
    const t = openTestApi(undefined, { now: () => new Date('2026-11-25T10:00:00Z') });
    const built = buildCompleteWorkshop(t.api);
    const data = loadDocumentData(
      t.db,
      {
        kind: 'workbook',
        workshopId: built.workshopId,
        participantId: built.participants[0]!.id,
        accountId: built.participants[0]!.accountIds[0]!,
      },
      new Date('2026-11-25T16:00:00Z'),
    );
    const pages = pageTexts(await renderDocument(data));
    const plan = pages.at(-1)!;
    for (const text of plannedText) expect(plan).toContain(text);
    // Due on 1 October and still under way on 25 November: overdue.
    expect(plan).toMatch(/1 Oct 2026 \(overdue\)/);
    expect(plan).toContain('The customer’s view, scored by the customer');
    expect(plan).toContain('Target map: 1 person to bring in, 1 contact to build');
  });

  it('keeps a plan of 100 long actions to one page, saying how many are left out', async () => {
    const t = openTestApi(undefined, { now: () => new Date('2026-11-25T10:00:00Z') });
    const built = buildBadInputWorkshop(t.api);
    const first = built.participants[0]!;
    const data = loadDocumentData(
      t.db,
      { kind: 'workbook', workshopId: built.workshopId, participantId: first.id },
      new Date('2026-11-25T16:00:00Z'),
    );
    const pages = pageTexts(await renderDocument(data));
    const plan = pages.at(-1)!;
    expect(plan).toMatch(spaced('ACCOUNT RELATIONSHIP PLAN'));
    const left = /and (\d+) more actions, listed in the app/.exec(plan);
    expect(Number(left?.[1])).toBeGreaterThan(80);
    expect(pages.at(-2)).not.toMatch(spaced('ACCOUNT RELATIONSHIP PLAN'));
  });
});
