import { describe, expect, it } from 'vitest';
import { stageViewsSentence, statementGapWords } from '../../../shared/plan/stage-views';

describe('the two views of the stage in words', () => {
  it('says which side scores a statement higher, and by how much', () => {
    expect(statementGapWords(2)).toBe('We score it 2 higher');
    expect(statementGapWords(-1)).toBe('The customer scores it 1 higher');
    expect(statementGapWords(0)).toBe('Same score');
    expect(statementGapWords(null)).toBe('Not both scored');
  });

  it('says how many stages apart the views are, and which way', () => {
    expect(stageViewsSentence('interdependent', 'basic')).toBe(
      'The customer would place the relationship 2 stages lower than we do: Basic, against our Interdependent.',
    );
    expect(stageViewsSentence('co-operative', 'interdependent')).toMatch(/1 stage higher/);
    expect(stageViewsSentence('basic', 'basic')).toBe(
      'Both views place the relationship at the same stage: Basic.',
    );
    expect(stageViewsSentence('basic', null)).toMatch(/in the customer’s view/);
    expect(stageViewsSentence(null, null)).toMatch(/in both views/);
  });
});
