import { useRef, useState } from 'react';
import type { Participant, WorkshopMode } from '../../../shared/schemas/workshop';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { PlusIcon } from '../../components/icons';
import { NameForm } from '../../components/name-form';
import { plural } from '../../../shared/format/plural';
import { useAppStore } from '../../store/store-context';
import { ParticipantCard } from './participant-card';

interface ParticipantsSectionProps {
  workshopMode: WorkshopMode;
  participants: Participant[];
}

/** The participants of the open workshop, with the form to add more. */
export function ParticipantsSection({ workshopMode, participants }: ParticipantsSectionProps) {
  const addParticipant = useAppStore((s) => s.addParticipant);
  const removeParticipant = useAppStore((s) => s.removeParticipant);
  const [removing, setRemoving] = useState<Participant | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <section className="section" aria-labelledby="participants-heading">
      <div className="section__head">
        <h2 id="participants-heading" ref={heading} tabIndex={-1} className="section__title">
          Participants
          <span className="section__count">{plural(participants.length, 'person', 'people')}</span>
        </h2>
        <NameForm
          className="name-form--add"
          label="Participant name"
          placeholder="Participant name"
          submitLabel="Add participant"
          submitIcon={<PlusIcon />}
          onSubmit={addParticipant}
        />
      </div>

      {participants.length === 0 ? (
        <div className="empty-hint">
          <p className="empty-hint__title">No participants yet</p>
          <p>
            {workshopMode === 'self-study'
              ? 'Add yourself to start working through the exercises.'
              : 'Type each participant’s name above and press Enter — the field stays ready for the next one.'}
          </p>
        </div>
      ) : (
        <ul className="participant-grid">
          {participants.map((participant) => (
            <ParticipantCard
              key={participant.id}
              participant={participant}
              onRemove={setRemoving}
            />
          ))}
        </ul>
      )}

      <ConfirmDialog
        open={removing !== null}
        title={`Remove participant “${removing?.name ?? ''}”?`}
        message="This removes their key accounts and answers too."
        confirmLabel="Remove"
        onCancel={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return true;
          const result = await removeParticipant(removing.id);
          if (result.ok) requestAnimationFrame(() => heading.current?.focus());
          return result.ok;
        }}
      />
    </section>
  );
}
