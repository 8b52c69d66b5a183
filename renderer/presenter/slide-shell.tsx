import { useRef, type ReactNode } from 'react';
import { useFit } from './use-fit';

interface SlideShellProps {
  stepId: string;
  variant: string;
  kicker: string;
  title: ReactNode;
  /** Beside the title: the timer while an answer is shown, for instance. */
  aside?: ReactNode;
  footer: ReactNode;
  /** Anything that changes what the body holds, so it is fitted again. */
  fitKey: unknown;
  children: ReactNode;
}

/** A 16:9 slide: kicker and title, a body whose type shrinks to fit, and a quiet footer. */
export function SlideShell(props: SlideShellProps) {
  const body = useRef<HTMLDivElement>(null);
  useFit(body, props.fitKey);
  return (
    <article
      className={`slide slide--${props.variant}`}
      data-step-id={props.stepId}
      aria-labelledby={`slide-title-${props.stepId}`}
    >
      <header className="slide__head">
        <div className="slide__heading">
          <p className="slide__kicker">{props.kicker}</p>
          <h1 id={`slide-title-${props.stepId}`} className="slide__title">
            {props.title}
          </h1>
        </div>
        {props.aside}
      </header>
      <div ref={body} className="slide__body" data-testid="slide-body">
        {props.children}
      </div>
      <footer className="slide__foot">{props.footer}</footer>
    </article>
  );
}

/** Bullet points, in two columns when there are many. */
export function SlidePoints({ points, ordered }: { points: readonly string[]; ordered?: boolean }) {
  const className = `slide__points${points.length > 6 ? ' slide__points--columns' : ''}`;
  const items = points.map((point) => (
    <li key={point} className="slide__text">
      {point}
    </li>
  ));
  return ordered ? <ol className={className}>{items}</ol> : <ul className={className}>{items}</ul>;
}
