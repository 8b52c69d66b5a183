import { totalPlannedMs, type FlowStep } from '../../../shared/course/flow';
import { formatClock, ONE_MINUTE_MS } from '../../../shared/domain/timer';
import { useNow } from '../../exercises/use-now';

/** Time as the run of show counts it: "1:05" for an hour and five minutes. */
export function formatRunTime(ms: number): string {
  const totalMinutes = Math.floor(ms / ONE_MINUTE_MS);
  return `${Math.floor(totalMinutes / 60)}:${String(totalMinutes % 60).padStart(2, '0')}`;
}

interface SessionClockProps {
  steps: readonly FlowStep[];
  starts: readonly number[];
  index: number;
  startedAt: number | null;
  onRestart(): void;
}

/** Elapsed against planned time, like a run of show: is the session on time? */
export function SessionClock({ steps, starts, index, startedAt, onRestart }: SessionClockProps) {
  const now = useNow(startedAt !== null, 1000);
  const elapsed = startedAt === null ? 0 : Math.max(0, now - startedAt);
  const stepStart = starts[index] ?? 0;
  const stepEnd = stepStart + (steps[index]?.plannedMs ?? 0);
  const drift =
    startedAt === null
      ? 'Not started'
      : elapsed > stepEnd
        ? `${formatClock(elapsed - stepEnd)} behind plan`
        : elapsed < stepStart
          ? `${formatClock(stepStart - elapsed)} ahead of plan`
          : 'On time';
  return (
    <section className="session-clock" aria-label="Session time">
      <div className="session-clock__figure">
        <span className="session-clock__label">Elapsed</span>
        <span className="session-clock__value" role="timer">
          {formatRunTime(elapsed)}
        </span>
      </div>
      <div className="session-clock__figure">
        <span className="session-clock__label">Planned</span>
        <span className="session-clock__value">
          {formatRunTime(stepStart)}{' '}
          <span className="session-clock__of">of {formatRunTime(totalPlannedMs(steps))}</span>
        </span>
      </div>
      <p
        className={`session-clock__drift${drift.includes('behind') ? ' session-clock__drift--late' : ''}`}
      >
        {drift}
      </p>
      <button type="button" className="button button--ghost" onClick={onRestart}>
        {startedAt === null ? 'Start the clock' : 'Restart the clock'}
      </button>
    </section>
  );
}
