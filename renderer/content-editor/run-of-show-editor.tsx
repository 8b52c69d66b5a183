import { useEffect, useId, useRef, useState } from 'react';
import { MAX_OWN_SLIDES, type ContentChanges } from '../../shared/content/content-changes';
import { addSlide, moveStep, resetOrder, skipStep } from '../../shared/content/content-edits';
import { allStepsOf } from '../../shared/content/resolve-content';
import { totalPlannedMs } from '../../shared/course/flow';
import { formatDuration } from '../../shared/format/durations';
import { PlusIcon } from '../components/icons';
import { useAppStore } from '../store/store-context';
import { StepEditor } from './step-editor';

interface RunOfShowEditorProps {
  changes: ContentChanges;
  onChange(changes: ContentChanges): void;
}

/**
 * The run of show as the trainer arranges it: every step in order with its time and notes,
 * moved up or down, skipped or taken back, and slides of their own added, edited, removed.
 */
export function RunOfShowEditor({ changes, onChange }: RunOfShowEditorProps) {
  const id = useId();
  const announce = useAppStore((s) => s.announce);
  const list = useRef<HTMLOListElement>(null);
  const [focus, setFocus] = useState<{ stepId: string; part: string } | null>(null);
  const steps = allStepsOf(changes);
  const withoutStepChanges = allStepsOf({ ...changes, steps: {} });
  const skipped = new Set(changes.skipped);
  const running = steps.filter((step) => !skipped.has(step.id));
  const [after, setAfter] = useState(steps.at(-1)?.id ?? '');

  useEffect(() => {
    if (!focus) return;
    const row = list.current?.querySelector(`[data-step="${focus.stepId}"]`);
    setFocus(null);
    if (focus.part === 'title') {
      // A new slide opens on its title, ready to be typed.
      row?.querySelector('details')?.setAttribute('open', '');
      row?.querySelector<HTMLElement>('details input')?.focus();
      return;
    }
    // At either end the pressed button is disabled: the other one keeps the focus in the row.
    const target = row?.querySelector<HTMLButtonElement>(`[data-part="${focus.part}"]`);
    if (target && !target.disabled) target.focus();
    else
      row
        ?.querySelector<HTMLElement>('[data-part="up"]:not(:disabled), [data-part="down"]')
        ?.focus();
  }, [focus]);

  return (
    <section className="section content-section" aria-labelledby={`${id}-title`}>
      <div className="section__head">
        <h2 id={`${id}-title`} className="section__title">
          Run of show
        </h2>
        <p className="content-section__total">
          {running.length} steps · {formatDuration(totalPlannedMs(running))} planned
        </p>
      </div>
      <p className="section__hint">
        Move steps up or down, skip what you will not run, and set each step’s time and notes.
        Skipped exercises keep their answers.
      </p>
      {changes.order !== undefined && (
        <p className="course-default">
          <span className="course-default__badge">Changed</span>
          <span className="course-default__text">The steps are in your own order.</span>
          <button
            type="button"
            className="button button--ghost course-default__reset"
            aria-label="Reset to the course’s text: the order of the steps"
            onClick={() => onChange(resetOrder(changes))}
          >
            Reset to the course’s text
          </button>
        </p>
      )}
      <ol ref={list} className="content-steps">
        {steps.map((step, i) => (
          <StepEditor
            key={step.id}
            step={step}
            course={withoutStepChanges.find((s) => s.id === step.id)}
            slide={changes.slides.find((slide) => slide.id === step.id)}
            place={i + 1}
            count={steps.length}
            skipped={skipped.has(step.id)}
            changes={changes}
            onChange={onChange}
            onMove={(by) => {
              onChange(moveStep(changes, step.id, by));
              setFocus({ stepId: step.id, part: by < 0 ? 'up' : 'down' });
              announce(`${step.title} moved to place ${i + 1 + by} of ${steps.length}`);
            }}
            onSkip={(skip) => onChange(skipStep(changes, step.id, skip))}
          />
        ))}
      </ol>
      <form
        className="content-add-slide"
        onSubmit={(event) => {
          event.preventDefault();
          const place = steps.find((step) => step.id === after) ?? steps.at(-1);
          if (!place) return;
          const added = addSlide(changes, place);
          onChange(added.changes);
          setFocus({ stepId: added.id, part: 'title' });
          announce('Slide added: give it a title and points');
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-after`} className="field__label">
            Add a slide of your own after
          </label>
          <select
            id={`${id}-after`}
            className="input"
            value={after}
            onChange={(e) => setAfter(e.target.value)}
          >
            {steps.map((step, i) => (
              <option key={step.id} value={step.id}>
                {i + 1}. {step.exercise ? `${step.exercise}. ${step.title}` : step.title}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="button button--secondary"
          disabled={changes.slides.length >= MAX_OWN_SLIDES}
        >
          <PlusIcon /> Add slide
        </button>
      </form>
    </section>
  );
}
