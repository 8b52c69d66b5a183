import { useId, useMemo, useState } from 'react';
import { stageInfo } from '../../../shared/course/stages';
import {
  diagnoseContactMap,
  patternInfo,
  personName,
  personWithTitle,
  removalImpact,
  sideLabels,
  singleThreads,
  sides,
  soleContactsOf,
  type ContactMap,
} from '../../../shared/domain/contact-map';
import { layoutContactMap } from '../../../shared/domain/contact-map-layout';
import { compareStageWithMap } from '../../../shared/domain/stage-versus-map';
import type { ContactMapAnswer } from '../../../shared/kinds/contact-map';
import { plural } from '../../../shared/format/plural';
import { RouteLink } from '../../components/route-link';
import { ReadOnlyMap } from '../../mapper/read-only-map';
import { VerdictBadge } from '../../mapper/verdict-badge';
import { accountExercise } from '../../../shared/plan/plan-sources';
import { useAppStore } from '../../store/store-context';
import { useMapLabels } from '../map-labels';
import type { PlanPageProps } from '../plan-view';
import type { AccountWork } from '../use-account-work';

/** A link as the lists name it: both people, and whether it crosses to the other side. */
function linkWords(map: ContactMap, id: string): string {
  const link = map.links.find((l) => l.id === id);
  const from = map.people.find((p) => p.id === link?.from);
  const to = map.people.find((p) => p.id === link?.to);
  if (!link || !from || !to) return 'A link';
  const kind = from.side === to.side ? 'internal link' : 'contact';
  return `${personName(from)} – ${personName(to)} (${kind}${link.reciprocated === false ? ', one-sided' : ''})`;
}

