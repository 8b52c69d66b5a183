/**
 * Partnership readiness (companion reading "Beyond key accounts — strategic customer/supplier
 * partnerships"): the characteristics a strategic partnership moves away from and towards,
 * what must be in place before approaching the other side, and the stepped route there.
 */

export interface PartnershipCharacteristic {
  id: string;
  awayFrom: string;
  towards: string;
}

/** The sixteen characteristics, each a move from the usual key account model to partnership. */
export const partnershipCharacteristics: readonly PartnershipCharacteristic[] = [
  {
    id: 'c1',
    awayFrom: 'Focus on products and services',
    towards: 'Mutual value and competitive differentiation',
  },
  {
    id: 'c2',
    awayFrom: 'Selling to the customer',
    towards: 'Selling to the user and the customer’s customer',
  },
  { id: 'c3', awayFrom: 'A supplier–customer focus', towards: 'A focus on the whole value chain' },
  { id: 'c4', awayFrom: 'Focus on price', towards: 'Cutting costs out and finding efficiencies' },
  {
    id: 'c5',
    awayFrom: 'Short-term selling and buying',
    towards: 'Business both sides assume will continue',
  },
  { id: 'c6', awayFrom: 'Benefits for the supplier', towards: 'Value developed for both' },
  {
    id: 'c7',
    awayFrom: 'Working separately',
    towards: 'Joint working parties on specific questions',
  },
  { id: 'c8', awayFrom: 'Data and access held back', towards: 'Data shared and access encouraged' },
  {
    id: 'c9',
    awayFrom: 'One point of contact, others brought in as needed',
    towards: 'Dedicated multi-disciplinary teams that meet formally and regularly',
  },
  {
    id: 'c10',
    awayFrom: 'Talks led by the account manager and the buyer',
    towards: 'Talks at many levels, co-ordinated by the account manager and the purchasing manager',
  },
  {
    id: 'c11',
    awayFrom: 'Middle managers with little authority to decide',
    towards: 'Senior managers with the highest authority to decide',
  },
  {
    id: 'c12',
    awayFrom: 'Little or occasional senior involvement',
    towards: 'The full board regularly and actively involved',
  },
  {
    id: 'c13',
    awayFrom: 'A low-level, formulaic account or supplier plan',
    towards: 'A joint strategic plan backed by both boards',
  },
  {
    id: 'c14',
    awayFrom: 'Each side measuring on its own',
    towards: 'Joint measures and reporting',
  },
  {
    id: 'c15',
    awayFrom: 'Separate operations',
    towards: 'Operations merged or dependent on each other',
  },
  {
    id: 'c16',
    awayFrom: 'Playing one partner off against its rivals',
    towards: 'Long-term commitment',
  },
];

/** Where a relationship stands between the two ends of a characteristic. */
export const readinessPositions = [0, 1, 2, 3] as const;
export type ReadinessPosition = (typeof readinessPositions)[number];

/** How each position is named. */
export const readinessPositionLabels: Readonly<Record<ReadinessPosition, string>> = {
  0: 'Away from',
  1: 'Starting to move',
  2: 'Well on the way',
  3: 'Towards',
};

/** What must be in place on your own side before approaching the other. */
export const partnershipPrerequisites: ReadonlyArray<{ id: string; text: string }> = [
  { id: 'p1', text: 'Senior management actively endorses it, supports it and gives it time' },
  { id: 'p2', text: 'The needs and demands of change are recognised' },
  { id: 'p3', text: 'Clear agreement on your aims and objectives: why bother?' },
  { id: 'p4', text: 'Some central control, and the will to use it' },
  { id: 'p5', text: 'Clear responsibilities and roles' },
  { id: 'p6', text: 'Clear expectations, and your own measures of success' },
  { id: 'p7', text: 'Acceptance that it will take much longer than you think' },
  { id: 'p8', text: 'The right data: having it, getting it and being willing to share it' },
];

/** The stepped route towards a strategic partnership, in order. */
export const partnershipSteps: ReadonlyArray<{ id: string; text: string }> = [
  { id: 'r1', text: 'Define and agree your objectives: what do you want, and is it worth it?' },
  { id: 'r2', text: 'Identify the very few potential partners, and choose one as a pilot' },
  { id: 'r3', text: 'Your most senior manager sounds out their most senior manager' },
  {
    id: 'r4',
    text: 'Both senior teams meet off-site to agree objectives, measures and one first piece of joint work',
  },
  {
    id: 'r5',
    text: 'Set up the working party: aims, rules, roles, communication, confidentiality, conflict and escalation',
  },
  { id: 'r6', text: 'Agree the activity: write the joint plan' },
  { id: 'r7', text: 'Decide what data is needed and how to get it' },
  { id: 'r8', text: 'Run the work' },
  { id: 'r9', text: 'Report monthly to both senior teams' },
  {
    id: 'r10',
    text: 'After six months, review the results and the relationship with both boards, and choose what comes next',
  },
];

/** Why readiness matters, as the reading argues it. */
export const readinessPoint =
  'A partnership is done with the other side, not to it: both decide, both contribute, both benefit. Get your own house in order before you approach them, expect it to take longer than you think, and look for early wins in the supply chain.';
