/** Section 1, "Relationships: what and why?": nature, ingredients, networks, exercises A–C. */
import { exerciseStep, minutes, type FlowStep } from './flow-step';

/** Section 1's steps, in order. */
export const sectionOneSteps: readonly FlowStep[] = [
  {
    id: 'means-to-an-end',
    kind: 'content',
    section: 1,
    title: 'Relationships are means to an end',
    points: [
      'Relationships matter — but it is not all about relationships',
      'A relationship exists for the business it makes possible',
      'Dictionary definition: the way two or more people or organisations are connected and deal with each other',
      'That is not enough to describe a key account relationship',
    ],
    notes:
      'Challenge the “it’s all about relationships” view: a relationship that does not create value for both sides is a cost, not an asset.',
    plannedMs: minutes(3),
  },
  {
    id: 'ingredients',
    kind: 'content',
    section: 1,
    title: 'Relationship ingredients',
    points: [
      'Empathy',
      'Communication',
      'Commitment',
      'Co-operation',
      'Conflict',
      'Business relationships are episodes in which conflict and co-operation are both found (Håkansson & Gadde, 2002)',
    ],
    notes:
      'Conflict surprises people on this list. Ask for an example of a productive disagreement with a key customer.',
    plannedMs: minutes(3),
  },
  {
    id: 'when-key-account-relationship',
    kind: 'content',
    section: 1,
    title: 'When is it a key account relationship?',
    points: [
      'Does the act of selling and buying make a relationship?',
      'Is it when one organisation feels it has a relationship?',
      'Is reciprocation part of what a relationship is?',
    ],
    notes:
      'Take two or three answers to each question. Land on reciprocation: a contact only one side values is “one hand clapping”.',
    plannedMs: minutes(3),
  },
  {
    id: 'dyads-and-networks',
    kind: 'content',
    section: 1,
    title: 'Relationships with whom? Dyads and networks',
    points: [
      'Dyadic relationship: one person on each side',
      'Simple network: a few people linked across both organisations',
      'Less simple network: more people, more links',
      'Complex network: many people, functions and levels (Maikštėnienė, ISM Lithuania, 2018)',
    ],
    notes: 'Ask where their own largest account sits on this range today, and where it should be.',
    plannedMs: minutes(3),
  },
  {
    id: 'network-roles',
    kind: 'content',
    section: 1,
    title: 'Roles in a network',
    points: [
      'Brokerage — for top-line growth: reach diverse teams and connect clusters',
      'Closure — for bottom-line growth: increase relationship density within a cluster',
      'Centrality — for influence: find the most powerful person in the network',
      'The central person has many potential connections, all close and easily accessible',
      'They can block or grant access to others',
    ],
    notes:
      'Brokerage opens new business; closure makes existing business efficient. Ask who holds the central position in one of their accounts.',
    plannedMs: minutes(4),
  },
  exerciseStep(
    'A',
    1,
    'Insist on a long list. Once revealed, note that every item comes back to value — the word to leave on the flip chart.',
  ),
  exerciseStep(
    'B',
    1,
    'Watch for lists that are all about revenue; prompt for market intelligence and warning of innovation.',
  ),
  exerciseStep(
    'C',
    1,
    'Each participant works on one named account. In the debrief ask who found a mismatch between the two top threes.',
  ),
  {
    id: 'layers-of-involvement',
    kind: 'content',
    section: 1,
    title: 'Layers of involvement',
    points: [
      'Activity links — co-ordination',
      'Resource ties — change',
      'People bonds — facilitation',
      'Professional, not “buddies”!',
    ],
    notes:
      'Activity links and resource ties outlast any individual: they are the “golden handcuffs”. People bonds help, but must stay professional.',
    plannedMs: minutes(3),
  },
  {
    id: 'multi-level-builder',
    kind: 'content',
    section: 1,
    title: 'Multi-level relationship builder',
    points: [
      'Build contacts at several levels on both sides, not only salesperson and buyer',
      'Pair people by level and function: senior with senior, specialist with specialist',
      'Every extra layer makes the relationship less fragile',
    ],
    notes:
      'Ask who, in their organisation, meets the customer at board level — and who decides when they should.',
    plannedMs: minutes(3),
  },
  {
    id: 'relationship-governance',
    kind: 'content',
    section: 1,
    title: 'Relationship governance',
    points: [
      'Who is involved, often with the qualifications required',
      'When meetings are held, and how often',
      'What each meeting is for',
      'Ways of working together',
      'Scope, and the decisions each group can make',
      'Communication links',
      'Required outcomes',
      'Be pro-active: propose a governance scheme to your key account',
    ],
    notes:
      'Governance is increasingly written into major contracts. Suppliers who propose it first shape it.',
    plannedMs: minutes(3),
  },
  {
    id: 'summary-1',
    kind: 'summary',
    section: 1,
    title: 'Summary: relationships — what and why?',
    points: [
      'Key account relationships exist to create value, for both parties',
      'They share elements of personal relationships, but differ too',
      'They are often networks, not simple dyads',
      'Each party has high expectations — but not necessarily the same ones',
      'Effective relationships acknowledge and respond to both sides’ expectations',
      'Significant business strategies cannot work without relationships',
    ],
    notes: 'Ask for one thing each person will do differently with their account after section 1.',
    plannedMs: minutes(2),
  },
];
