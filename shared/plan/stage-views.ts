/** The two views of the stage in words: per statement, and the stages side by side. */
import { stageInfo } from '../course/stages';
import { stages, type Stage } from '../domain/stage';
import { plural } from '../format/plural';

/** A statement's gap (our score minus the customer's) in words; null when either is missing. */
export function statementGapWords(gap: number | null): string {
  if (gap === null) return 'Not both scored';
  if (gap === 0) return 'Same score';
  return gap > 0 ? `We score it ${gap} higher` : `The customer scores it ${-gap} higher`;
}

/** How far apart the two views put the relationship, in a sentence. */
export function stageViewsSentence(own: Stage | null, theirs: Stage | null): string {
  if (own === null && theirs === null)
    return 'Score all six statements in both views to compare the stages.';
  if (own === null) return 'Score all six statements in our view to compare the stages.';
  if (theirs === null)
    return 'Score all six statements in the customer’s view to compare the stages.';
  const apart = stages.indexOf(own) - stages.indexOf(theirs);
  if (apart === 0)
    return `Both views place the relationship at the same stage: ${stageInfo[own].label}.`;
  return `The customer would place the relationship ${plural(Math.abs(apart), 'stage')} ${apart > 0 ? 'lower' : 'higher'} than we do: ${stageInfo[theirs].label}, against our ${stageInfo[own].label}.`;
}
