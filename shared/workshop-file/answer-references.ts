import type { FileProblem } from './references';
import type { FileParticipant, WorkshopFile } from './schema';

/**
 * The references inside a participant's answers: matches to the model answer name items of
 * their own list (A, B, E), and in each account's top three (C) links join picks that exist on
 * their side and no pick id is used twice. The app never writes them otherwise, so a file
 * that does is refused. A pick's `sourceItemId` is different: a learner may delete an item
 * from list A or B after picking it, and the pick keeps its text (see detachMissingSources).
 */

type ListMatches = { matches: ReadonlyArray<{ itemId: string }> };

function matchProblem(
  answer: ListMatches | undefined,
  itemIds: ReadonlySet<string>,
  at: string,
): FileProblem | null {
  for (const [m, match] of (answer?.matches ?? []).entries()) {
    if (!itemIds.has(match.itemId)) {
      return {
        path: `${at}.matches[${m}].itemId`,
        message: `no item "${match.itemId}" in this list`,
      };
    }
  }
  return null;
}

const idsOf = (items: ReadonlyArray<{ id: string }> | undefined) =>
  new Set((items ?? []).map((item) => item.id));

type TopThree = NonNullable<FileParticipant['accounts'][number]['answers']['C']>;

function topThreeProblem(answer: TopThree, at: string): FileProblem | null {
  const seen = new Map<string, string>();
  for (const side of ['customer', 'supplier'] as const) {
    for (const [p, pick] of answer[side].entries()) {
      const path = `${at}.${side}[${p}].id`;
      const first = seen.get(pick.id);
      if (first) return { path, message: `duplicate id "${pick.id}"; ${first} has it already` };
      seen.set(pick.id, path);
    }
  }
  const customer = idsOf(answer.customer);
  const supplier = idsOf(answer.supplier);
  for (const [l, link] of answer.links.entries()) {
    if (!customer.has(link.customerId)) {
      return {
        path: `${at}.links[${l}].customerId`,
        message: `no customer pick "${link.customerId}"`,
      };
    }
    if (!supplier.has(link.supplierId)) {
      return {
        path: `${at}.links[${l}].supplierId`,
        message: `no supplier pick "${link.supplierId}"`,
      };
    }
  }
  return null;
}

/** The first reference inside the answers that points at nothing, in document order; or null. */
export function findAnswerReferenceProblem(file: WorkshopFile): FileProblem | null {
  for (const [p, participant] of file.participants.entries()) {
    const at = `participants[${p}].answers`;
    const { A, B, E } = participant.answers;
    const problem =
      matchProblem(A, idsOf(A?.items), `${at}.A`) ??
      matchProblem(B, idsOf(B?.items), `${at}.B`) ??
      matchProblem(E, new Set([...idsOf(E?.positives), ...idsOf(E?.negatives)]), `${at}.E`);
    if (problem) return problem;
    for (const [a, account] of participant.accounts.entries()) {
      const c = account.answers.C;
      const cProblem = c && topThreeProblem(c, `participants[${p}].accounts[${a}].answers.C`);
      if (cProblem) return cProblem;
    }
  }
  return null;
}

/**
 * Detaches each top-three pick from an A or B item that is no longer in its list (the learner
 * deleted it after picking it): the pick keeps its text, as if typed anew.
 */
export function detachMissingSources(file: WorkshopFile): WorkshopFile {
  return {
    ...file,
    participants: file.participants.map((participant) => {
      const sources = {
        customer: idsOf(participant.answers.A?.items),
        supplier: idsOf(participant.answers.B?.items),
      };
      return {
        ...participant,
        accounts: participant.accounts.map((account) => {
          const c = account.answers.C;
          if (!c) return account;
          const detach = (side: 'customer' | 'supplier') =>
            c[side].map((pick) =>
              pick.sourceItemId === null || sources[side].has(pick.sourceItemId)
                ? pick
                : { ...pick, sourceItemId: null },
            );
          const C = { ...c, customer: detach('customer'), supplier: detach('supplier') };
          return { ...account, answers: { ...account.answers, C } };
        }),
      };
    }),
  };
}
