import { countedMatches, setMatch } from '../../../shared/domain/list';
import { ListEditor } from './list-editor';
import { MatchSelect } from './match-select';
import { ModelList } from './model-list';
import type { ExerciseScreenProps } from '../screen-props';
import './list.css';

/** A list (A, B): the learner's free list; once revealed, the model answer beside it to match against. */
export function ListScreen({
  definition,
  answer,
  onChange,
  revealed,
}: ExerciseScreenProps<'list'>) {
  // The model answer is not even rendered before the reveal: nothing to find in the page.
  const model = revealed ? definition.model : null;

  return (
    <div className={`list-exercise${model ? ' list-exercise--revealed' : ''}`}>
      <ListEditor
        title="Your ideas"
        noun="idea"
        emptyText="No ideas yet. Type one below and press Enter — or paste a whole list, one idea per line."
        items={answer.items}
        matches={answer.matches}
        onChange={onChange}
        renderExtra={
          model
            ? (item) => (
                <MatchSelect
                  item={item}
                  modelItems={model.items}
                  matches={answer.matches}
                  onMatch={(modelId) =>
                    onChange({ ...answer, matches: setMatch(answer.matches, item.id, modelId) })
                  }
                />
              )
            : undefined
        }
      />
      {model && (
        <div className="list-exercise__model">
          <ModelList
            title="Model answer"
            intro={model.intro}
            modelItems={model.items}
            learnerItems={answer.items}
            matches={countedMatches(answer.items, answer.matches, model.items)}
          />
          <p className="model-theme">
            <span className="model-theme__label">The theme</span>
            {model.theme}
          </p>
        </div>
      )}
    </div>
  );
}
