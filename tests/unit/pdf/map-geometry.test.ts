import { describe, expect, it } from 'vitest';
import { cardRects } from '../../../server/services/pdf/map-geometry';
import { bandOf, CANVAS_HEIGHT, CANVAS_WIDTH } from '../../../shared/domain/contact-map-layout';
import { generateMap } from '../../fixtures/workshops/generate-map';

describe('cardRects', () => {
  it('keeps every card of a 200-person map inside its own band, without overlaps', () => {
    const map = generateMap(200);
    const rects = cardRects(map);
    expect(rects.size).toBe(200);
    const all = [...rects.values()];
    for (const person of map.people) {
      const r = rects.get(person.id)!;
      expect(r.x + r.width).toBeLessThanOrEqual(CANVAS_WIDTH);
      expect(r.y + r.height).toBeLessThanOrEqual(CANVAS_HEIGHT);
      expect(bandOf({ x: r.x + 1, y: r.y + 1 })).toEqual({
        side: person.side,
        level: person.level,
      });
      expect(bandOf({ x: r.x + r.width - 1, y: r.y + r.height - 1 })).toEqual({
        side: person.side,
        level: person.level,
      });
    }
    const overlapping = all.filter((a, i) =>
      all.some(
        (b, j) =>
          i !== j &&
          a.x < b.x + b.width &&
          b.x < a.x + a.width &&
          a.y < b.y + b.height &&
          b.y < a.y + a.height,
      ),
    );
    expect(overlapping).toEqual([]);
  });

  it('keeps the learner’s own arrangement on a small map', () => {
    const map = generateMap(6);
    const rects = cardRects(map, { p0: { x: 300, y: 120 } });
    expect(rects.get('p0')).toMatchObject({ x: 300, y: 120 });
  });
});
