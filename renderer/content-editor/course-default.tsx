interface CourseDefaultProps {
  /** Whether this workshop has its own version of the thing. */
  changed: boolean;
  /** The course's own text (or value), shown for comparison; empty when it has none. */
  course: string;
  /** What is changed, for the reset button's accessible name: "A’s questions". */
  what: string;
  /** Whether `course` is the course's words, quoted, or a description of them. */
  quoted?: boolean;
  onReset(): void;
}

/**
 * A changed thing shown against the course: the course's text and the way back to it. Nothing
 * when the workshop has the course's own.
 */
export function CourseDefault(props: CourseDefaultProps) {
  const { changed, course, what, quoted = true, onReset } = props;
  if (!changed) return null;
  return (
    <div className="course-default">
      <span className="course-default__badge">Changed</span>
      <span className="course-default__text">
        The course: {!course ? <em>none</em> : quoted ? <q>{course}</q> : course}
      </span>
      <button
        type="button"
        className="button button--ghost course-default__reset"
        aria-label={`Reset to the course’s text: ${what}`}
        onClick={onReset}
      >
        Reset to the course’s text
      </button>
    </div>
  );
}
