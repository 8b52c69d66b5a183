import { describe, expect, it } from 'vitest';
import { tallyIdeas } from '../../../shared/kinds/tally';

describe('tallyIdeas', () => {
  it('counts an idea once per participant, ignoring case and spacing, most frequent first', () => {
    const tallies = tallyIdeas([
      ['Innovation', 'Lower prices', 'innovation '],
      ['  INNOVATION', 'Trust'],
      ['Lower  prices', 'Innovation'],
    ]);
    expect(tallies).toEqual([
      { text: 'Innovation', count: 3 },
      { text: 'Lower prices', count: 2 },
      { text: 'Trust', count: 1 },
    ]);
  });

  it('ignores blank items', () => {
    expect(tallyIdeas([['', '   ']])).toEqual([]);
  });

  it('counts the same words with other punctuation as one idea', () => {
    expect(
      tallyIdeas([['Market intelligence.'], ['market-intelligence'], ['Market, intelligence!']]),
    ).toEqual([{ text: 'Market intelligence.', count: 3 }]);
  });
});
