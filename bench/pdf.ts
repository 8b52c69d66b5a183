// PDF export times and sizes: a full workbook with a 60-person map (targets: under 1.5 s and
// 1 MB) and the summary of a 30-participant workshop (target: under 10 s).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { callCommand, createApi, type Api } from '../server/api/create-api';
import type { DocumentData } from '../server/services/pdf/document-data';
import { loadDocumentData } from '../server/services/pdf/load-data';
import { renderDocument } from '../server/services/pdf/render-document';
import { openStore } from '../server/services/open-store';
import { closeStore } from '../server/store/database';
import { answerEverything } from '../tests/fixtures/workshops/build-workshops';
import { round } from './machine';

const RUNS = 5;
const TARGETS = { workbookMs: 1_500, workbookBytes: 1_000_000, summaryMs: 10_000 };

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A workshop of `people` participants, each with one account (two for every third). */
function buildWorkshop(
  api: Api,
  people: number,
  mapSize: number,
): { workshopId: string; firstId: string } {
  const workshop = must(
    callCommand(api, 'workshops:create', {
      title: 'Benchmark workshop',
      date: '2026-11-25',
      facilitator: 'Bench',
      client: 'Bench Ltd',
      mode: 'facilitated',
    }),
  );
  let firstId = '';
  for (let i = 0; i < people; i++) {
    const detail = must(
      callCommand(api, 'participants:add', {
        workshopId: workshop.id,
        name: `Participant ${i + 1}`,
      }),
    );
    const participant = detail.participants.at(-1)!;
    firstId ||= participant.id;
    const accountIds: string[] = [];
    for (let a = 0; a < (i % 3 === 0 && people > 1 ? 2 : 1); a++) {
      const next = must(
        callCommand(api, 'accounts:add', {
          participantId: participant.id,
          name: `Account ${i + 1}.${a + 1}`,
        }),
      );
      accountIds.push(next.participants.find((p) => p.id === participant.id)!.accounts.at(-1)!.id);
    }
    answerEverything(api, { id: participant.id, name: participant.name, accountIds }, mapSize, i);
  }
  return { workshopId: workshop.id, firstId };
}

async function measure(
  data: DocumentData,
): Promise<{ medianMs: number; coldMs: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    bytes = (await renderDocument(data)).length;
    times.push(performance.now() - started);
  }
  const cold = times[0]!;
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: round(sorted[Math.floor(sorted.length / 2)]!), coldMs: round(cold), bytes };
}

/** Times both PDF documents on this machine; the first run of each includes font loading. */
export async function benchPdf() {
  const dir = mkdtempSync(join(tmpdir(), 'kam-bench-pdf-'));
  const { db } = openStore(dir);
  try {
    const api = createApi({ db });
    const one = buildWorkshop(api, 1, 60);
    const workbookData = loadDocumentData(
      db,
      { kind: 'workbook', workshopId: one.workshopId, participantId: one.firstId },
      new Date(),
    );
    const group = buildWorkshop(api, 30, 20);
    const summaryData = loadDocumentData(
      db,
      { kind: 'summary', workshopId: group.workshopId },
      new Date(),
    );
    const workbook = await measure(workbookData);
    const summary = await measure(summaryData);
    return {
      runs: RUNS,
      workbook: {
        ...workbook,
        targetMs: TARGETS.workbookMs,
        targetBytes: TARGETS.workbookBytes,
        meetsTarget:
          workbook.medianMs < TARGETS.workbookMs && workbook.bytes < TARGETS.workbookBytes,
      },
      summary: {
        ...summary,
        targetMs: TARGETS.summaryMs,
        meetsTarget: summary.medianMs < TARGETS.summaryMs,
      },
    };
  } finally {
    closeStore(db);
    rmSync(dir, { recursive: true, force: true });
  }
}
