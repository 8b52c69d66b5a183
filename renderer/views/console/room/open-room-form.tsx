import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/shallow';
import { useAppStore } from '../../../store/store-context';

/** Where the room listens, chosen by the trainer: an address of this computer and a port. */
export function OpenRoomForm({ workshopId }: { workshopId: string }) {
  const { found, loadRoomAddresses, openRoom } = useAppStore(
    useShallow((s) => ({
      found: s.roomAddresses,
      loadRoomAddresses: s.loadRoomAddresses,
      openRoom: s.openRoom,
    })),
  );
  const [address, setAddress] = useState('');
  const [port, setPort] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  useEffect(() => {
    void loadRoomAddresses();
  }, [loadRoomAddresses]);

  const addresses = found?.addresses ?? [];
  const chosen = address || addresses[0]?.address || '';
  const portNumber = port === '' ? undefined : Number(port);
  const portValid = portNumber === undefined || portNumber <= 65535;

  async function open() {
    setBusy(true);
    const result = await openRoom(workshopId, chosen, portNumber);
    setBusy(false);
    setError(result.ok ? null : result.error.message);
  }

  return (
    <form
      className="room-form"
      onSubmit={(event) => {
        event.preventDefault();
        void open();
      }}
    >
      <p className="room-form__intro">
        Learners join from their own phones and laptops over this computer’s network. Nothing goes
        to the internet.
      </p>
      <label className="field">
        <span className="field__label">Network address</span>
        <select
          className="input"
          value={chosen}
          onChange={(event) => setAddress(event.target.value)}
          disabled={addresses.length === 0}
        >
          {addresses.map((a) => (
            <option key={a.address} value={a.address}>
              {a.thisComputerOnly
                ? `${a.address} — this computer only, to try it out`
                : `${a.address} — ${a.adapter}${a.recommended ? ' (recommended)' : ''}`}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Port</span>
        <input
          className="input"
          inputMode="numeric"
          value={port}
          placeholder={String(found?.defaultPort ?? '')}
          aria-invalid={!portValid || undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setPort(event.target.value.replace(/\D/g, ''))}
        />
      </label>
      {addresses.length === 1 && (
        <p className="room-form__warning">
          This computer is on no network learners can reach. Join the room’s Wi-Fi, or turn on the
          laptop’s hotspot.
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="button button--primary"
        disabled={busy || !chosen || !portValid}
      >
        {busy ? 'Opening…' : 'Open the room'}
      </button>
    </form>
  );
}
