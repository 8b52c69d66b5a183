/**
 * The three layers of involvement between a supplier and a key account (Gadde and Snehota,
 * retold in the companion reading "Inhuman relationships"): links and ties that can outlast the
 * people who set them up, and the person-to-person bonds that make them productive.
 */

/** The layers, from the most operational to the most personal. */
export const involvementLayers = ['activity-links', 'resource-ties', 'people-bonds'] as const;
export type InvolvementLayer = (typeof involvementLayers)[number];

export interface LayerInfo {
  label: string;
  /** The reading's shorthand for the layer. */
  shorthand: string;
  /** What the layer does between the two organisations. */
  purpose: string;
  /** The kind of thing a learner lists under it. */
  examples: string;
}

/** What each layer is, in the app's words. */
export const layerInfo: Readonly<Record<InvolvementLayer, LayerInfo>> = {
  'activity-links': {
    label: 'Activity links',
    shorthand: 'Things we do together',
    purpose: 'They co-ordinate the transactions and traffic between the two organisations.',
    examples:
      'Processes both sides take part in; shared ordering, tracking or costing systems and the training behind them.',
  },
  'resource-ties': {
    label: 'Resource ties',
    shorthand: 'Things we invest in together',
    purpose: 'Joint investments, usually made to change the way things work today.',
    examples:
      'A jointly run warehouse at the customer’s gate; research, software or equipment both sides paid for.',
  },
  'people-bonds': {
    label: 'People bonds',
    shorthand: 'Good professional, two-way associations between individuals',
    purpose: 'They make the activity links and resource ties productive.',
    examples:
      'A working relationship between named people; it counts only if the other person would say so too.',
  },
};

/** Why the layers matter, as the reading argues it. */
export const layersPoint =
  'Person-to-person relationships are a means, not an end: the key account manager uses them to build links and ties that bind the two organisations — the ‘golden handcuffs’ that are harder to exit and can outlast everyone who set them up. Professional, not buddies.';