/** Does the map agree with the score? D's stage against G's diagnosis, in the course's words. */
function ScoreAgainstMap(props: PlanPageProps & { work: AccountWork }) {
  const navigate = useAppStore((s) => s.navigate);
  const { work, workshopId, participant, account } = props;
  const diagnosis = useMemo(
    () => diagnoseContactMap(work.contactMap.answer),
    [work.contactMap.answer],
  );
  const stage = work.current?.stage ?? null;
  const comparison = compareStageWithMap(stage, diagnosis);
  const exerciseLink = (kind: 'stage-scores' | 'contact-map', text: string) => (
    <RouteLink
      route={{
        name: 'exercise',
        workshopId,
        letter: accountExercise(kind).letter,
        participantId: participant.id,
        accountId: account.id,
      }}
      navigate={navigate}
    >
      {text}
    </RouteLink>
  );
  return (
    <section className="plan-card" aria-labelledby="score-map-title">
      <h3 id="score-map-title" className="plan-card__title">
        Does the map agree with the score?
      </h3>
      <dl className="plan-facts">
        <div>
          <dt>The score ({exerciseLink('stage-scores', 'exercise D')})</dt>
          <dd>
            {work.current ? (
              <span className={`stage-pill stage-pill--${work.current.stage}`}>
                {stageInfo[work.current.stage].label}
              </span>
            ) : (
              'Not scored yet'
            )}
          </dd>
        </div>
        <div>
          <dt>The map ({exerciseLink('contact-map', 'exercise G')})</dt>
          <dd>
            {patternInfo[diagnosis.pattern].label} <VerdictBadge verdict={diagnosis.verdict} />
          </dd>
        </div>
      </dl>
      <p
        className={`plan-verdict plan-verdict--${comparison.agreement}`}
        data-testid="score-map-headline"
      >
        {comparison.headline}
      </p>
      <ul className="plan-list">
        {comparison.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </section>
  );
}

/** What if someone leaves? One person taken off the map for a moment; nothing is changed. */
function WhatIfSomeoneLeaves({ map, accountName }: { map: ContactMapAnswer; accountName: string }) {
  const [takenOut, setTakenOut] = useState('');
  const selectId = useId();
  const labels = useMapLabels(accountName);
  const person = map.people.find((p) => p.id === takenOut);
  const before = useMemo(() => diagnoseContactMap(map), [map]);
  const impact = useMemo(() => (person ? removalImpact(map, person.id) : null), [map, person]);
  // Everyone stays where they were drawn, so the gap the person leaves is plain to see.
  const without = useMemo(() => {
    if (!person) return null;
    const placed = layoutContactMap(map, map.positions);
    return {
      people: map.people.filter((p) => p.id !== person.id),
      links: map.links.filter((l) => l.from !== person.id && l.to !== person.id),
      positions: placed,
    };
  }, [map, person]);
  const nameOf = (id: string) => {
    const p = map.people.find((q) => q.id === id);
    return p ? personWithTitle(p) : id;
  };

  return (
    <section className="plan-card" aria-labelledby="what-if-title">
      <h3 id="what-if-title" className="plan-card__title">
        What if someone leaves?
      </h3>
      <p className="plan-muted">
        Take one person off the map for a moment to see which links go with them, who on the other
        side is left with no two-way contact, and how the diagnosis reads then. The map itself does
        not change.
      </p>
      <div className="plan-inline-field">
        <label htmlFor={selectId} className="field__label">
          Take out
        </label>
        <select
          id={selectId}
          className="plan-select"
          value={takenOut}
          onChange={(e) => setTakenOut(e.currentTarget.value)}
        >
          <option value="">Nobody</option>
          {sides.map((side) => (
            <optgroup key={side} label={sideLabels[side]}>
              {map.people
                .filter((p) => p.side === side)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {personWithTitle(p)}
                    {p.isKeyAccountManager ? ' — key account manager' : ''}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {person && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setTakenOut('')}
          >
            Put {personName(person)} back
          </button>
        )}
      </div>
      {person && impact && without && (
        <div className="plan-what-if" aria-live="polite">
          <div className="plan-what-if__facts">
            <h4 className="plan-subtitle">Without {personWithTitle(person)}</h4>
            <p>
              The diagnosis goes from <strong>{patternInfo[before.pattern].label}</strong>{' '}
              <VerdictBadge verdict={before.verdict} /> to{' '}
              <strong data-testid="what-if-after">{patternInfo[impact.after.pattern].label}</strong>{' '}
              <VerdictBadge verdict={impact.after.verdict} />.
            </p>
            <h4 className="plan-subtitle">
              Left with no two-way contact ({impact.isolatedPeople.length})
            </h4>
            {impact.isolatedPeople.length === 0 ? (
              <p className="plan-muted">Nobody: everyone keeps another contact.</p>
            ) : (
              <ul className="plan-list" aria-label="Isolated people">
                {impact.isolatedPeople.map((id) => (
                  <li key={id}>{nameOf(id)}</li>
                ))}
              </ul>
            )}
            <h4 className="plan-subtitle">
              Links that go ({plural(impact.lostLinks.length, 'link')})
            </h4>
            {impact.lostLinks.length === 0 ? (
              <p className="plan-muted">None: nobody is linked to {personName(person)}.</p>
            ) : (
              <ul className="plan-list" aria-label="Links that go">
                {impact.lostLinks.map((id) => (
                  <li key={id}>{linkWords(map, id)}</li>
                ))}
              </ul>
            )}
          </div>
          <ReadOnlyMap
            map={without}
            label={`Contact map without ${personName(person)}`}
            {...labels}
          />
        </div>
      )}
    </section>
  );
}

/** Customer people hanging by a single thread: one two-way contact, with one supplier person. */
function SingleThreads({ map }: { map: ContactMap }) {
  const threads = singleThreads(map);
  const soles = soleContactsOf(map, threads);
  const nameOf = (id: string | null) => {
    const person = map.people.find((p) => p.id === id);
    return person ? personWithTitle(person) : '';
  };
  return (
    <section className="plan-card" aria-labelledby="threads-title">
      <h3 id="threads-title" className="plan-card__title">
        Single threads ({threads.length})
      </h3>
      <p className="plan-muted">
        Customer people whose only two-way contact is one person of yours: if either leaves, the
        relationship with them goes too.
      </p>
      {threads.length === 0 ? (
        <p>No customer person hangs by a single thread.</p>
      ) : (
        <ul className="plan-list" aria-label="Single threads">
          {threads.map((id) => (
            <li key={id}>
              <strong>{nameOf(id)}</strong> — only through {nameOf(soles.get(id) ?? null)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Map and score: does G agree with D, what if someone leaves, and the single threads. */
export function MapCheckPage(props: PlanPageProps & { work: AccountWork }) {
  const map = props.work.contactMap.answer;
  return (
    <div className="plan-stack">
      <ScoreAgainstMap {...props} />
      {map.people.length === 0 ? (
        <p className="plan-card plan-muted">
          Nobody is on {props.account.name}’s contact map yet: draw it in exercise G to see what
          happens if someone leaves, and who hangs by a single thread.
        </p>
      ) : (
        <>
          <WhatIfSomeoneLeaves map={map} accountName={props.account.name} />
          <SingleThreads map={map} />
        </>
      )}
    </div>
  );
}
