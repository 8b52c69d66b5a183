import { useMemo } from 'react';
import { useShallow } from 'zustand/shallow';
import { stepIn, type WorkshopContent } from '../../shared/content/resolve-content';
import { plannedStartsMs, type FlowStep } from '../../shared/course/flow';
import type { FacilitationPatch, FacilitationState } from '../../shared/schemas/facilitation';
import type { WorkshopDetail } from '../../shared/schemas/workshop';
import { useAppStore } from '../store/store-context';
import { useWorkshopContent } from '../store/use-workshop-content';

/** One classroom session as every view sees it, with what the trainer (or learner) can do. */
export interface Session {
  workshopId: string;
  state: FacilitationState;
  detail: WorkshopDetail | null;
  /** The workshop's own version of the module: its exercises and its run of show. */
  content: WorkshopContent;
  /** When each step of the run of show is planned to start, from the session's start. */
  starts: readonly number[];
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
  const { state, detail, updateFacilitation, timerAction, setRevealed, moveStep } = useAppStore(
    useShallow((s) => ({
      state: s.facilitation.get(workshopId),
      detail: s.currentId === workshopId ? s.current : null,
      updateFacilitation: s.updateFacilitation,
      timerAction: s.timerAction,
      setRevealed: s.setRevealed,
      moveStep: s.moveStep,
    })),
  );
  const content = useWorkshopContent(workshopId);
  const starts = useMemo(() => (content ? plannedStartsMs(content.steps) : []), [content]);
  if (!state || !content) return null;

  const index = Math.min(state.stepIndex, content.steps.length - 1);
  const step = stepIn(content, index);
  const letter = step.exercise;
  const revealed = letter !== undefined && state.revealed.includes(letter);

  const update = (patch: FacilitationPatch) => void updateFacilitation(workshopId, patch);

  // The host applies each move to the state it holds: presses quicker than its broadcasts
  // still count one step each, and the run of show and auto-started timers follow its clock.
  const go = (index: number) => void moveStep(workshopId, { kind: 'to', index });
  const stepBy = (steps: number) => void moveStep(workshopId, { kind: 'by', steps });

  return {
    workshopId,
    state,
    detail,
    content,
    starts,
    index,
    step,
    revealed,
    go,
    next: () => stepBy(1),
    previous: () => stepBy(-1),
    toggleTimer() {
      // The host decides start or pause from its own state, so quick presses never both pause.
      if (letter) void timerAction(workshopId, letter, { kind: 'toggle' });
    },
    toggleReveal() {
      if (letter) void setRevealed(workshopId, letter, !revealed);
    },
    toggleBlackScreen: () => update({ blackScreen: !state.blackScreen }),
    update,
  };
}
