import { diagnoseContactMap, patternInfo, verdictLabels } from '../../domain/contact-map';
import { isAnswered } from '../../kinds/answer-kinds';
import type { KindSheet } from '../sheet';

/** A contact map (G): its counts, and the pattern and verdict of its diagnosis. */
export const contactMapSheet: KindSheet<'contact-map'> = {
  columns: () => [
    'People',
    'Supplier people',
    'Customer people',
    'Links',
    'Contacts (reciprocated)',
    'One-sided contacts',
    'Pattern',
    'Verdict',
  ],
  rows: (_exercise, { answer }) => {
    if (!isAnswered('contact-map', answer)) return [['0', '', '', '0', '', '', '', '']];
    const { pattern, verdict, metrics } = diagnoseContactMap(answer);
    return [
      [
        String(answer.people.length),
        String(metrics.supplierPeopleCount),
        String(metrics.customerPeopleCount),
        String(answer.links.length),
        String(metrics.contactCount),
        String(metrics.oneSidedContactCount),
        patternInfo[pattern].label,
        verdictLabels[verdict],
      ],
    ];
  },
};
