import type { StatementScore } from '../domain/stage';

/** The six statements of exercise D, scored for one customer. */
export const stageStatements: ReadonlyArray<{ id: string; text: string }> = [
  {
    id: 'd1',
    text: 'If our relationship ended, both parties would find it difficult and disruptive to exit.',
  },
  {
    id: 'd2',
    text: 'There is a real spirit of partnership and trust between our two organisations.',
  },
  {
    id: 'd3',
    text: 'Together we have produced long-term strategic plans for the development of our relationship and business together.',
  },
  {
    id: 'd4',
    text: 'Any information at all relevant to our business together is passed straight on to the customer.',
  },
  {
    id: 'd5',
    text: 'People at all levels in both organisations are in constant communication with each other.',
  },
  { id: 'd6', text: 'We have both realised substantial benefits through working together.' },
];

/** The four-point scale, strongest agreement first, as the course words it. */
export const agreementScale: ReadonlyArray<{ score: StatementScore; label: string }> = [
  { score: 3, label: 'Strongly agree' },
  { score: 2, label: 'Agree' },
  { score: 1, label: 'Disagree' },
  { score: 0, label: 'Strongly disagree' },
];
