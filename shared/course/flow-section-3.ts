/** Section 3, "Key account relationship stages": labels, the four stages, exercises D–G. */
import type { Stage } from '../domain/stage';
import { exerciseStep, minutes, type FlowStep } from './flow-step';
import { stageInfo } from './stages';

/** A slide listing one stage's characteristics, straight from the stage model. */
function stageStep(stage: Stage, notes: string): FlowStep {
  return {
    id: `stage-${stage}`,
    kind: 'content',
    section: 3,
    title: `Key characteristics of ${stageInfo[stage].label.toLowerCase()} relationships`,
    points: stageInfo[stage].characteristics,
    notes,
    plannedMs: minutes(3),
  };
}

/** Section 3's steps, in order. */
export const sectionThreeSteps: readonly FlowStep[] = [
  {
    id: 'partnership',
    kind: 'content',
    section: 3,
    title: '“Partnership”',
    points: [
      'Misunderstood',
      'Abused',
      'Best avoided!',
      'Suppliers have made accounts cynical about partnership',
      'Do not use the word unless it is concretely and genuinely intended',
    ],
    notes:
      'Ask how many have heard a customer roll their eyes at “partnership”. The word promises the integrated stage, which is rare.',
    plannedMs: minutes(3),
  },
  {
    id: 'relationship-labels',
    kind: 'content',
    section: 3,
    title: 'Relationship labels',
    points: ['Basic', 'Co-operative', 'Interdependent', 'Integrated'],
    notes:
      'Four labels, lowest first. They are shorthand for discussion inside the team, not words to use with the customer.',
    plannedMs: minutes(2),
  },
  {
    id: 'intent-and-progression',
    kind: 'content',
    section: 3,
    title: 'Intent and relationship progression',
    points: [
      'The selling company’s strategic intent decides how far a relationship should go',
      'Relationships can progress from one stage to the next',
      'Progress is not automatic: it has to be intended, and worked for',
    ],
    notes: 'Lead into D: before deciding where to take a relationship, diagnose where it is today.',
    plannedMs: minutes(2),
  },
  exerciseStep(
    'D',
    3,
    'Everyone scores one named account. An unanswered statement leaves the total incomplete — push for all six scores before revealing the bands.',
  ),
  stageStep(
    'basic',
    'Basic can be a stable state or a trial stage. Ask whether any of their key accounts is basic by choice.',
  ),
  exerciseStep(
    'E',
    3,
    'Expect a split room. The model answer: basic has real strengths, but do not develop one unless you can go on to interdependent.',
  ),
  stageStep(
    'co-operative',
    'The customer profitability trap: more people involved and more cost, without the share of spend to pay for it.',
  ),
  stageStep(
    'interdependent',
    'Ask which characteristic their best account is missing. The relationship manager managing the whole relationship is usually the gap.',
  ),
  stageStep(
    'integrated',
    'Integrated is rare and costly to exit. Few suppliers need one; it is not the goal for every key account.',
  ),
  exerciseStep(
    'F',
    3,
    'Only two minutes. Most people say integrated at first; the picture shows every function lined up behind the KAM.',
  ),
  {
    id: 'mapping-diagnostic',
    kind: 'content',
    section: 3,
    title: 'Relationship mapping diagnostic',
    points: [
      'Place the people of both organisations side by side, by level and function',
      'Draw a line for every contact between them',
      'A contact counts as a relationship only when it is reciprocated',
      'The pattern of lines shows the stage',
    ],
    notes:
      'Show the interdependent map before G: many contacts across levels and functions, joined up through the key account manager.',
    plannedMs: minutes(3),
  },
  exerciseStep(
    'G',
    3,
    'Let people draw their real account, with roles rather than names if confidential. In the debrief, ask who found a relationship hog.',
  ),
  {
    id: 'managing-relationships',
    kind: 'content',
    section: 3,
    title: 'Relationships need to be managed',
    points: [
      'Relationships cost money to run',
      'They need investment to develop',
      'Relationship levels must be managed and monitored',
      '“We throw more at our worst key account than we do at any of the others!” — a supplier, Cranfield research',
    ],
    notes:
      'Why understand relationships if you cannot control your own behaviour? Use the quote to open that question.',
    plannedMs: minutes(3),
  },
  {
    id: 'alert',
    kind: 'content',
    section: 3,
    title: 'ALERT! 66% of suppliers’ top 3 accounts were at no more than the co-operative stage',
    points: [
      'Do not develop basic relationships unless you can — and want to — reach interdependent',
      'Do not prolong the co-operative stage',
      'If a relationship is stuck at co-operative, move it forwards or backwards',
    ],
    notes:
      'Connect back to D: how many of the room’s accounts scored co-operative? That is where money is most often lost.',
    plannedMs: minutes(3),
  },
  {
    id: 'summary-3',
    kind: 'summary',
    section: 3,
    title: 'Summary: key account relationship stages',
    points: [
      'Key account relationships can progress through clearly different stages',
      'Moving from one stage to the next is not inevitable',
      'The labels — basic, co-operative, interdependent, integrated — are useful shorthand',
      'Monitor co-operative relationships carefully: they can lose money',
      'Manage key account relationship stages pro-actively',
    ],
    notes: 'Close the content: ask for the one account each person will re-score in three months.',
    plannedMs: minutes(2),
  },
];
