import { stageInfo } from '../../../shared/course/stages';
import type { Stage } from '../../../shared/domain/stage';

/** "a basic", "an interdependent": the stage's label after its article, in lower case. */
export function stageWithArticle(stage: Stage): string {
  const word = stageInfo[stage].label.toLowerCase();
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

const scoredAtFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "25 Nov 2026, 09:14" in the learner's own time zone. */
export function formatScoredAt(timestamp: string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : scoredAtFormat.format(date);
}
