/**
 * A client-safe copy of a workshop's loaded data: what a consultant may hand to a client.
 * People are replaced by neutral labels — participants by "Participant 1", key accounts by
 * "Account 1", people on contact maps by their role or level and department — wherever they
 * appear, free text included; private notes are left out. The one rule behind every export's
 * "client-safe" switch (PDFs, workshop files, spreadsheets).
 */
import type { ContentChanges } from '../content/content-changes';
import { exercises } from '../course/exercises';
import type { AnswersByLetter } from '../exercises/answers';
import { kindOf } from '../kinds/answer-kinds';
import { personLabels } from '../kinds/contact-map';
import { nameRemover, type NameRemover } from './name-remover';

/** A participant's label in a client-safe copy, by their place in the workshop (from 1). */
export const participantLabel = (n: number) => `Participant ${n}`;
/** A key account's label in a client-safe copy, by its place in the workshop (from 1). */
export const accountLabel = (n: number) => `Account ${n}`;

/** An owner of answers with a name: a participant or a key account. */
interface NamedOwner {
  name: string;
  answers: AnswersByLetter;
}

/** A participant as every export loads them: their answers and their accounts'. */
export interface NamedParticipant extends NamedOwner {
  accounts: readonly NamedOwner[];
}

/** What an export loads: the workshop's participants in order, and its content if it carries it. */
export interface ExportedPeople {
  participants: readonly NamedParticipant[];
  content?: ContentChanges;
}

/** Every name in the workshop with its label: participants, accounts, people on maps. */
function labelsOf(participants: readonly NamedParticipant[]): Array<[string, string]> {
  const labels: Array<[string, string]> = [];
  const owners = participants.flatMap((p) => [p, ...p.accounts]);
  participants.forEach((p, i) => labels.push([p.name, participantLabel(i + 1)]));
  participants
    .flatMap((p) => p.accounts)
    .forEach((a, i) => labels.push([a.name, accountLabel(i + 1)]));
  for (const owner of owners) {
    for (const exercise of exercises) {
      if (exercise.kind !== 'contact-map') continue;
      const map = owner.answers[exercise.letter];
      if (!map) continue;
      const byId = personLabels(map.people);
      for (const person of map.people) {
        if (person.name) labels.push([person.name, byId.get(person.id) ?? '']);
      }
    }
  }
  return labels;
}

function safeAnswers(answers: AnswersByLetter, names: NameRemover): AnswersByLetter {
  const safe: Record<string, unknown> = {};
  for (const exercise of exercises) {
    const answer = answers[exercise.letter];
    if (answer === undefined) continue;
    safe[exercise.letter] = kindOf(exercise.kind).clientSafe(answer as never, names);
  }
  return safe as AnswersByLetter;
}

/** The trainer's content without their notes to themselves: those are for the console only. */
function withoutTrainerNotes(content: ContentChanges): ContentChanges {
  const steps = Object.fromEntries(
    Object.entries(content.steps)
      .map(([id, { notes: _notes, ...change }]) => [id, change] as const)
      .filter(([, change]) => Object.keys(change).length > 0),
  );
  return { ...content, steps, slides: content.slides.map((slide) => ({ ...slide, notes: '' })) };
}

/** An owner with its plan emptied and its scorings without the maps kept with them. */
function withoutPlanOrMaps<O extends object>(owner: O): O {
  const safe = { ...owner } as Record<string, unknown>;
  if (safe['plan'] !== undefined) safe['plan'] = {};
  for (const field of ['scorings', 'customerScorings']) {
    const scorings: unknown = safe[field];
    if (Array.isArray(scorings)) {
      safe[field] = scorings.map((scoring: object) => {
        const { map: _map, ...rest } = scoring as { map?: unknown };
        return rest;
      });
    }
  }
  return safe as O;
}

/**
 * The client-safe copy of an export's data: the same shape, ids and order, with every name
 * replaced by its label (in free text too) and private notes left out. Private notes are the
 * learners' reflections and reasons (C's reflection, E's reason, F's why), people's job titles
 * on maps, and the trainer's notes on steps and slides. Relationship plans (actions, target
 * maps, notes: names and private notes throughout) and the contact maps kept with scorings
 * stay in the room too.
 */
export function clientSafe<T extends ExportedPeople>(data: T): T {
  const names = nameRemover(labelsOf(data.participants));
  let account = 0;
  const participants = data.participants.map((participant, i) => ({
    ...withoutPlanOrMaps(participant),
    name: participantLabel(i + 1),
    answers: safeAnswers(participant.answers, names),
    accounts: participant.accounts.map((a) => ({
      ...withoutPlanOrMaps(a),
      name: accountLabel(++account),
      answers: safeAnswers(a.answers, names),
    })),
  }));
  return {
    ...data,
    participants,
    ...(data.content ? { content: withoutTrainerNotes(data.content) } : {}),
  };
}
