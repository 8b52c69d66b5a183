import { useShallow } from 'zustand/shallow';
import { courseContent, exerciseIn } from '../../shared/content/resolve-content';
import type { ExerciseLetter } from '../../shared/exercises/letters';
import { useAppStore } from '../store/store-context';
import { useWorkshopContent } from '../store/use-workshop-content';
import { CountdownTimer } from './countdown-timer';

interface ExerciseTimerProps {
  workshopId: string;
  letter: ExerciseLetter;
  /** The presenter's big clock: no controls. */
  displayOnly?: boolean;
}

/** One exercise's countdown in one workshop, wired to the host's facilitation state. */
export function ExerciseTimer({ workshopId, letter, displayOnly }: ExerciseTimerProps) {
  const { state, timerAction, updateFacilitation } = useAppStore(
    useShallow((s) => ({
      state: s.facilitation.get(workshopId),
      timerAction: s.timerAction,
      updateFacilitation: s.updateFacilitation,
    })),
  );
  // Shown only on screens that wait for the workshop's content; the course's until it is here.
  const content = useWorkshopContent(workshopId) ?? courseContent;
  return (
    <CountdownTimer
      exercise={letter}
      timer={state?.timers[letter]}
      defaultDurationMs={exerciseIn(content, letter).defaultDurationMs}
      chimeMuted={state?.chimeMuted ?? false}
      onAction={(action) => void timerAction(workshopId, letter, action)}
      onMuteChange={(chimeMuted) => void updateFacilitation(workshopId, { chimeMuted })}
      {...(displayOnly ? { displayOnly } : {})}
    />
  );
}
