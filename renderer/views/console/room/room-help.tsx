/** Shown when nobody has joined a minute after the room opened: what usually stands in the way. */
export function RoomHelp() {
  return (
    <div className="room-help" role="note" aria-labelledby="room-help-title">
      <p id="room-help-title" className="room-help__title">
        Nobody has joined yet? Check:
      </p>
      <ul className="room-help__list">
        <li>Learners are on the same Wi-Fi as this computer.</li>
        <li>
          Guest and conference networks often keep devices apart: phones then cannot reach this
          computer. Ask for a network that does not, or use the next tip.
        </li>
        <li>
          Your computer may have asked whether to allow incoming connections: allow them (on a
          private network), then try again.
        </li>
        <li>
          Fallback: turn on this laptop’s own hotspot, let learners join it, and reopen the room on
          its address.
        </li>
      </ul>
    </div>
  );
}
