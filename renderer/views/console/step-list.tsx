import { useEffect, useRef } from 'react';
import type { FlowStep } from '../../../shared/course/flow';
import { formatClockTime } from '../../../shared/format/dates';
import { formatRunTime } from './session-clock';

interface StepListProps {
  steps: readonly FlowStep[];
  starts: readonly number[];
  index: number;
  startedAt: number | null;
  revealed: readonly string[];
  onGo(index: number): void;
}

/** The run of show: every step with its planned start; the current one marked, any one a click away. */
export function StepList({ steps, starts, index, startedAt, revealed, onGo }: StepListProps) {
  const list = useRef<HTMLElement>(null);
  const current = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Only the list scrolls to the current step, never the page: the trainer's controls stay on
    // the first screen, and on a phone (the list at the foot, not scrolling) nothing moves.
    const nav = list.current;
    const item = current.current;
    if (!nav || !item) return;
    const box = nav.getBoundingClientRect();
    const bottom = Math.min(box.bottom, window.innerHeight);
    const step = item.getBoundingClientRect();
    if (step.top < box.top) nav.scrollTop += step.top - box.top;
    else if (step.bottom > bottom) nav.scrollTop += step.bottom - bottom;
  }, [index]);
  return (
    <nav ref={list} className="step-list" aria-label="Steps of the session">
      <ol>
        {steps.map((step, i) => {
          const start = starts[i] ?? 0;
          return (
            <li key={step.id}>
              <button
                ref={i === index ? current : undefined}
                type="button"
                className={`step-list__item step-list__item--${step.kind}`}
                aria-current={i === index ? 'step' : undefined}
                onClick={() => onGo(i)}
              >
                <time className="step-list__time">
                  {startedAt === null
                    ? `+${formatRunTime(start)}`
                    : formatClockTime(startedAt + start)}
                </time>
                <span className="step-list__title">
                  {step.exercise ? `${step.exercise}. ${step.title}` : step.title}
                </span>
                <span className="step-list__meta">
                  {Math.round(step.plannedMs / 60_000)}′
                  {step.exercise && revealed.includes(step.exercise) ? ' · revealed' : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
