import { useRef, useState } from 'react';
import type { Account, Participant } from '../../../shared/schemas/workshop';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EditableName } from '../../components/editable-name';
import { BriefcaseIcon, PlusIcon, TrashIcon } from '../../components/icons';
import { NameForm } from '../../components/name-form';
import { RouteLink } from '../../components/route-link';
import { useAppStore } from '../../store/store-context';

interface ParticipantCardProps {
  participant: Participant;
  onRemove(participant: Participant): void;
}

/** A participant with the key accounts they work on. */
export function ParticipantCard({ participant, onRemove }: ParticipantCardProps) {
  const renameParticipant = useAppStore((s) => s.renameParticipant);
  const addAccount = useAppStore((s) => s.addAccount);
  const renameAccount = useAppStore((s) => s.renameAccount);
  const removeAccount = useAppStore((s) => s.removeAccount);
  const navigate = useAppStore((s) => s.navigate);
  const workshopId = useAppStore((s) => s.currentId);
  const [removing, setRemoving] = useState<Account | null>(null);
  const card = useRef<HTMLElement>(null);
  const headingId = `participant-${participant.id}`;

  return (
    <li className="participant-card">
      <article
        ref={card}
        tabIndex={-1}
        aria-labelledby={headingId}
        className="participant-card__body"
      >
        <div className="participant-card__head">
          <span className="avatar" aria-hidden="true">
            {participant.name.slice(0, 1).toUpperCase()}
          </span>
          <EditableName
            kind="participant"
            name={participant.name}
            onRename={(name) => renameParticipant(participant.id, name)}
          >
            <h3 id={headingId} className="participant-card__name">
              {participant.name}
            </h3>
          </EditableName>
          <button
            type="button"
            className="icon-button icon-button--danger participant-card__remove"
            aria-label={`Remove participant ${participant.name}`}
            title="Remove participant"
            onClick={() => onRemove(participant)}
          >
            <TrashIcon />
          </button>
        </div>

        <h4 className="participant-card__subtitle">Key accounts</h4>
        {participant.accounts.length === 0 ? (
          <p className="participant-card__empty">
            No key accounts yet — add the customers {participant.name} manages.
          </p>
        ) : (
          <ul className="account-list" aria-label={`Key accounts of ${participant.name}`}>
            {participant.accounts.map((account) => (
              <li key={account.id} className="account-item">
                <BriefcaseIcon />
                <EditableName
                  kind="account"
                  name={account.name}
                  onRename={(name) => renameAccount(account.id, name)}
                />
                {workshopId && (
                  <RouteLink
                    route={{
                      name: 'plan',
                      workshopId,
                      participantId: participant.id,
                      accountId: account.id,
                    }}
                    navigate={navigate}
                    className="account-item__plan"
                    aria-label={`Relationship plan for ${account.name}`}
                  >
                    Plan
                  </RouteLink>
                )}
                <button
                  type="button"
                  className="icon-button icon-button--danger"
                  aria-label={`Remove account ${account.name}`}
                  title="Remove key account"
                  onClick={() => setRemoving(account)}
                >
                  <TrashIcon />
                </button>
              </li>
            ))}
          </ul>
        )}
        <NameForm
          className="name-form--compact"
          label={`Key account name for ${participant.name}`}
          placeholder="Key account name"
          submitLabel="Add"
          submitName={`Add key account for ${participant.name}`}
          submitIcon={<PlusIcon />}
          onSubmit={(name) => addAccount(participant.id, name)}
        />
      </article>

      <ConfirmDialog
        open={removing !== null}
        title={`Remove key account “${removing?.name ?? ''}”?`}
        message={`${participant.name} will no longer work on it, and its answers are removed.`}
        confirmLabel="Remove"
        onCancel={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return true;
          const result = await removeAccount(removing.id);
          if (result.ok) requestAnimationFrame(() => card.current?.focus());
          return result.ok;
        }}
      />
    </li>
  );
}
