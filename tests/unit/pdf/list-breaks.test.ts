import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listBreaks } from '../../../server/services/pdf/blocks';

const page = 700;
const space = (room: number) => ({ head: 14, tail: 20, room, page });

/** The items on each page a plan gives: the first page's, then each new page's. */
function pages(n: number, breaks: readonly number[]): number[][] {
  const starts = [0, ...breaks.filter((b) => b > 0), n];
  const result = starts
    .slice(0, -1)
    .map((start, i) => Array.from({ length: starts[i + 1]! - start }, (_, k) => start + k));
  // A break before the label leaves the first page without any of the list.
  return breaks[0] === 0 ? [[], ...result] : result;
}

describe('listBreaks', () => {
  it('does not break a list that fits', () => {
    expect(listBreaks([20, 20, 20], space(200))).toEqual([]);
  });

  it('moves a short list whole to the next page, label and all, rather than split it', () => {
    // Four of five items would fit: the fifth would sit alone on the next page.
    expect(listBreaks([20, 20, 20, 20, 20], space(100))).toEqual([0]);
  });

  it('keeps two items together at each end of a long list’s break', () => {
    const heights = Array.from({ length: 10 }, () => 20);
    // Nine would fit on this page: the break comes before the ninth, so two go over.
    expect(listBreaks(heights, space(14 + 9 * 20 + 5))).toEqual([8]);
    // One would fit: the list starts on the next page instead of leaving an orphan.
    expect(listBreaks(heights, space(14 + 20 + 5))).toEqual([0]);
  });

  it('fits each page and leaves no page with fewer than two items of a long list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 14, max: 120 }), { minLength: 7, maxLength: 80 }),
        fc.integer({ min: 0, max: page }),
        (heights, room) => {
          const breaks = listBreaks(heights, space(room));
          const onPages = pages(heights.length, breaks);
          const labelPage = breaks[0] === 0 ? 1 : 0;
          onPages.forEach((items, i) => {
            const used =
              (i === labelPage ? 14 : 0) +
              items.reduce((sum, k) => sum + heights[k]!, 0) +
              (i === onPages.length - 1 ? 20 : 0);
            expect(used).toBeLessThanOrEqual(i === 0 ? room : page);
            if (i > 0 || items.length > 0) expect(items.length).toBeGreaterThanOrEqual(2);
          });
        },
      ),
    );
  });
});
