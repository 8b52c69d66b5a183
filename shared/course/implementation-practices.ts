/**
 * The practices behind a KAM programme that succeeds (companion reading from Cranfield's KAM
 * Best Practice Club): seven strategic and five operational, inside the supplier's own
 * organisation, where most firms underinvest.
 */

export const practiceLevels = ['strategic', 'operational'] as const;
export type PracticeLevel = (typeof practiceLevels)[number];

export interface Practice {
  id: string;
  level: PracticeLevel;
  text: string;
}

/** The twelve practices, strategic first, in the app's words. */
export const implementationPractices: readonly Practice[] = [
  {
    id: 's1',
    level: 'strategic',
    text: 'A compelling business case for KAM, often prompted by what customers demand',
  },
  {
    id: 's2',
    level: 'strategic',
    text: 'KAM understood as a systematic way to broaden and deepen customer relationships, with training and development for account managers and their teams',
  },
  {
    id: 's3',
    level: 'strategic',
    text: 'Structures and procedures defined formally yet flexibly, built around how each key customer is organised',
  },
  {
    id: 's4',
    level: 'strategic',
    text: 'KAM processes built in: tracking and evaluation that review inputs (activities, initiatives) as well as financial results',
  },
  {
    id: 's5',
    level: 'strategic',
    text: 'Support for KAM, formal (committees) and informal (a senior manager’s backing)',
  },
  {
    id: 's6',
    level: 'strategic',
    text: 'Offerings and service levels reserved for key accounts',
  },
  {
    id: 's7',
    level: 'strategic',
    text: 'Trade-offs managed: short-term and long-term activities and results kept in balance',
  },
  {
    id: 'o1',
    level: 'operational',
    text: 'Account planning tools: key account plans with analysis, actions and planned investment, updated regularly',
  },
  {
    id: 'o2',
    level: 'operational',
    text: 'Customer review routines that evolve: value propositions, the key account portfolio, market insight fed into the plans',
  },
  {
    id: 'o3',
    level: 'operational',
    text: 'Measurement that reaches the top: key accounts on the board’s agenda, senior people engaged with them',
  },
  {
    id: 'o4',
    level: 'operational',
    text: 'Incentives balanced between input and output measures',
  },
  {
    id: 'o5',
    level: 'operational',
    text: 'Clear criteria for choosing key accounts, accepted across the organisation',
  },
];

/** How each level of practice is headed. */
export const practiceLevelLabels: Readonly<Record<PracticeLevel, string>> = {
  strategic: 'Strategic practices',
  operational: 'Operational practices',
};

/** Why the practices matter, as the reading argues it. */
export const practicesPoint =
  'Many KAM programmes fail to deliver. Most organisations underestimate the internal alignment KAM needs and put too much into customer-facing processes instead — while balancing short term against long term, and firmness against flexibility.';
