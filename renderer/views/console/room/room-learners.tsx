import type { RoomLearner } from '../../../../shared/api/commands/room';

/** Who has joined, on which device, and whether their page is connected now. */
export function RoomLearners({ learners }: { learners: readonly RoomLearner[] }) {
  const connected = learners.filter((l) => l.connected).length;
  const sorted = [...learners].sort(
    (a, b) => Number(b.connected) - Number(a.connected) || a.name.localeCompare(b.name),
  );
  return (
    <section className="room-learners" aria-labelledby="room-learners-title">
      <h3 id="room-learners-title" className="room-learners__title">
        Joined: {learners.length}
        <span className="room-learners__connected"> · connected now: {connected}</span>
      </h3>
      {sorted.length > 0 && (
        <ul className="room-learners__list">
          {sorted.map((learner, i) => (
            <li key={`${learner.participantId}|${learner.joinedAt}|${i}`} className="room-learner">
              <span
                className={`room-learner__dot${learner.connected ? ' room-learner__dot--on' : ''}`}
                aria-hidden="true"
              />
              <span className="room-learner__name">{learner.name}</span>
              <span className="room-learner__device">
                {learner.device}
                <span className="visually-hidden">
                  {learner.connected ? ', connected' : ', not connected'}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
