import type { Stage } from '../domain/stage';

export interface StageInfo {
  stage: Stage;
  label: string;
  /** What a relationship at this stage is like, from the course's stage model. */
  characteristics: readonly string[];
}

/** The four stages, lowest first, with their characteristics. */
export const stageInfo: Readonly<Record<Stage, StageInfo>> = {
  basic: {
    stage: 'basic',
    label: 'Basic',
    characteristics: [
      'Transactional, with the emphasis on efficiency',
      'Probably one of several suppliers',
      'One or a few significant points of contact',
      'Easy for either side to exit',
      'Minimum information sharing',
      'Reactive rather than proactive',
      'Price and the reward structure are often the main drivers',
      'Not seen as a business partner',
      'Small chance of improving the business',
      'Can be a stable state, or a trial stage',
    ],
  },
  'co-operative': {
    stage: 'co-operative',
    label: 'Co-operative',
    characteristics: [
      'More functions loosely involved, few of them consistently; still mainly buyer and order processing',
      'Not really under control, with blind spots',
      'One of a preferred few suppliers, but a minor share of spend',
      'Exit is not particularly difficult',
      'Limited access, especially to senior people',
      'Limited information sharing',
      'Forecasting rather than joint strategic planning',
      'Not seen as a business partner: the supplier is “making the running”',
      'Not yet trusted by the customer',
      'Danger of losing money: the customer profitability trap',
    ],
  },
  interdependent: {
    stage: 'interdependent',
    label: 'Interdependent',
    characteristics: [
      'A wide range of functions and senior people consistently involved',
      'The relationship manager is positioned to manage the entire relationship',
      'Sole supplier, or a major share of two',
      'Both acknowledge the importance of the relationship; exit is difficult',
      'Fully satisfactory access, including to key people',
      'High information exchange, including sensitive business information',
      'Deep understanding of the customer’s business',
      'Pro-active',
      'A wider range of joint and innovative projects',
      'Streamlined processes',
      'Joint strategic planning focused on the future',
      'Increasingly seen as a business partnership in which both invest',
      'Opportunities to improve and develop the business',
      'Trust on both sides',
    ],
  },
  integrated: {
    stage: 'integrated',
    label: 'Integrated',
    characteristics: [
      'Dedicated cross-boundary functional or project teams, each organisation subsidiary to the team',
      'Rare',
      'A deterrent for other customers',
      'High exit barriers: exit is traumatic',
      'Open information sharing, including sensitive subjects',
      'Transparent costing systems',
      'Joint long-term strategic planning',
      'Abstention from opportunistic behaviour',
      'Lowered protection against opportunism',
      'Mutual trustworthiness assumed at all levels',
      'Real partnership: complementary and mutually dependent',
      'Better profits for both',
    ],
  },
};
