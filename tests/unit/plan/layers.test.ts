import { describe, expect, it } from 'vitest';
import {
  emptyLayers,
  layersVerdict,
  LayersPart,
  thinLayers,
  weighLayers,
  type LayerEntry,
} from '../../../shared/plan/layers';

let next = 0;
const entry = (what: string, extra: Partial<LayerEntry> = {}): LayerEntry => ({
  id: `e${next++}`,
  what,
  since: '',
  strength: null,
  ...extra,
});

describe('which layer of involvement is thin', () => {
  it('calls every layer thin, and says nothing is recorded, before anything is written', () => {
    expect(thinLayers(emptyLayers)).toEqual(['activity-links', 'resource-ties', 'people-bonds']);
    expect(layersVerdict(weighLayers(emptyLayers))).toBe('Nothing recorded yet.');
  });

  it('weighs each layer by its entries’ strengths, counting an unrated entry as medium', () => {
    const weights = weighLayers({
      'activity-links': [entry('Shared ordering system', { strength: 3 }), entry('Weekly call')],
      'resource-ties': [entry('Joint warehouse', { strength: 1 })],
      'people-bonds': [],
    });
    expect(weights.map((w) => [w.layer, w.counted, w.weight, w.thin])).toEqual([
      ['activity-links', 2, 5, false],
      ['resource-ties', 1, 1, true],
      ['people-bonds', 0, 0, true],
    ]);
  });

  it('does not count a one-sided people bond, nor an entry with nothing written', () => {
    const weights = weighLayers({
      'activity-links': [entry('  ')],
      'resource-ties': [],
      'people-bonds': [
        entry('Kim and the buyer', { reciprocated: false, strength: 3 }),
        entry('Sam and the planner', { strength: 2 }),
      ],
    });
    expect(weights.map((w) => [w.entries, w.counted, w.weight])).toEqual([
      [1, 0, 0],
      [0, 0, 0],
      [2, 1, 2],
    ]);
  });

  it('marks a layer thin below half the heaviest layer’s weight, not at it', () => {
    const part = {
      'activity-links': [entry('a', { strength: 2 }), entry('b', { strength: 2 })],
      'resource-ties': [entry('c', { strength: 2 })],
      'people-bonds': [entry('d', { strength: 1 })],
    };
    expect(thinLayers(part)).toEqual(['people-bonds']);
  });

  it('warns when the relationship rests on people alone', () => {
    const part = { ...emptyLayers, 'people-bonds': [entry('Kim and the buyer')] };
    expect(layersVerdict(weighLayers(part))).toBe(
      'Thin: activity links and resource ties. The relationship rests on people alone: it may leave when they do.',
    );
  });

  it('refuses a strength off the scale and an over-long "since"', () => {
    const bad = { ...emptyLayers, 'resource-ties': [entry('x', { strength: 4 as 1 })] };
    expect(LayersPart.safeParse(bad).success).toBe(false);
    const long = { ...emptyLayers, 'resource-ties': [entry('x', { since: 'y'.repeat(61) })] };
    expect(LayersPart.safeParse(long).success).toBe(false);
  });
});
