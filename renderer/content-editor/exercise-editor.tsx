import type { ContentChanges, ExerciseChange } from '../../shared/content/content-changes';
import { changeExercise } from '../../shared/content/content-edits';
import { exerciseByLetter, type CourseExercise } from '../../shared/course/exercises';
import { formatDuration } from '../../shared/format/durations';
import type { KindName } from '../../shared/kinds/answer-kinds';
import { viewsOf } from '../kinds/kind-views';
import { CourseDefault } from './course-default';
import { LinesEditor, stringLines } from './lines-editor';
import { MinutesField } from './minutes-field';
import { TextField } from './text-field';

interface ExerciseEditorProps {
  /** The exercise as this workshop has it (the draft applied). */
  exercise: CourseExercise;
  changes: ContentChanges;
  onChange(changes: ContentChanges): void;
}

/** An exercise's questions, hint, timer and model answer, each against the course's own. */
export function ExerciseEditor({ exercise, changes, onChange }: ExerciseEditorProps) {
  const { letter } = exercise;
  const course = exerciseByLetter(letter);
  const change = (changes.exercises as Record<string, ExerciseChange | undefined>)[letter];
  const path = `exercises.${letter}`;
  const set = <F extends keyof ExerciseChange>(field: F, value: ExerciseChange[F] | undefined) =>
    onChange(changeExercise(changes, letter, field as never, value as never));
  const { ModelEditor } = viewsOf(exercise.kind as KindName);
  const Editor = ModelEditor as unknown as (props: {
    definition: CourseExercise;
    model: CourseExercise['model'];
    path: string;
    onChange(next: CourseExercise['model']): void;
  }) => React.ReactNode;
  const title = `${letter}. ${exercise.title}`;
  return (
    <li className="content-exercise" data-exercise={letter}>
      <details>
        <summary className="content-exercise__summary">
          <span className="content-exercise__title">{title}</span>
          {change && <span className="content-step__tag">Changed</span>}
        </summary>
        <div className="content-exercise__body">
          <div className="content-exercise__group">
            <LinesEditor
              legend={`${letter}’s questions`}
              noun="question"
              lines={exercise.questions}
              kind={stringLines}
              path={`${path}.questions`}
              required
              onChange={(questions) => set('questions', questions)}
            />
            <CourseDefault
              changed={change?.questions !== undefined}
              course={course.questions.join(' / ')}
              what={`${letter}’s questions`}
              onReset={() => set('questions', undefined)}
            />
          </div>
          <TextField
            label={`${letter}’s hint`}
            hint="Leave it empty for no hint."
            value={exercise.hint ?? ''}
            path={`${path}.hint`}
            onChange={(hint) => set('hint', hint)}
          >
            <CourseDefault
              changed={change?.hint !== undefined}
              course={course.hint ?? ''}
              what={`${letter}’s hint`}
              onReset={() => set('hint', undefined)}
            />
          </TextField>
          <MinutesField
            label={`${letter}’s timer`}
            valueMs={exercise.defaultDurationMs}
            onChange={(ms) => set('durationMs', ms)}
          >
            <CourseDefault
              changed={change?.durationMs !== undefined}
              course={formatDuration(course.defaultDurationMs)}
              what={`${letter}’s timer`}
              onReset={() => set('durationMs', undefined)}
            />
          </MinutesField>
          <div className="content-exercise__group content-exercise__model">
            <h3 className="content-exercise__heading">Model answer</h3>
            <Editor
              definition={exercise}
              model={exercise.model}
              path={`${path}.model`}
              onChange={(model) => set('model', model as ExerciseChange['model'])}
            />
            <CourseDefault
              changed={change?.model !== undefined}
              course="its own model answer, as the course notes give it"
              quoted={false}
              what={`${letter}’s model answer`}
              onReset={() => set('model', undefined)}
            />
          </div>
        </div>
      </details>
    </li>
  );
}
