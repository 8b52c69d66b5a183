import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  scoreStatements,
  stageBands,
  stageForTotal,
  type StatementScore,
} from '../../../shared/domain/stage';

const score = fc.constantFrom<StatementScore>(0, 1, 2, 3);

describe('stage for a total', () => {
  it.each([
    [0, 'basic'],
    [6, 'basic'],
    [7, 'co-operative'],
    [11, 'co-operative'],
    [12, 'interdependent'],
    [15, 'interdependent'],
    [16, 'integrated'],
    [18, 'integrated'],
  ] as const)('maps a total of %i to %s', (total, stage) => {
    expect(stageForTotal(total)).toBe(stage);
  });

  it('gives every total from 0 to 18 exactly one stage, and stages never go down as the total rises', () => {
    const order = stageBands.map((b) => b.stage);
    let previous = -1;
    for (let total = 0; total <= 18; total++) {
      const rank = order.indexOf(stageForTotal(total));
      expect(rank).toBeGreaterThanOrEqual(previous);
      previous = rank;
      expect(stageBands.filter((b) => total >= b.min && total <= b.max)).toHaveLength(1);
    }
  });

  it('refuses totals outside 0–18 and totals that are not whole numbers', () => {
    for (const bad of [-1, 19, 6.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => stageForTotal(bad)).toThrow(RangeError);
    }
    fc.assert(
      fc.property(
        fc.double().filter((x) => !(Number.isInteger(x) && x >= 0 && x <= 18)),
        (x) => {
          expect(() => stageForTotal(x)).toThrow(RangeError);
        },
      ),
    );
  });
});

describe('scoring the six statements', () => {
  it('totals six answered scores and names their stage', () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 6, maxLength: 6 }), (scores) => {
        const total = scores.reduce<number>((a, b) => a + b, 0);
        expect(scoreStatements(scores)).toEqual({
          total,
          answered: 6,
          stage: stageForTotal(total),
        });
      }),
    );
  });

  it('never shows a total or stage while any statement is unanswered', () => {
    const maybe = fc.option(score, { nil: null });
    fc.assert(
      fc.property(
        fc.array(maybe, { minLength: 6, maxLength: 6 }).filter((s) => s.includes(null)),
        (scores) => {
          const result = scoreStatements(scores);
          expect(result.total).toBeNull();
          expect(result.stage).toBeNull();
          expect(result.answered).toBe(scores.filter((s) => s !== null).length);
        },
      ),
    );
  });

  it('treats an unanswered statement as missing, not as zero', () => {
    expect(scoreStatements([0, 0, 0, 0, 0, null]).total).toBeNull();
  });

  it('refuses anything but exactly six scores', () => {
    expect(() => scoreStatements([3, 3, 3])).toThrow(RangeError);
    expect(() => scoreStatements([3, 3, 3, 3, 3, 3, 3])).toThrow(RangeError);
  });

  it('refuses a score outside the scale', () => {
    expect(() => scoreStatements([3, 3, 3, 3, 3, 4 as StatementScore])).toThrow(RangeError);
  });
});
