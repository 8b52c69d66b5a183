import { stageInfo } from '../../shared/course/stages';
import { scoreStatements } from '../../shared/domain/stage';
import { matchTopThree } from '../../shared/domain/top-three';
import { parseAnswer } from '../../shared/exercises/empty-answers';
import type { ExerciseLetter } from '../../shared/exercises/letters';
import { plural } from '../format/format';

/** An answer in a line and a few items: what the trainer glances at during the debrief. */
export interface AnswerDigest {
  headline: string;
  items: string[];
  /** Nothing written yet. */
  empty: boolean;
}

const texts = (items: ReadonlyArray<{ text: string }>) =>
  items.map((item) => item.text.trim()).filter((text) => text !== '');

/** Summarises a stored answer of any exercise; an unreadable one reads as empty. */
export function digestAnswer(letter: ExerciseLetter, payload: unknown): AnswerDigest {
  switch (letter) {
    case 'A':
    case 'B': {
      const items = texts(parseAnswer(letter, payload).items);
      return { headline: plural(items.length, 'item'), items, empty: items.length === 0 };
    }
    case 'C': {
      const answer = parseAnswer('C', payload);
      const match = matchTopThree(answer.customer, answer.supplier, answer.links);
      const ranked = (side: string, picks: ReadonlyArray<{ text: string }>) =>
        picks.map((pick, i) => `${side} ${i + 1}: ${pick.text}`);
      return {
        headline: `${plural(match.pairs.length, 'shared expectation')} of 3`,
        items: [...ranked('Customer', answer.customer), ...ranked('Supplier', answer.supplier)],
        empty: answer.customer.length + answer.supplier.length === 0,
      };
    }
    case 'D': {
      const { scores } = parseAnswer('D', payload);
      const { total, answered, stage } = scoreStatements(scores);
      return {
        headline:
          total === null || stage === null
            ? `Incomplete: ${answered} of 6 scored`
            : `${total} of 18 · ${stageInfo[stage].label}`,
        items: [],
        empty: answered === 0,
      };
    }
    case 'E': {
      const answer = parseAnswer('E', payload);
      const suits = answer.suitable === null ? 'no view yet' : `suits KAM: ${answer.suitable}`;
      return {
        headline: `${answer.positives.length} good · ${answer.negatives.length} bad · ${suits}`,
        items: [
          ...texts(answer.positives).map((t) => `+ ${t}`),
          ...texts(answer.negatives).map((t) => `− ${t}`),
        ],
        empty: answer.positives.length + answer.negatives.length === 0 && answer.suitable === null,
      };
    }
    case 'F': {
      const answer = parseAnswer('F', payload);
      return {
        headline: answer.stage ? stageInfo[answer.stage].label : 'No stage chosen',
        items: answer.why.trim() ? [answer.why.trim()] : [],
        empty: answer.stage === null && answer.why.trim() === '',
      };
    }
    case 'G': {
      const answer = parseAnswer('G', payload);
      return {
        headline: `${plural(answer.people.length, 'person', 'people')} · ${plural(answer.links.length, 'contact')}`,
        items: [],
        empty: answer.people.length === 0,
      };
    }
  }
}
