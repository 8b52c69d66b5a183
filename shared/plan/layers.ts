/** Layers of involvement for one account: what binds the two organisations, and which layer is thin. */
import { z } from 'zod';
import {
  involvementLayers,
  layerInfo,
  type InvolvementLayer,
} from '../course/layers-of-involvement';
import { DEFAULT_STRENGTH, isReciprocated, LinkStrength } from '../domain/contact-map-model';
import { AnswerText, isBlank } from '../kinds/answer-text';
import { Id } from '../schemas/common';

/** The most entries one layer holds. */
export const MAX_LAYER_ENTRIES = 50;
/** The longest "since when" (a year, a month, "the 2023 tender"). */
export const MAX_SINCE_CHARS = 60;

/** One link, tie or bond: what it is, since when, how strong; a bond also whether it is two-way. */
export const LayerEntry = z.strictObject({
  id: Id,
  what: AnswerText,
  since: z.string().max(MAX_SINCE_CHARS),
  /** Null until the learner says; counted as medium meanwhile. */
  strength: LinkStrength.nullable(),
  /** People bonds only: false when one-sided, which is no relationship ("one hand clapping"). */
  reciprocated: z.boolean().optional(),
});
export type LayerEntry = z.infer<typeof LayerEntry>;

const entries = z.array(LayerEntry).max(MAX_LAYER_ENTRIES);

export const LayersPart = z.strictObject({
  'activity-links': entries,
  'resource-ties': entries,
  'people-bonds': entries,
});
export type LayersPart = z.infer<typeof LayersPart>;

export const emptyLayers: LayersPart = {
  'activity-links': [],
  'resource-ties': [],
  'people-bonds': [],
};

/** A layer is thin when it weighs less than this share of the heaviest layer (or nothing). */
export const THIN_LAYER_SHARE = 0.5;

/** What a layer holds: its entries, those that count, and their summed strength. */
export interface LayerWeight {
  layer: InvolvementLayer;
  entries: number;
  /** Entries that say something; a one-sided people bond does not count. */
  counted: number;
  /** The strengths of the counted entries, summed (an unrated entry counts as medium). */
  weight: number;
  thin: boolean;
}

function counts(layer: InvolvementLayer, entry: LayerEntry): boolean {
  return !isBlank(entry.what) && (layer !== 'people-bonds' || isReciprocated(entry));
}

/**
 * Weighs each layer and marks the thin ones: a layer is thin when it holds nothing that counts,
 * or weighs less than THIN_LAYER_SHARE of the heaviest layer.
 */
export function weighLayers(part: LayersPart): LayerWeight[] {
  const weighed = involvementLayers.map((layer) => {
    const counted = part[layer].filter((entry) => counts(layer, entry));
    return {
      layer,
      entries: part[layer].length,
      counted: counted.length,
      weight: counted.reduce((sum, e) => sum + (e.strength ?? DEFAULT_STRENGTH), 0),
    };
  });
  const heaviest = Math.max(...weighed.map((w) => w.weight));
  return weighed.map((w) => ({
    ...w,
    thin: w.weight === 0 || w.weight < heaviest * THIN_LAYER_SHARE,
  }));
}

/** The thin layers, in layer order. */
export function thinLayers(part: LayersPart): InvolvementLayer[] {
  return weighLayers(part)
    .filter((w) => w.thin)
    .map((w) => w.layer);
}

/** What the weights say, in a sentence. */
export function layersVerdict(weights: readonly LayerWeight[]): string {
  const thin = weights.filter((w) => w.thin);
  if (weights.every((w) => w.counted === 0)) return 'Nothing recorded yet.';
  if (thin.length === 0) return 'No layer is thin: the relationship is bound on all three.';
  const names = thin.map((w) => layerInfo[w.layer].label.toLowerCase());
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const onlyPeople =
    thin.length === 2 && !thin.some((w) => w.layer === 'people-bonds')
      ? ' The relationship rests on people alone: it may leave when they do.'
      : '';
  return `Thin: ${list}.${onlyPeople}`;
}
