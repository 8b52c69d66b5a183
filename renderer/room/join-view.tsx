import { useId, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/shallow';
import { formatRoomCode, ROOM_CODE_LENGTH } from '../../shared/room/room-code';
import { useLearnerStore } from './learner-context';

/** Finding the room by its code, then picking one's name (or adding it, where allowed). */
export function JoinView() {
  const { lobby, joinError, endedBecause, code } = useLearnerStore(
    useShallow((s) => ({
      lobby: s.lobby,
      joinError: s.joinError,
      endedBecause: s.endedBecause,
      code: s.code,
    })),
  );
  return (
    <main className="learner-join">
      <h1 className="learner-join__title">{lobby ? lobby.workshopTitle : 'Join the session'}</h1>
      {endedBecause && (
        <p className="learner-note" role="status">
          {endedBecause}
        </p>
      )}
      {lobby ? <NamePicker /> : <CodeForm initial={code} />}
      {joinError && (
        <p className="learner-error" role="alert">
          {joinError}
        </p>
      )}
    </main>
  );
}

function CodeForm({ initial }: { initial: string }) {
  const findRoom = useLearnerStore((s) => s.findRoom);
  const [code, setCode] = useState(initial ? formatRoomCode(initial) : '');
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    await findRoom(code);
    setBusy(false);
  }
  return (
    <form className="learner-form" onSubmit={(event) => void submit(event)}>
      <label className="field">
        <span className="field__label">Room code</span>
        <input
          className="input learner-code"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={ROOM_CODE_LENGTH + 3}
          aria-describedby={hintId}
          onChange={(event) => setCode(event.target.value.toUpperCase())}
        />
        <span id={hintId} className="field__hint">
          The code on the projector, like K7M-4PX.
        </span>
      </label>
      <button type="submit" className="button button--primary" disabled={busy || !code.trim()}>
        Find the room
      </button>
    </form>
  );
}

function NamePicker() {
  const { lobby, join } = useLearnerStore(useShallow((s) => ({ lobby: s.lobby, join: s.join })));
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  if (!lobby) return null;
  const run = async (choice: { participantId: string } | { name: string }) => {
    setBusy(true);
    await join(choice);
    setBusy(false);
  };
  return (
    <div className="learner-form">
      {lobby.participants.length > 0 && (
        <form
          className="learner-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) void run({ participantId: chosen });
          }}
        >
          <fieldset className="field learner-names">
            <legend className="field__label">Who are you?</legend>
            {lobby.participants.map((p) => (
              <label key={p.id} className="learner-name">
                <input
                  type="radio"
                  name="participant"
                  value={p.id}
                  checked={chosen === p.id}
                  onChange={() => setChosen(p.id)}
                />
                <span>{p.name}</span>
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button button--primary" disabled={busy || !chosen}>
            Join
          </button>
        </form>
      )}
      {lobby.allowNewNames ? (
        <form
          className="learner-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) void run({ name });
          }}
        >
          <label className="field">
            <span className="field__label">
              {lobby.participants.length > 0 ? 'Not on the list? Your name' : 'Your name'}
            </span>
            <input
              className="input"
              value={name}
              maxLength={120}
              autoComplete="name"
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <button type="submit" className="button" disabled={busy || !name.trim()}>
            Join as a new name
          </button>
        </form>
      ) : (
        lobby.participants.length === 0 && (
          <p className="learner-note">
            The trainer has not added anyone yet. Ask them to add your name.
          </p>
        )
      )}
    </div>
  );
}
