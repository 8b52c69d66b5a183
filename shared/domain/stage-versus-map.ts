/**
 * Does the map agree with the score? Exercise D places a relationship at a stage from six
 * statements; exercise G diagnoses the shape of its contact map. Read together, each checks
 * the other: a high score over a map that a basic or dangerous relationship would draw says
 * the score (or the map) is too kind.
 */
import { stageInfo } from '../course/stages';
import type { Diagnosis } from './contact-map';
import { patternInfo, type Pattern } from './contact-map-model';
import { stages, type Stage } from './stage';

/** How the score and the map stand against each other. */
export type StageMapAgreement = 'agree' | 'close' | 'contradict' | 'incomplete';

/** The comparison in a headline and the sentences behind it. */
export interface StageMapComparison {
  agreement: StageMapAgreement;
  headline: string;
  reasons: string[];
}

/** The stage each map pattern shows; null where the pattern is dangerous or there is nothing. */
export const stageOfPattern: Readonly<Record<Pattern, Stage | null>> = {
  empty: null,
  'few-low-level': 'basic',
  'kam-hog': 'basic',
  'not-joined-up': null,
  'customer-controlled': null,
  'co-operative': 'co-operative',
  interdependent: 'interdependent',
};

/** How each agreement is headed. */
export const agreementHeadlines: Readonly<Record<StageMapAgreement, string>> = {
  agree: 'The map agrees with the score',
  close: 'The map and the score are a stage apart',
  contradict: 'The map contradicts the score',
  incomplete: 'Nothing to compare yet',
};

/** Each agreement in a few words, for a label or a box. */
export const agreementLabels: Readonly<Record<StageMapAgreement, string>> = {
  agree: 'They agree',
  close: 'A stage apart',
  contradict: 'They contradict',
  incomplete: 'Nothing to compare yet',
};

const rank = (stage: Stage) => stages.indexOf(stage);
const name = (stage: Stage) => stageInfo[stage].label.toLowerCase();
const an = (stage: Stage) => (/^[aeiou]/i.test(stage) ? 'An' : 'A');
const isHigh = (stage: Stage) => rank(stage) >= rank('interdependent');

/** The specific contradictions the course names, for a high score. */
function highScoreContradictions(stage: Stage, diagnosis: Diagnosis): string[] {
  const reasons: string[] = [];
  const scored = `${an(stage)} ${name(stage)} score`;
  if (diagnosis.pattern === 'kam-hog') {
    reasons.push(
      `${scored} over a relationship-hog map: every contact runs through the key account manager, a basic pattern. At the interdependent stage a wide range of functions and senior people are consistently involved.`,
    );
  }
  if (diagnosis.verdict === 'dangerous') {
    reasons.push(
      `${scored} over a map whose contacts are ${diagnosis.pattern === 'customer-controlled' ? 'co-ordinated by the customer, not by you' : 'not joined up'}: at that stage the relationship manager is positioned to manage the entire relationship.`,
    );
  }
  if (!diagnosis.metrics.seniorOnBothSides) {
    reasons.push(
      `${scored} with no senior contacts on both sides: that stage means fully satisfactory access, including to key people, and senior people consistently involved.`,
    );
  }
  return reasons;
}

/**
 * Compares the stage a scoring gives with what the contact map shows, in the course's words.
 * `stage` is null while the scoring is incomplete.
 */
export function compareStageWithMap(stage: Stage | null, diagnosis: Diagnosis): StageMapComparison {
  const result = (agreement: StageMapAgreement, reasons: string[]) => ({
    agreement,
    headline: agreementHeadlines[agreement],
    reasons,
  });
  if (stage === null) {
    return result('incomplete', [
      'Score all six statements (D) to compare the stage with the map.',
    ]);
  }
  if (diagnosis.pattern === 'empty') {
    return result('incomplete', [
      'Draw the reciprocated contacts on the map (G) to compare it with the score.',
    ]);
  }
  const pattern = patternInfo[diagnosis.pattern].label;
  const contradictions = isHigh(stage) ? highScoreContradictions(stage, diagnosis) : [];
  const shown = stageOfPattern[diagnosis.pattern];

  if (shown === null) {
    // A dangerous map: many contacts, not co-ordinated by the supplier.
    if (contradictions.length > 0) return result('contradict', contradictions);
    return stage === 'co-operative'
      ? result('agree', [
          `A co-operative score and a map of ${pattern.toLowerCase()}: the co-operative stage is “not really under control, with blind spots”.`,
        ])
      : result('close', [
          `A basic score, but the map (${pattern.toLowerCase()}) shows more contacts than a basic relationship has; they are not joined up.`,
        ]);
  }

  const apart = rank(stage) - rank(shown);
  // Two stages apart is a contradiction too; said in general only when nothing specific was.
  if (Math.abs(apart) >= 2 && contradictions.length === 0) {
    contradictions.push(
      apart > 0
        ? `${an(stage)} ${name(stage)} score over a map that shows a ${name(shown)} relationship (${pattern.toLowerCase()}).`
        : `${an(stage)} ${name(stage)} score over a map that shows a ${name(shown)} relationship (${pattern.toLowerCase()}): either the score is harsh, or the contacts are not as reciprocated as drawn.`,
    );
  }
  if (contradictions.length > 0) return result('contradict', contradictions);
  // A map shows interdependent at most: integrated adds dedicated cross-boundary teams.
  if (apart === 0 || (stage === 'integrated' && shown === 'interdependent')) {
    return result('agree', [
      `The score says ${name(stage)} and the map shows ${pattern.toLowerCase()}.`,
    ]);
  }
  return result('close', [
    `The score says ${name(stage)}; the map shows ${pattern.toLowerCase()}, one stage ${apart > 0 ? 'lower' : 'higher'}.`,
  ]);
}
