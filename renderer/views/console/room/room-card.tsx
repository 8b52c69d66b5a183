import { useState } from 'react';
import { useShallow } from 'zustand/shallow';
import type { OpenRoom, RoomSettings } from '../../../../shared/api/commands/room';
import { formatRoomCode } from '../../../../shared/room/room-code';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useNow } from '../../../exercises/use-now';
import { useAppStore } from '../../../store/store-context';
import { OpenRoomForm } from './open-room-form';
import { RoomHelp } from './room-help';
import { RoomLearners } from './room-learners';

/** How long after opening, with nobody in, the console says what to check. */
export const HELP_AFTER_MS = 60_000;

const switches = [
  { field: 'allowNewNames', label: 'Learners may add their own name', hint: 'not on the list' },
  { field: 'selfPaced', label: 'Learners move at their own pace', hint: 'or follow you' },
] as const;

/** The room on the console: open it, see who joined, run it, close it. */
export function RoomCard({ workshopId }: { workshopId: string }) {
  const status = useAppStore((s) => s.rooms.get(workshopId));
  return (
    <section className="console-card room-card" aria-labelledby="room-card-title">
      <h2 id="room-card-title" className="console-card__title">
        Learners’ devices
      </h2>
      {!status ? null : status.open ? (
        <OpenRoomPanel room={status} />
      ) : (
        <OpenRoomForm workshopId={workshopId} />
      )}
    </section>
  );
}

function OpenRoomPanel({ room }: { room: OpenRoom }) {
  const { updateRoom, closeRoom } = useAppStore(
    useShallow((s) => ({ updateRoom: s.updateRoom, closeRoom: s.closeRoom })),
  );
  const [confirming, setConfirming] = useState(false);
  const waiting = room.learners.length === 0;
  const now = useNow(waiting, 1000);
  const update = (settings: Partial<RoomSettings>) => void updateRoom(room.workshopId, settings);
  const joinShown = room.settings.projector === 'join';

  return (
    <div className="room-open">
      <p className="room-open__where">
        <span className="room-open__label">Join at</span>
        <a className="room-open__address" href={room.joinUrl} target="_blank" rel="noreferrer">
          {room.address}
        </a>
        <span className="room-open__label">Room code</span>
        <span className="room-open__code" aria-label={`Room code ${room.code.split('').join(' ')}`}>
          {formatRoomCode(room.code)}
        </span>
      </p>
      <button
        type="button"
        className={`button ${joinShown ? 'button--secondary' : 'button--primary'}`}
        aria-pressed={joinShown}
        onClick={() => update({ projector: joinShown ? 'step' : 'join' })}
      >
        {joinShown ? 'Back to the session on the projector' : 'Show the join slide'}
      </button>
      <RoomLearners learners={room.learners} />
      {waiting && now - Date.parse(room.openedAt) >= HELP_AFTER_MS && <RoomHelp />}
      <WifiFields room={room} onSave={update} />
      {switches.map(({ field, label, hint }) => (
        <label key={field} className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={room.settings[field]}
            onChange={(event) => update({ [field]: event.target.checked })}
          />
          <span className="switch__track" aria-hidden="true" />
          <span className="switch__label">
            {label} <span className="switch__hint">{hint}</span>
          </span>
        </label>
      ))}
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        Close the room
      </button>
      <ConfirmDialog
        open={confirming}
        title="Close the room?"
        message="Learners’ devices stop following the session. What they wrote is kept; they can join again when you reopen the room, with its new code."
        confirmLabel="Close the room"
        onConfirm={async () => (await closeRoom(room.workshopId)).ok}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}

/** The Wi-Fi the join slide names, saved when the trainer leaves each field. */
function WifiFields({
  room,
  onSave,
}: {
  room: OpenRoom;
  onSave(settings: Partial<RoomSettings>): void;
}) {
  const [name, setName] = useState(room.settings.wifiName);
  const [password, setPassword] = useState(room.settings.wifiPassword);
  return (
    <fieldset className="field room-wifi">
      <legend className="field__label">Wi-Fi on the join slide (optional)</legend>
      <input
        className="input"
        aria-label="Wi-Fi name"
        placeholder="Wi-Fi name"
        maxLength={64}
        value={name}
        onChange={(event) => setName(event.target.value)}
        onBlur={() => name !== room.settings.wifiName && onSave({ wifiName: name })}
      />
      <input
        className="input"
        aria-label="Wi-Fi password"
        placeholder="Wi-Fi password"
        maxLength={64}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        onBlur={() => password !== room.settings.wifiPassword && onSave({ wifiPassword: password })}
      />
    </fieldset>
  );
}
