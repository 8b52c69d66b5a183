import type { ContentChanges, OwnSlide } from '../../shared/content/content-changes';
import { changeSlide, changeStep, removeSlide } from '../../shared/content/content-edits';
import { sectionTitles, type FlowStep } from '../../shared/course/flow';
import { formatDuration } from '../../shared/format/durations';
import { TrashIcon } from '../components/icons';
import { CourseDefault } from './course-default';
import { LinesEditor, stringLines } from './lines-editor';
import { MinutesField } from './minutes-field';
import { MoveButtons } from './move-buttons';
import { TextField } from './text-field';

interface StepEditorProps {
  step: FlowStep;
  /** The step as it would be without this workshop's change to it. */
  course: FlowStep | undefined;
  /** The trainer's own slide, when the step is one. */
  slide: OwnSlide | undefined;
  place: number;
  count: number;
  skipped: boolean;
  changes: ContentChanges;
  onChange(changes: ContentChanges): void;
  onMove(by: -1 | 1): void;
  onSkip(skip: boolean): void;
}

const titleOf = (step: FlowStep) =>
  step.exercise ? `${step.exercise}. ${step.title}` : step.title;

/** One step of the run of show: its place, time, notes and whether it runs; an own slide's text. */
export function StepEditor(props: StepEditorProps) {
  const { step, course, slide, place, count, skipped, changes, onChange, onMove, onSkip } = props;
  const title = titleOf(step);
  const change = changes.steps[step.id];
  const slideIndex = changes.slides.findIndex((s) => s.id === step.id);
  const slidePath = `slides[${slideIndex}]`;
  const changed = change !== undefined;
  return (
    <li
      className={`content-step${skipped ? ' content-step--skipped' : ''}`}
      data-step={step.id}
      aria-label={`${place}. ${title}${skipped ? ' (skipped)' : ''}`}
    >
      <div className="content-step__head">
        <span className="content-step__place" aria-hidden="true">
          {place}
        </span>
        <span className="content-step__title">
          {title}
          <span className="content-step__meta">
            {sectionTitles[step.section]} · {formatDuration(step.plannedMs)}
            {slide && <span className="content-step__tag">Your slide</span>}
            {changed && <span className="content-step__tag">Changed</span>}
            {skipped && (
              <span className="content-step__tag content-step__tag--skipped">Skipped</span>
            )}
          </span>
        </span>
        <MoveButtons name={title} first={place === 1} last={place === count} onMove={onMove}>
          <button
            type="button"
            className="button button--ghost content-step__skip"
            aria-pressed={skipped}
            aria-label={`Skip ${title}`}
            onClick={() => onSkip(!skipped)}
          >
            {skipped ? 'Skipped' : 'Skip'}
          </button>
        </MoveButtons>
      </div>
      <details className="content-step__details">
        <summary>Time and notes{slide ? ', slide text' : ''}</summary>
        <div className="content-step__body">
          {slide ? (
            <>
              <TextField
                label="Slide title"
                value={slide.title}
                path={`${slidePath}.title`}
                onChange={(text) => onChange(changeSlide(changes, slide.id, { title: text }))}
              />
              <LinesEditor
                legend="Points on the slide"
                noun="point"
                lines={slide.points}
                kind={stringLines}
                path={`${slidePath}.points`}
                onChange={(points) => onChange(changeSlide(changes, slide.id, { points }))}
              />
              <MinutesField
                label={`Planned minutes for ${title}`}
                valueMs={slide.plannedMs}
                onChange={(plannedMs) => onChange(changeSlide(changes, slide.id, { plannedMs }))}
              />
              <TextField
                label={`Trainer’s notes for ${title}`}
                hint="On your console only, never on the projector."
                multiline
                value={slide.notes}
                path={`${slidePath}.notes`}
                onChange={(notes) => onChange(changeSlide(changes, slide.id, { notes }))}
              />
              <button
                type="button"
                className="button button--danger content-step__remove"
                onClick={() => onChange(removeSlide(changes, slide.id))}
              >
                <TrashIcon /> Remove this slide
              </button>
            </>
          ) : (
            <>
              <MinutesField
                label={`Planned minutes for ${title}`}
                valueMs={step.plannedMs}
                onChange={(ms) => onChange(changeStep(changes, step.id, 'plannedMs', ms))}
              >
                <CourseDefault
                  changed={change?.plannedMs !== undefined}
                  course={course ? formatDuration(course.plannedMs) : ''}
                  what={`planned time of ${title}`}
                  onReset={() => onChange(changeStep(changes, step.id, 'plannedMs', undefined))}
                />
              </MinutesField>
              <TextField
                label={`Trainer’s notes for ${title}`}
                hint="On your console only, never on the projector."
                multiline
                value={step.notes}
                path={`steps.${step.id}.notes`}
                onChange={(notes) => onChange(changeStep(changes, step.id, 'notes', notes))}
              >
                <CourseDefault
                  changed={change?.notes !== undefined}
                  course={course?.notes ?? ''}
                  what={`notes of ${title}`}
                  onReset={() => onChange(changeStep(changes, step.id, 'notes', undefined))}
                />
              </TextField>
            </>
          )}
        </div>
      </details>
    </li>
  );
}
