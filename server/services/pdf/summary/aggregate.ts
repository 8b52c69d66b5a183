import { exercises } from '../../../../shared/course/exercises';
import { diagnoseContactMap, type Diagnosis } from '../../../../shared/domain/contact-map';
import { scoreStatements, type Stage } from '../../../../shared/domain/stage';
import { elapsedMs } from '../../../../shared/domain/timer';
import type { ExerciseLetter } from '../../../../shared/exercises/letters';
import type { FacilitationState } from '../../../../shared/schemas/facilitation';
import { filledItems, mapAnswered } from '../answer-state';
import type { AccountAnswers, ParticipantAnswers } from '../document-data';

/** An idea as the group wrote it, with how many wrote it. */
export interface Tally {
  text: string;
  count: number;
  /** Mean rank, for top-three picks. */
  averageRank?: number;
}

/** The same idea however it was typed: case and runs of whitespace do not matter. */
export function normalise(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Counts each idea once per participant who wrote it, most frequent first (ties in
 * alphabetical order); it is shown as most people spelled it.
 */
export function tallyIdeas(lists: ReadonlyArray<readonly string[]>): Tally[] {
  const counts = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const list of lists) {
    const seen = new Set<string>();
    for (const raw of list) {
      const key = normalise(raw);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { count: 0, spellings: new Map<string, number>() };
      entry.count += 1;
      const spelling = raw.trim().replace(/\s+/g, ' ');
      entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1);
      counts.set(key, entry);
    }
  }
  return [...counts.entries()]
    .map(([key, { count, spellings }]) => ({
      text: [...spellings.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key,
      count,
    }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/** C's picks on one side across every account: how often each was chosen, and its mean rank. */
export function tallyPicks(
  accounts: readonly AccountAnswers[],
  side: 'customer' | 'supplier',
): Tally[] {
  const byKey = new Map<string, { text: string; count: number; rankSum: number }>();
  for (const account of accounts) {
    account.c[side].slice(0, 3).forEach((pick, i) => {
      const key = normalise(pick.text);
      if (key === '') return;
      const entry = byKey.get(key) ?? { text: pick.text.trim(), count: 0, rankSum: 0 };
      entry.count += 1;
      entry.rankSum += i + 1;
      byKey.set(key, entry);
    });
  }
  return [...byKey.values()]
    .map(({ text, count, rankSum }) => ({ text, count, averageRank: rankSum / count }))
    .sort((a, b) => b.count - a.count || (a.averageRank ?? 0) - (b.averageRank ?? 0));
}

/** An account's current stage: the latest saved scoring, else a fully scored working answer. */
export function currentStage(
  account: AccountAnswers,
): { total: number; stage: Stage; scoredAt: string | null } | null {
  const latest = account.scorings[0];
  if (latest) return { total: latest.total, stage: latest.stage, scoredAt: latest.scoredAt };
  const working = scoreStatements(account.d.scores);
  return working.total !== null && working.stage !== null
    ? { total: working.total, stage: working.stage, scoredAt: null }
    : null;
}

/** Each account with its owner, in the order the workshop lists them. */
export function accountsWithOwners(
  participants: readonly ParticipantAnswers[],
): Array<{ participant: ParticipantAnswers; account: AccountAnswers }> {
  return participants.flatMap((participant) =>
    participant.accounts.map((account) => ({ participant, account })),
  );
}

/** The diagnosis of an account's map, or null when nothing is drawn. */
export function mapDiagnosis(account: AccountAnswers): Diagnosis | null {
  return mapAnswered(account.g) ? diagnoseContactMap(account.g) : null;
}

/** Planned and used time of each exercise's countdown; used is null if never started. */
export function timings(
  state: FacilitationState,
  nowMs: number,
): Array<{ letter: ExerciseLetter; title: string; plannedMs: number; usedMs: number | null }> {
  return exercises.map((exercise) => {
    const timer = state.timers[exercise.letter];
    const used = timer ? elapsedMs(timer, nowMs) : 0;
    return {
      letter: exercise.letter,
      title: exercise.title,
      plannedMs: timer?.durationMs ?? exercise.defaultDurationMs,
      usedMs: used > 0 ? used : null,
    };
  });
}

/** The learner's list texts that say something. */
export const texts = (items: ReadonlyArray<{ text: string }>): string[] =>
  filledItems(items).map((i) => i.text);
