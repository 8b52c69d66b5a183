import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { perceptionGap, scoreStatements, type StatementScore } from '../../../shared/domain/stage';

const score = fc.constantFrom<StatementScore>(0, 1, 2, 3);
const maybeScore = fc.option(score, { nil: null });
const six = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: 6, maxLength: 6 });

describe('the perception gap between our view and the customer’s', () => {
  it('subtracts the customer’s score from ours, statement by statement, and names both stages', () => {
    expect(perceptionGap([3, 3, 2, 3, 3, 2], [1, 2, 2, 0, 1, 2])).toEqual({
      perStatement: [2, 1, 0, 3, 2, 0],
      ownStage: 'integrated',
      theirStage: 'co-operative',
    });
  });

  it('leaves a statement’s gap empty where either side has not scored it, and a stage empty until that side is complete', () => {
    expect(perceptionGap([3, null, 2, 2, 2, 2], [1, 1, null, 1, 1, 1])).toEqual({
      perStatement: [2, null, null, 1, 1, 1],
      ownStage: null,
      theirStage: null,
    });
    expect(perceptionGap([2, 2, 2, 2, 2, 2], [null, null, null, null, null, null])).toEqual({
      perStatement: [null, null, null, null, null, null],
      ownStage: 'interdependent',
      theirStage: null,
    });
  });

  it('shows no gap when both sides score alike, and the opposite gap when the sides swap', () => {
    fc.assert(
      fc.property(six(maybeScore), six(maybeScore), (own, theirs) => {
        const gap = perceptionGap(own, theirs);
        expect(perceptionGap(own, own).perStatement.every((d) => d === null || d === 0)).toBe(true);
        expect(perceptionGap(theirs, own).perStatement).toEqual(
          gap.perStatement.map((d) => (d === null ? null : -d || 0)),
        );
        expect(gap.ownStage).toBe(scoreStatements(own).stage);
        expect(gap.theirStage).toBe(scoreStatements(theirs).stage);
        for (const d of gap.perStatement)
          if (d !== null) expect(Math.abs(d)).toBeLessThanOrEqual(3);
      }),
    );
  });

  it('refuses the wrong number of scores on either side', () => {
    expect(() => perceptionGap([1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1])).toThrow(RangeError);
    expect(() => perceptionGap([1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1])).toThrow(RangeError);
  });

  it('refuses a score off the four-point scale', () => {
    const bad = [4, -1, 1.5, Number.NaN, '2', undefined] as unknown as StatementScore[];
    for (const value of bad) {
      expect(() => perceptionGap([value, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1])).toThrow(RangeError);
      expect(() => perceptionGap([1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, value])).toThrow(RangeError);
    }
  });
});
