import type { ExerciseDefinition } from '../../../shared/course/exercises';
import { pauseInstruction } from '../../../shared/course/module-info';

/** The exercise's questions, large enough to read across a room, and what to do now. */
export function PromptCard({ definition }: { definition: ExerciseDefinition }) {
  return (
    <section className="prompt-card" aria-labelledby="prompt-heading">
      <h2 id="prompt-heading" className="visually-hidden">
        The questions
      </h2>
      <ul className="prompt-card__questions">
        {definition.questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
      {definition.hint && <p className="prompt-card__hint">{definition.hint}</p>}
      <p className="prompt-card__pause">{pauseInstruction(definition)}</p>
      <p className="prompt-card__task">{definition.task}</p>
    </section>
  );
}
