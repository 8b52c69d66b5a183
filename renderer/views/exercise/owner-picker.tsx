import type { Account, Participant } from '../../../shared/schemas/workshop';

interface OwnerPickerProps {
  participants: readonly Participant[];
  participant: Participant;
  /** Shown for exercises about one key account. */
  account: Account | null | undefined;
  forAccount: boolean;
  onParticipant(id: string): void;
  onAccount(id: string): void;
}

/** Whose answer is on screen: the participant, and for C, D and G which of their accounts. */
export function OwnerPicker(props: OwnerPickerProps) {
  return (
    <div className="owner-picker">
      {props.participants.length > 1 && (
        <label className="owner-picker__field">
          <span className="owner-picker__label">Participant</span>
          <select
            value={props.participant.id}
            onChange={(e) => props.onParticipant(e.target.value)}
          >
            {props.participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {props.forAccount && props.participant.accounts.length > 0 && (
        <label className="owner-picker__field">
          <span className="owner-picker__label">Key account</span>
          <select value={props.account?.id ?? ''} onChange={(e) => props.onAccount(e.target.value)}>
            {props.participant.accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
