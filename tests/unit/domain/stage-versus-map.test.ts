import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleMaps } from '../../../shared/course/example-maps';
import { diagnoseContactMap, type Pattern } from '../../../shared/domain/contact-map';
import { stages, type Stage } from '../../../shared/domain/stage';
import {
  agreementHeadlines,
  compareStageWithMap,
  stageOfPattern,
} from '../../../shared/domain/stage-versus-map';
import { validMap } from './support/arbitrary-maps';

const diagnosisOf = (pattern: Pattern) => {
  const example = exampleMaps.find((e) => e.pattern === pattern);
  if (!example) throw new Error(`No example map of ${pattern}`);
  return diagnoseContactMap(example.map);
};

describe('does the map agree with the score?', () => {
  it('calls an interdependent score over a relationship-hog map a contradiction, in the course’s words', () => {
    const comparison = compareStageWithMap('interdependent', diagnosisOf('kam-hog'));
    expect(comparison.agreement).toBe('contradict');
    expect(comparison.headline).toBe('The map contradicts the score');
    expect(comparison.reasons[0]).toMatch(/^An interdependent score over a relationship-hog map/);
    // The general "stages apart" sentence is not said again beside the course's own.
    expect(comparison.reasons.filter((r) => /shows a basic relationship/.test(r))).toEqual([]);
  });

  it('calls an integrated score with no senior contacts a contradiction', () => {
    const diagnosis = diagnosisOf('few-low-level');
    expect(diagnosis.metrics.seniorOnBothSides).toBe(false);
    const comparison = compareStageWithMap('integrated', diagnosis);
    expect(comparison.agreement).toBe('contradict');
    expect(
      comparison.reasons.some((r) => /^An integrated score with no senior contacts/.test(r)),
    ).toBe(true);
  });

  it('calls a high score over a map that is not joined up, or customer-controlled, a contradiction', () => {
    for (const pattern of ['not-joined-up', 'customer-controlled'] as const) {
      const comparison = compareStageWithMap('interdependent', diagnosisOf(pattern));
      expect(comparison.agreement).toBe('contradict');
      expect(comparison.reasons.join(' ')).toMatch(/manage the entire relationship/);
    }
  });

  it('agrees when the score and the map tell the same stage', () => {
    expect(compareStageWithMap('basic', diagnosisOf('kam-hog')).agreement).toBe('agree');
    expect(compareStageWithMap('interdependent', diagnosisOf('interdependent')).agreement).toBe(
      'agree',
    );
    // A map shows interdependent at most: integrated adds dedicated cross-boundary teams.
    expect(compareStageWithMap('integrated', diagnosisOf('interdependent')).agreement).toBe(
      'agree',
    );
    // "Not really under control, with blind spots" is the co-operative stage.
    expect(compareStageWithMap('co-operative', diagnosisOf('not-joined-up')).agreement).toBe(
      'agree',
    );
  });

  it('says a score and a map one stage apart are close, and which way', () => {
    const comparison = compareStageWithMap('co-operative', diagnosisOf('few-low-level'));
    expect(comparison.agreement).toBe('close');
    expect(comparison.reasons[0]).toMatch(/one stage lower/);
  });

  it('calls a basic score over an interdependent map a contradiction too', () => {
    const comparison = compareStageWithMap('basic', diagnosisOf('interdependent'));
    expect(comparison.agreement).toBe('contradict');
    expect(comparison.reasons[0]).toMatch(/either the score is harsh/);
  });

  it('has nothing to compare while the scoring is incomplete or the map has no contacts', () => {
    expect(compareStageWithMap(null, diagnosisOf('interdependent'))).toMatchObject({
      agreement: 'incomplete',
      headline: 'Nothing to compare yet',
    });
    const empty = diagnoseContactMap({ people: [], links: [] });
    expect(compareStageWithMap('basic', empty).agreement).toBe('incomplete');
  });

  it('always gives a headline that matches its agreement and at least one reason', () => {
    fc.assert(
      fc.property(validMap, fc.constantFrom<Stage | null>(null, ...stages), (map, stage) => {
        const comparison = compareStageWithMap(stage, diagnoseContactMap(map));
        expect(comparison.headline).toBe(agreementHeadlines[comparison.agreement]);
        expect(comparison.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('never calls a score agreeing with a map two stages away from it', () => {
    for (const { pattern } of exampleMaps) {
      const shown = stageOfPattern[pattern];
      if (shown === null) continue;
      for (const stage of stages) {
        const apart = Math.abs(stages.indexOf(stage) - stages.indexOf(shown));
        const { agreement } = compareStageWithMap(stage, diagnosisOf(pattern));
        if (apart >= 2) expect(agreement).toBe('contradict');
      }
    }
  });
});
