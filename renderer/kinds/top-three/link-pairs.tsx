import { useId } from 'react';
import type { TopThreeMatch } from '../../../shared/domain/top-three';
import type { TopPick } from '../../../shared/kinds/top-three';
import { pairOf } from './top-three-edits';

interface LinkPairsProps {
  customer: readonly TopPick[];
  supplier: readonly TopPick[];
  match: TopThreeMatch;
  accountName: string;
  onLink(customerId: string, supplierId: string | null): void;
}

/** For each customer pick, the learner says which supplier pick (if any) is the same expectation. */
export function LinkPairs({ customer, supplier, match, accountName, onLink }: LinkPairsProps) {
  const headingId = useId();
  const selectId = useId();

  return (
    <section className="exercise-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="exercise-card__title">
        Which are the same expectation?
      </h3>
      <p className="exercise-card__lead">
        Different words can mean the same thing — only you can judge. Link each of {accountName}’s
        picks to the one of yours that it matches.
      </p>
      <ul className="link-list">
        {customer.map((pick, index) => {
          const pair = pairOf(match, pick.id);
          // A partner already paired with another customer pick is not offered twice.
          const free = supplier.filter((s) => {
            const owner = match.pairs.find((p) => p.supplier.id === s.id);
            return !owner || owner.customer.id === pick.id;
          });
          return (
            <li key={pick.id} className="link-row">
              <span className="rank-badge" aria-hidden="true">
                {index + 1}
              </span>
              <span className="link-row__text">{pick.text}</span>
              {pair?.how === 'same-wording' ? (
                <span className="link-row__auto">
                  <span className="tag tag--teal">same wording</span> paired with your no.{' '}
                  {pair.supplierRank}
                </span>
              ) : (
                <span className="link-row__choice">
                  <label htmlFor={`${selectId}-${pick.id}`} className="link-row__label">
                    Same expectation as…
                    <span className="visually-hidden"> (for “{pick.text}”)</span>
                  </label>
                  <select
                    id={`${selectId}-${pick.id}`}
                    className="input input--select"
                    value={pair?.supplier.id ?? ''}
                    onChange={(event) => onLink(pick.id, event.target.value || null)}
                  >
                    <option value="">— no match —</option>
                    {free.map((s) => (
                      <option key={s.id} value={s.id}>
                        Your no. {supplier.indexOf(s) + 1}: {s.text}
                      </option>
                    ))}
                  </select>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
