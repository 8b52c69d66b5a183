/** The steps that open and close the module: title, agenda, learning points, reading, reflection. */
import { minutes, type FlowStep } from './flow-step';
import { moduleInfo } from './module-info';

/** Title, agenda and learning points. */
export const introSteps: readonly FlowStep[] = [
  {
    id: 'title',
    kind: 'title',
    section: 0,
    title: 'Key account relationships: nature and expectations',
    points: [`Module ${moduleInfo.code} · Key Account Management`, moduleInfo.author],
    notes:
      'Welcome the room and introduce yourself. Ask each participant to name one key account they will use in the exercises — they will come back to it in C, D and G.',
    plannedMs: minutes(3),
  },
  {
    id: 'agenda',
    kind: 'agenda',
    section: 0,
    title: 'Agenda',
    points: [
      'Relationships: what and why?',
      'Relationship drivers',
      'Key account relationship stages',
    ],
    notes:
      'Three parts: what relationships are and why both sides want them; what drives them (power); and the four stages a key account relationship can reach.',
    plannedMs: minutes(2),
  },
  {
    id: 'learning-points',
    kind: 'content',
    section: 0,
    title: 'Learning points',
    points: [
      'Confirm the nature of relationships',
      'Establish why companies engage in relationships',
      'Appreciate the different stages of inter-organisational relationships with key accounts',
      'Manage relationships appropriately',
    ],
    notes:
      'Set expectations: by the end everyone should be able to place one of their own accounts at a stage and say what to do about it.',
    plannedMs: minutes(2),
  },
];

/** Reading list and the questions to take back to the organisation. */
export const closeSteps: readonly FlowStep[] = [
  {
    id: 'reading-list',
    kind: 'close',
    section: 4,
    title: 'Recommended reading',
    points: [
      'Woodburn & McDonald, Key Account Management: The Definitive Guide, 3rd ed., Wiley — ch. 3 “Relationship stages” and ch. 5 “The buyer perspective”',
      'Croom, “The strategic buyer: how emerging procurement strategies may support KAM/SAM relationships”, in Woodburn & Wilson (eds), Handbook of Strategic Account Management, Wiley, 2013',
      'Wilson, “Developing strategic key account relationships in business-to-business markets”, in Woodburn & Wilson (eds), Handbook of Strategic Account Management, Wiley, 2013',
      'Krapfel, Salmond & Spekman, “A strategic approach to buyer-seller relationships”, European Journal of Marketing 25(9), 1991',
      'Hawkins, “CRM: engagement versus exploitation”, Institute of Collaborative Working, 2012',
    ],
    notes:
      'Point to chapter 3 first: it covers the four stages in depth. Croom is the best source on how buyers think about supplier relationships.',
    plannedMs: minutes(2),
  },
  {
    id: 'researching-and-reflecting',
    kind: 'close',
    section: 4,
    title: 'Researching and reflecting',
    points: [
      'Can your key account managers tell you the top three relationship expectations of each key account? Have they asked? If not, why not?',
      'Can they tell you their own top three expectations of each key account? Are they different in each case?',
      'Is the current stage of each key account relationship clear to everyone? How many accounts are at each stage?',
      'Are strategies matched to relationships in intensity, ambition and resource?',
    ],
    notes:
      'Ask each participant to pick one question to answer for their own organisation before the next module, and to bring the answer.',
    plannedMs: minutes(3),
  },
];
