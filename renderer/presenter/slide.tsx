import { sectionTitles } from '../../shared/course/flow';
import { formatDate } from '../../shared/format/dates';
import { ExerciseSlide } from './exercise-slide';
import { nameLabels } from './names';
import { SlidePoints, SlideShell } from './slide-shell';
import type { Session } from './use-session';

const kickers = { summary: 'Summary', close: 'Following this session', agenda: 'Today' } as const;

/**
 * What the room sees of the current step: a content slide, or an exercise with its timer
 * and, once revealed, its model answer. Never the trainer's notes.
 */
export function Slide({ session }: { session: Session }) {
  const { step, index, detail, state } = session;
  const names = nameLabels(detail?.participants ?? [], state.hideNames);
  const footer = (
    <>
      <span className="slide__section">{sectionTitles[step.section]}</span>
      <span className="slide__count">
        {index + 1} / {session.content.steps.length}
      </span>
    </>
  );

  if (step.exercise) {
    return <ExerciseSlide session={session} letter={step.exercise} names={names} footer={footer} />;
  }

  if (step.kind === 'title') {
    const workshop = detail?.workshop;
    return (
      <SlideShell
        stepId={step.id}
        variant="title"
        kicker={workshop ? workshop.title : 'Key Account Management'}
        title={step.title}
        footer={footer}
        fitKey={step.id}
      >
        <div className="title-slide">
          {step.points.map((point) => (
            <p key={point} className="title-slide__line slide__text">
              {point}
            </p>
          ))}
          {workshop && (
            <p className="title-slide__meta slide__text">
              {[formatDate(workshop.date), workshop.facilitator].filter(Boolean).join(' · ')}
            </p>
          )}
        </div>
      </SlideShell>
    );
  }

  const kicker =
    step.kind === 'summary' || step.kind === 'close' || step.kind === 'agenda'
      ? kickers[step.kind]
      : sectionTitles[step.section];
  return (
    <SlideShell
      stepId={step.id}
      variant={step.kind}
      kicker={kicker}
      title={step.title}
      footer={footer}
      fitKey={step.id}
    >
      <SlidePoints points={step.points} ordered={step.kind === 'agenda'} />
    </SlideShell>
  );
}
