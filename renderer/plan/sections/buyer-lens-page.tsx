import {
  buyerHeadingInfo,
  buyerHeadings,
  buyersLensPoint,
} from '../../../shared/course/buyers-lens';
import { PartBar } from '../part-bar';
import type { PlanPageProps } from '../plan-view';
import { usePlanPart } from '../use-plan-part';

/**
 * The buyer's lens (reading "Time for a new perspective"): the customer's stance under each of
 * the six supplier-management headings, with its KAM question, and what it means for the plan.
 */
export function BuyerLensPage({ participant, account }: PlanPageProps) {
  const lens = usePlanPart('buyer-lens', participant.id, account.id);
  return (
    <div className="plan-stack">
      <PartBar handle={lens}>
        <p>{buyersLensPoint}</p>
      </PartBar>
      <div className="plan-grid">
        {buyerHeadings.map((heading) => {
          const info = buyerHeadingInfo[heading];
          const entry = lens.value[heading] ?? { stance: '', meaning: '' };
          const change = (field: 'stance' | 'meaning', text: string) =>
            lens.change({ ...lens.value, [heading]: { ...entry, [field]: text } });
          return (
            <section key={heading} className="plan-card" aria-labelledby={`buyer-${heading}`}>
              <h3 id={`buyer-${heading}`} className="plan-card__title">
                {info.label}
              </h3>
              <p className="plan-muted">{info.buyerView}</p>
              <p className="plan-question">{info.kamQuestion}</p>
              <label className="field">
                <span className="field__label">{account.name}’s stance</span>
                <textarea
                  className="input plan-textarea"
                  rows={3}
                  value={entry.stance}
                  aria-label={`${info.label}: ${account.name}’s stance`}
                  onChange={(e) => change('stance', e.currentTarget.value)}
                />
              </label>
              <label className="field">
                <span className="field__label">What it means for the plan</span>
                <textarea
                  className="input plan-textarea"
                  rows={3}
                  value={entry.meaning}
                  aria-label={`${info.label}: what it means for the plan`}
                  onChange={(e) => change('meaning', e.currentTarget.value)}
                />
              </label>
            </section>
          );
        })}
      </div>
    </div>
  );
}
