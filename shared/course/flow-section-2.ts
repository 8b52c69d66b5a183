/** Section 2, "Relationship drivers": the customer's purchasing matrix, power and its dark side. */
import { minutes, type FlowStep } from './flow-step';

/** Section 2's steps, in order. */
export const sectionTwoSteps: readonly FlowStep[] = [
  {
    id: 'kraljic',
    kind: 'content',
    section: 2,
    title: 'The customer’s Kraljic purchasing matrix',
    points: [
      'Customers sort what they buy by profit impact and supply risk',
      'Four kinds of purchase: strategic, leverage, bottleneck, non-critical',
      'Where a purchase sits shapes the relationship the customer wants',
      'Where is your organisation in your key customer’s matrix?',
    ],
    notes:
      'This is the customer’s view, not ours. Ask each participant to place their account’s purchase from them in one quadrant, and to say why.',
    plannedMs: minutes(4),
  },
  {
    id: 'health-service',
    kind: 'content',
    section: 2,
    title: 'Relationship in context: a Health Service customer',
    points: [
      'Purchasing met all the suppliers of each category once a year',
      'The meetings had very different atmospheres and outcomes, and the customer could not see why',
      'The matrix explained it: where common interest was high, every supplier came and engaged',
      'Where common interest was low, attendance was poor and meetings inconclusive',
      'Supplier attitudes matched perceived power: directive in pharma, “petitioning” in prostheses',
    ],
    notes:
      'A real case: the customer only understood its own meetings once it mapped them on the matrix.',
    plannedMs: minutes(3),
  },
  {
    id: 'understanding-power',
    kind: 'content',
    section: 2,
    title: 'Why understanding power matters',
    points: [
      'Perceived power directly affects the length and quality of a relationship',
      'A supplier may over- or under-estimate the customer’s power — and the reverse',
      'The more powerful side is likely to be more assertive in negotiation',
      'Misperceived power drives the wrong strategies and tactics, and causes conflict',
      'Agreement on the balance of power supports collaboration (Lacoste & Blois, 2015)',
    ],
    notes:
      'Ask: in your largest account, who do you think holds more power — and would they agree?',
    plannedMs: minutes(3),
  },
  {
    id: 'sources-of-power',
    kind: 'content',
    section: 2,
    title: 'Sources of power',
    points: [
      'Expert — knowledge, expertise or skills the other side wants',
      'Referent — being associated with you is seen as valuable',
      'Legitimate — a belief that one side has a natural right to influence',
      'Reward — the ability to confer rewards, such as more purchases or supplies',
      'Coercive — the ability to punish, such as withdrawing purchases or supplies',
    ],
    notes:
      'Suppliers usually underrate their expert and referent power. Ask for one example of each from their own accounts.',
    plannedMs: minutes(3),
  },
  {
    id: 'organisation-individual-power',
    kind: 'content',
    section: 2,
    title: 'Organisation versus individual power',
    points: [
      'Often the supplier organisation has real power, yet the key account manager does not feel powerful',
      'Their position depends on the account’s performance: “KAM is a serious career risk!”',
      'Analyse both positions: your organisation’s value to the customer is its power',
      'That power is yours, as its representative — believe it',
      'Build strategies on that value, and involve the team, especially senior people',
    ],
    notes:
      'Key account managers often negotiate as if they personally had no power. Reframe: they speak for the whole organisation.',
    plannedMs: minutes(3),
  },
  {
    id: 'dark-side',
    kind: 'content',
    section: 2,
    title: 'The dark side of close relationships',
    points: [
      'Excessive confidence → monitoring neglected → the partner takes advantage',
      'Ever-rising expectations → harder to satisfy → dissatisfaction with good business',
      'Time → conflict accumulates → the relationship sours unnecessarily',
      'Overly strong personal ties → idiosyncratic actions → volatility',
      'Copying one relationship’s approach to another → mismatch, higher cost, poorer performance',
    ],
    notes:
      'From Zhang, Henneberg, Heirati & Leischnig (2021). The first four are risks inside one relationship; the last comes from other relationships.',
    plannedMs: minutes(3),
  },
  {
    id: 'summary-2',
    kind: 'summary',
    section: 2,
    title: 'Summary: relationship drivers',
    points: [
      'Relative power can determine key account relationships',
      'Understanding power, its effects and its sources helps to mitigate or rebalance it',
      'Power does not all belong to the customer',
      'Key account managers need to believe in their organisation’s power',
      'Recognise the dark side of close relationships, and avoid the trap',
    ],
    notes:
      'Check understanding before moving on: the stages in section 3 build on power and intent.',
    plannedMs: minutes(2),
  },
];
