import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TimerAction } from '../../shared/api/commands/facilitation';
import {
  formatClock,
  isRunning,
  newTimer,
  ONE_MINUTE_MS,
  overrunMs,
  remainingMs,
  timerPhase,
} from '../../shared/domain/timer';
import type { ExerciseLetter } from '../../shared/exercises/letters';
import type { TimerState } from '../../shared/schemas/facilitation';
import { playChime, prepareChime } from './chime';
import { useNow } from './use-now';

export interface CountdownTimerProps {
  exercise: ExerciseLetter;
  timer: TimerState | undefined;
  defaultDurationMs: number;
  chimeMuted: boolean;
  onAction(action: TimerAction): void;
  onMuteChange(muted: boolean): void;
  /** Presenter view: the display only, no controls. */
  displayOnly?: boolean;
}

const phaseLabels = {
  ready: 'Ready',
  running: 'Running',
  paused: 'Paused',
  'last-minute': 'Last minute',
  overrun: 'Time’s up',
} as const;

/** The pause-and-reflect countdown: large enough to read across a room. */
export function CountdownTimer(props: CountdownTimerProps) {
  const timer = props.timer ?? newTimer(props.defaultDurationMs);
  const running = isRunning(timer);
  const now = useNow(running);
  const phase = timerPhase(timer, now);
  const left = remainingMs(timer, now);
  // Only a countdown seen running past zero chimes: not the placeholder shown before the state loads.
  useChimeAtZero(props.timer ? left : null, running, props.chimeMuted);

  const start = (action: TimerAction) => {
    prepareChime();
    props.onAction(action);
  };

  return (
    <section
      className={`countdown countdown--${phase}`}
      aria-label={`Timer for exercise ${props.exercise}`}
    >
      <div className="countdown__face">
        <div role="timer" className="countdown__time" aria-label={`Time left: ${describe(left)}`}>
          {phase === 'overrun' ? formatClock(0) : formatClock(left)}
        </div>
        <div className="countdown__phase" aria-live="polite">
          {phase === 'overrun' ? (
            <>
              <strong>Time’s up</strong>{' '}
              <span className="countdown__overrun">+{formatClock(overrunMs(timer, now))} over</span>
              {!running && <span className="countdown__stopped"> · stopped</span>}
            </>
          ) : (
            phaseLabels[phase]
          )}
        </div>
      </div>
      {!props.displayOnly && (
        <div className="countdown__controls">
          {running ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => props.onAction({ kind: 'pause' })}
            >
              Pause timer
            </button>
          ) : timer.elapsedMs > 0 ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => start({ kind: 'start' })}
            >
              Resume timer
            </button>
          ) : (
            <button
              type="button"
              className="button button--primary"
              onClick={() => start({ kind: 'start' })}
            >
              Start timer
            </button>
          )}
          <button
            type="button"
            className="button"
            onClick={() => props.onAction({ kind: 'reset' })}
          >
            Reset timer
          </button>
          <button
            type="button"
            className="button"
            aria-label="Remove one minute"
            onClick={() => props.onAction({ kind: 'adjust', deltaMs: -ONE_MINUTE_MS })}
          >
            −1 min
          </button>
          <button
            type="button"
            className="button"
            aria-label="Add one minute"
            onClick={() => props.onAction({ kind: 'adjust', deltaMs: ONE_MINUTE_MS })}
          >
            +1 min
          </button>
          <SetDurationForm
            durationMs={timer.durationMs}
            onSet={(durationMs) => props.onAction({ kind: 'set', durationMs })}
          />
          <MuteChime muted={props.chimeMuted} onChange={props.onMuteChange} />
        </div>
      )}
    </section>
  );
}

function SetDurationForm({ durationMs, onSet }: { durationMs: number; onSet(ms: number): void }) {
  const [minutes, setMinutes] = useState(String(durationMs / ONE_MINUTE_MS));
  useEffect(
    () => setMinutes(String(Math.round((durationMs / ONE_MINUTE_MS) * 10) / 10)),
    [durationMs],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(minutes);
    if (Number.isFinite(value) && value >= 0 && value <= 180)
      onSet(Math.round(value * ONE_MINUTE_MS));
  };
  return (
    <form className="countdown__set" onSubmit={submit}>
      <label>
        <span className="visually-hidden">Timer length in minutes</span>
        <input
          type="number"
          min={0}
          max={180}
          step={0.5}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
      </label>
      <button type="submit" className="button">
        Set timer
      </button>
    </form>
  );
}

/** Muting silences the chime at zero for everyone running this workshop. */
function MuteChime({ muted, onChange }: { muted: boolean; onChange(muted: boolean): void }) {
  return (
    <label className="countdown__mute">
      <input type="checkbox" checked={muted} onChange={(event) => onChange(event.target.checked)} />
      Mute chime
    </label>
  );
}

/** Plays the chime once when a running countdown is seen to pass zero; `left` is null until known. */
function useChimeAtZero(left: number | null, running: boolean, muted: boolean): void {
  const previous = useRef(left);
  useEffect(() => {
    const crossed = left !== null && left <= 0 && previous.current !== null && previous.current > 0;
    if (running && crossed && !muted) playChime();
    previous.current = left;
  }, [left, running, muted]);
}

function describe(ms: number): string {
  if (ms <= 0) return `time’s up, ${formatClock(-ms)} over`;
  const [m, s] = formatClock(ms).split(':');
  return `${Number(m)} minutes ${Number(s)} seconds`;
}
