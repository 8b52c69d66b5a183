import { stageInfo } from '../../../shared/course/stages';
import type { Stage } from '../../../shared/domain/stage';

/** "a basic", "an interdependent": the stage's label after its article, in lower case. */
export function stageWithArticle(stage: Stage): string {
  const word = stageInfo[stage].label.toLowerCase();
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}
