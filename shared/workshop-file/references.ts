import { ContactMapError, validateContactMap } from '../domain/contact-map';
import type { ContactMap } from '../domain/contact-map-model';
import { scoreStatements } from '../domain/stage';
import { exercises } from '../course/exercises';
import type { FileAnswers, WorkshopFile } from './schema';

/** A rule the file breaks, at a path like `participants[2].accounts[0].map.links[5].to`. */
export interface FileProblem {
  path: string;
  message: string;
}

/** Records each entity id with where it was first seen; reports the second sighting. */
function idRegistry() {
  const seen = new Map<string, string>();
  return (id: string, path: string): FileProblem | null => {
    const first = seen.get(id);
    if (first !== undefined) {
      return { path, message: `duplicate id "${id}"; ${first} has it already` };
    }
    seen.set(id, path);
    return null;
  };
}

/**
 * The app lets a person be drawn before their department is typed, while the contact-map
 * rules need one. Only the graph rules (links join two existing people, unique ids, one KAM
 * on the supplier side) are checked here, so an empty department stands in as a placeholder.
 */
function graphRuleProblem(map: ContactMap, prefix: string): FileProblem | null {
  try {
    validateContactMap({
      people: map.people.map((person) => ({ ...person, department: person.department || '-' })),
      links: map.links,
    });
    return null;
  } catch (error) {
    if (!(error instanceof ContactMapError)) throw error;
    const message = error.message.slice(error.path.length + 2);
    return { path: `${prefix}.${error.path}`, message };
  }
}

/** The first contact map among an owner's answers that breaks the graph rules. */
function mapProblem(answers: FileAnswers, prefix: string): FileProblem | null {
  for (const exercise of exercises) {
    if (exercise.kind !== 'contact-map') continue;
    const map = answers[exercise.letter];
    const problem = map ? graphRuleProblem(map, `${prefix}.${exercise.letter}`) : null;
    if (problem) return problem;
  }
  return null;
}

/**
 * Checks what the shape alone cannot: ids unique across the file, each scoring's total and
 * stage agree with its scores, and every contact map (answers, target maps, the maps kept with
 * scorings) keeps the graph rules. Returns the first
 * problem in document order, or null.
 */
export function findReferenceProblem(file: WorkshopFile): FileProblem | null {
  const register = idRegistry();
  const first = register(file.workshop.id, 'workshop.id');
  if (first) return first;

  for (const [p, participant] of file.participants.entries()) {
    const at = `participants[${p}]`;
    const duplicate =
      register(participant.id, `${at}.id`) ?? mapProblem(participant.answers, `${at}.answers`);
    if (duplicate) return duplicate;
    for (const [a, account] of participant.accounts.entries()) {
      const accountAt = `${at}.accounts[${a}]`;
      const target = account.plan?.['target-map'];
      const problem =
        register(account.id, `${accountAt}.id`) ??
        mapProblem(account.answers, `${accountAt}.answers`) ??
        (target ? graphRuleProblem(target, `${accountAt}.plan.target-map`) : null);
      if (problem) return problem;
      for (const [s, scoring] of account.scorings.entries()) {
        const scoringAt = `${accountAt}.scorings[${s}]`;
        const problem =
          register(scoring.id, `${scoringAt}.id`) ??
          (scoring.map ? graphRuleProblem(scoring.map, `${scoringAt}.map`) : null);
        if (problem) return problem;
        const { total, stage } = scoreStatements(scoring.scores);
        if (scoring.total !== total) {
          return {
            path: `${scoringAt}.total`,
            message: `the scores add up to ${total}, not ${scoring.total}`,
          };
        }
        if (scoring.stage !== stage) {
          return {
            path: `${scoringAt}.stage`,
            message: `a total of ${total} is the ${stage} stage, not ${scoring.stage}`,
          };
        }
      }
    }
  }
  return null;
}
