import { useShallow } from 'zustand/shallow';
import { exerciseByLetter } from '../../shared/course/exercises';
import { moduleSteps, stepAt, type FlowStep } from '../../shared/course/flow';
import { isRunning, newTimer } from '../../shared/domain/timer';
import type { FacilitationPatch, FacilitationState } from '../../shared/schemas/facilitation';
import type { WorkshopDetail } from '../../shared/schemas/workshop';
import { useAppStore } from '../store/store-context';

/** One classroom session as every view sees it, with what the trainer (or learner) can do. */
export interface Session {
  workshopId: string;
  state: FacilitationState;
  detail: WorkshopDetail | null;
  index: number;
  step: FlowStep;
  /** Whether the current step's model answer is out. */
  revealed: boolean;
  go(index: number): void;
  next(): void;
  previous(): void;
  toggleTimer(): void;
  toggleReveal(): void;
  toggleBlackScreen(): void;
  update(patch: FacilitationPatch): void;
}

/**
 * The session of a workshop from the store, which the host's broadcasts keep current; null
 * until the facilitation state has loaded. Actions go to the host, so every window follows.
 */
export function useSession(workshopId: string): Session | null {
  const { state, detail, receive, updateFacilitation, timerAction, setRevealed } = useAppStore(
    useShallow((s) => ({
      state: s.facilitation[workshopId],
      detail: s.currentId === workshopId ? s.current : null,
      receive: s.receiveFacilitation,
      updateFacilitation: s.updateFacilitation,
      timerAction: s.timerAction,
      setRevealed: s.setRevealed,
    })),
  );
  if (!state) return null;

  const index = Math.min(state.stepIndex, moduleSteps.length - 1);
  const step = stepAt(index);
  const letter = step.exercise;
  const revealed = letter !== undefined && state.revealed.includes(letter);

  const update = (patch: FacilitationPatch) => {
    // Shown here at once, so a clicker feels instant; the host's broadcast confirms it.
    receive(workshopId, { ...state, ...patch });
    void updateFacilitation(workshopId, patch);
  };

  const go = (target: number) => {
    const stepIndex = Math.min(Math.max(0, target), moduleSteps.length - 1);
    if (stepIndex === index) return;
    // The run of show counts from the first move, unless the trainer started the clock.
    update({ stepIndex, ...(state.sessionStartedAt ? {} : { sessionStartedAt: Date.now() }) });
    const entering = moduleSteps[stepIndex]?.exercise;
    const timer = entering && state.timers[entering];
    const untouched = !timer || (timer.elapsedMs === 0 && !isRunning(timer));
    if (entering && state.autoStartTimer && untouched)
      void timerAction(workshopId, entering, { kind: 'start' });
  };

  return {
    workshopId,
    state,
    detail,
    index,
    step,
    revealed,
    go,
    next: () => go(index + 1),
    previous: () => go(index - 1),
    toggleTimer() {
      if (!letter) return;
      const timer = state.timers[letter] ?? newTimer(exerciseByLetter(letter).defaultDurationMs);
      void timerAction(workshopId, letter, { kind: isRunning(timer) ? 'pause' : 'start' });
    },
    toggleReveal() {
      if (letter) void setRevealed(workshopId, letter, !revealed);
    },
    toggleBlackScreen: () => update({ blackScreen: !state.blackScreen }),
    update,
  };
}
