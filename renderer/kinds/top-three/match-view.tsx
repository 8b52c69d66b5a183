import { useId } from 'react';
import type { RankedPick, TopThreeMatch } from '../../../shared/domain/top-three';
import type { TopPick } from '../../../shared/kinds/top-three';
import { matchSummary, rankDistanceLabel } from './top-three-edits';

interface MatchViewProps {
  match: TopThreeMatch;
  customer: readonly TopPick[];
  supplier: readonly TopPick[];
  accountName: string;
}

/** The two top threes side by side: shared expectations with both ranks, then each side's own. */
export function MatchView({ match, customer, supplier, accountName }: MatchViewProps) {
  const headingId = useId();

  return (
    <section className="exercise-card match-view" aria-labelledby={headingId}>
      <h3 id={headingId} className="exercise-card__title">
        How the two top threes match
      </h3>
      <p className="match-view__summary">{matchSummary(match, customer, supplier)}</p>

      {match.pairs.length > 0 && (
        <table className="match-table">
          <caption className="visually-hidden">Shared expectations</caption>
          <thead>
            <tr>
              <th scope="col">{accountName}’s rank</th>
              <th scope="col">What {accountName} wants</th>
              <th scope="col">
                <span className="visually-hidden">Paired with</span>
              </th>
              <th scope="col">What your organisation wants</th>
              <th scope="col">Your rank</th>
              <th scope="col">Rank distance</th>
            </tr>
          </thead>
          <tbody>
            {match.pairs.map((pair) => (
              <tr
                key={pair.customer.id}
                className={pair.rankDistance === 0 ? 'match-table__row--same' : undefined}
              >
                <td>
                  <span className="rank-badge">{pair.customerRank}</span>
                </td>
                <td>{pair.customer.text}</td>
                <td className="match-table__link" aria-hidden="true">
                  ⇄
                </td>
                <td>
                  {pair.supplier.text}
                  {pair.how === 'same-wording' && (
                    <span className="tag tag--teal">same wording</span>
                  )}
                </td>
                <td>
                  <span className="rank-badge rank-badge--supplier">{pair.supplierRank}</span>
                </td>
                <td>
                  <span className={`rank-distance rank-distance--${pair.rankDistance}`}>
                    {rankDistanceLabel(pair.rankDistance)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <div className="match-view__only">
        <OnlyList
          title="Only the customer wants"
          emptyText={customer.length === 0 ? 'No picks yet.' : 'Nothing — every pick is shared.'}
          picks={match.onlyCustomer}
        />
        <OnlyList
          title="Only your organisation wants"
          emptyText={supplier.length === 0 ? 'No picks yet.' : 'Nothing — every pick is shared.'}
          picks={match.onlySupplier}
          supplier
        />
      </div>
    </section>
  );
}

/** The picks of one side that no pick of the other side matches, with their ranks. */
function OnlyList(props: {
  title: string;
  emptyText: string;
  picks: RankedPick[];
  supplier?: boolean;
}) {
  const headingId = useId();
  return (
    <div className="only-list">
      <h4 id={headingId} className="only-list__title">
        {props.title}
      </h4>
      {props.picks.length === 0 ? (
        <p className="exercise-card__note">{props.emptyText}</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {props.picks.map(({ pick, rank }) => (
            <li key={pick.id} className="only-list__item">
              <span className={`rank-badge${props.supplier ? ' rank-badge--supplier' : ''}`}>
                <span className="visually-hidden">No. </span>
                {rank}
              </span>
              {pick.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
