import { useMemo, useState } from 'react';
import {
  levelLabels,
  personName,
  personWithTitle,
  sideLabels,
  strengthLabels,
  type Person,
} from '../../../shared/domain/contact-map';
import { isTargetReached, targetMapDiff } from '../../../shared/domain/target-map';
import { plural } from '../../../shared/format/plural';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { StatusPanel } from '../../components/status-panel';
import { ContactMapper } from '../../mapper/contact-mapper';
import { useMapLabels } from '../map-labels';
import { PartBar } from '../part-bar';
import type { PlanPageProps } from '../plan-view';
import type { AccountWork } from '../use-account-work';
import { usePlanPart } from '../use-plan-part';

const where = (p: Person) => [levelLabels[p.level], p.department.trim()].filter(Boolean).join(', ');
const names = (people: readonly Person[]) => people.map(personName).join(', ');

const changeWords = {
  new: 'new contact',
  reciprocate: 'make it two-way',
  strengthen: 'strengthen it',
} as const;

/** What the target asks for beyond today's map: people to bring in, contacts to build. */
function TargetDifference({ diff }: { diff: ReturnType<typeof targetMapDiff> }) {
  if (
    isTargetReached(diff) &&
    diff.contactsLeftOut.length === 0 &&
    diff.peopleLeftOut.length === 0
  ) {
    return (
      <p className="plan-muted">
        The target is the map as it is today. Add the people and contacts the next stage needs.
      </p>
    );
  }
  return (
    <div className="plan-columns">
      <section aria-labelledby="bring-in-title">
        <h4 id="bring-in-title" className="plan-subtitle">
          People to bring in ({diff.peopleToBringIn.length})
        </h4>
        {diff.peopleToBringIn.length === 0 ? (
          <p className="plan-muted">Nobody new.</p>
        ) : (
          <ul className="plan-list" aria-label="People to bring in">
            {diff.peopleToBringIn.map(({ person, contacts, joinedTo }) => (
              <li key={person.id}>
                <strong>{personWithTitle(person)}</strong> — {sideLabels[person.side]},{' '}
                {where(person)}
                {contacts.length > 0 && <>; in contact with {names(contacts)}</>}
                {joinedTo.length > 0 && <>; joined up with {names(joinedTo)}</>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="build-title">
        <h4 id="build-title" className="plan-subtitle">
          Contacts to build ({diff.contactsToBuild.length})
        </h4>
        {diff.contactsToBuild.length === 0 ? (
          <p className="plan-muted">None.</p>
        ) : (
          <ul className="plan-list" aria-label="Contacts to build">
            {diff.contactsToBuild.map((c) => (
              <li key={c.linkId}>
                <strong>{personName(c.supplier)}</strong> with{' '}
                <strong>{personWithTitle(c.customer)}</strong> ({where(c.customer)}) —{' '}
                {changeWords[c.change]}, {strengthLabels[c.strength].toLowerCase()}
              </li>
            ))}
          </ul>
        )}
        {diff.linksToJoin.length > 0 && (
          <>
            <h4 className="plan-subtitle">Colleagues to join up ({diff.linksToJoin.length})</h4>
            <ul className="plan-list" aria-label="Colleagues to join up">
              {diff.linksToJoin.map((l) => (
                <li key={l.linkId}>
                  {personName(l.a)} with {personName(l.b)} ({sideLabels[l.a.side].toLowerCase()})
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {(diff.contactsLeftOut.length > 0 || diff.peopleLeftOut.length > 0) && (
        <section aria-labelledby="left-out-title">
          <h4 id="left-out-title" className="plan-subtitle">
            Not on the target
          </h4>
          <ul className="plan-list" aria-label="Not on the target">
            {diff.peopleLeftOut.map((p) => (
              <li key={p.id}>{personWithTitle(p)}</li>
            ))}
            {diff.contactsLeftOut.map((c) => (
              <li key={`${c.supplier.id}-${c.customer.id}`}>
                The contact {personName(c.supplier)} – {personName(c.customer)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/**
 * A target map: a copy of today's map (G) edited into the map the next stage needs, with the
 * difference as contacts to build and people to bring in.
 */
export function TargetMapPage({
  participant,
  account,
  work,
}: PlanPageProps & { work: AccountWork }) {
  const target = usePlanPart('target-map', participant.id, account.id);
  const labels = useMapLabels(account.name);
  const [confirming, setConfirming] = useState(false);
  const current = work.contactMap.answer;
  const diff = useMemo(() => targetMapDiff(current, target.value), [current, target.value]);
  const copyCurrent = () => target.change(structuredClone(current));

  if (target.status === 'loading')
    return <StatusPanel kind="loading" title="Loading the target map…" />;
  if (!target.begun) {
    return (
      <div className="plan-stack">
        <p className="plan-card">
          Draw the contact map as it should be at the next stage. Start from a copy of today’s map (
          {plural(current.people.length, 'person', 'people')},{' '}
          {plural(current.links.length, 'link')}), then add the people to bring in and the contacts
          to build: the difference becomes the plan’s list.
        </p>
        <div className="plan-actions-row">
          <button type="button" className="button button--primary" onClick={copyCurrent}>
            Copy the current map as the target
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="plan-stack">
      <PartBar handle={target}>
        <p>
          Edit the target with the same tools as the map: add people, link them, mark the key
          account manager. Today’s map is unchanged.
        </p>
      </PartBar>
      <ContactMapper answer={target.value} onChange={target.change} {...labels} />
      <section className="plan-card" aria-labelledby="target-diff-title">
        <h3 id="target-diff-title" className="plan-card__title">
          From today’s map to the target
        </h3>
        <TargetDifference diff={diff} />
      </section>
      <div className="plan-actions-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setConfirming(true)}
        >
          Start again from the current map
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Start the target again?"
        message="The target map is replaced by a copy of today’s map; your changes to the target are lost."
        confirmLabel="Start again"
        onConfirm={async () => {
          copyCurrent();
          return true;
        }}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
