import type { ReactNode } from 'react';
import { exerciseIn } from '../../shared/content/resolve-content';
import { pauseInstruction } from '../../shared/course/module-info';
import type { ExerciseLetter } from '../../shared/exercises/letters';
import { formatMinutes } from '../../shared/format/durations';
import { ExerciseTimer } from '../exercises/exercise-timer';
import { ExerciseModelSlide, ExercisePromptFigure } from '../kinds/exercise-views';
import type { NameLabels } from './names';
import { RoomStrip } from './room-strip';
import { SlidePoints, SlideShell } from './slide-shell';
import { useExerciseAnswers } from './use-exercise-answers';
import type { Session } from './use-session';

interface ExerciseSlideProps {
  session: Session;
  letter: ExerciseLetter;
  names: NameLabels;
  footer: ReactNode;
}

/** An exercise: its questions and the large countdown, then — once revealed — the model answer. */
export function ExerciseSlide({ session, letter, names, footer }: ExerciseSlideProps) {
  const definition = exerciseIn(session.content, letter);
  const answers = useExerciseAnswers(session.detail?.participants ?? [], letter);
  const timer = <ExerciseTimer workshopId={session.workshopId} letter={letter} displayOnly />;
  const title = `${letter}. ${definition.title}`;

  if (session.revealed) {
    // Once the answer is out the timer shrinks to a corner, and only if it was used.
    const saved = session.state.timers[letter];
    const started = saved !== undefined && (saved.elapsedMs > 0 || saved.runningSince !== null);
    return (
      <SlideShell
        stepId={session.step.id}
        variant="reveal"
        kicker={`Exercise ${letter} · Model answer`}
        title={title}
        aside={started && <div className="slide__timer slide__timer--small">{timer}</div>}
        footer={footer}
        fitKey={`${session.step.id}|revealed`}
      >
        <ExerciseModelSlide definition={definition} />
      </SlideShell>
    );
  }

  return (
    <SlideShell
      stepId={session.step.id}
      variant="exercise"
      kicker={`Exercise ${letter} · ${formatMinutes(definition.defaultDurationMs)}`}
      title={title}
      footer={footer}
      fitKey={session.step.id}
    >
      <div className="prompt">
        <div className="prompt__questions">
          <ExercisePromptFigure definition={definition} />
          <SlidePoints points={definition.questions} />
          {definition.hint && <p className="prompt__hint slide__text">{definition.hint}</p>}
          <p className="prompt__pause slide__text">{pauseInstruction(definition)}</p>
        </div>
        <div className="prompt__side">
          <div className="slide__timer">{timer}</div>
          <RoomStrip answers={answers} names={names} />
        </div>
      </div>
    </SlideShell>
  );
}
