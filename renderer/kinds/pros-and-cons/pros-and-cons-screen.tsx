import { MAX_ANSWER_CHARS } from '../../../shared/kinds/answer-text';
import { useId } from 'react';
import { countedMatches, setMatch } from '../../../shared/domain/list';
import type { ListItem, ModelItem } from '../../../shared/kinds/list';
import {
  Suitability,
  suitabilityLabels,
  type ProsAndConsAnswer,
} from '../../../shared/kinds/pros-and-cons';
import { ListEditor, type ListChange } from '../list/list-editor';
import { MatchSelect } from '../list/match-select';
import { ModelList } from '../list/model-list';
import type { ExerciseScreenProps } from '../screen-props';
import '../list/list.css';
import './pros-and-cons.css';

type Answer = ProsAndConsAnswer;

interface SideProps {
  title: string;
  noun: string;
  emptyText: string;
  items: readonly ListItem[];
  answer: Answer;
  onList(change: ListChange): void;
  onMatch(itemId: string, modelId: string | null): void;
  /** This side of the model answer; null until revealed. */
  model: { title: string; items: readonly ModelItem[] } | null;
}

/** One side (good or bad): the learner's list, and the model's beside it once revealed. */
function Side({ title, noun, emptyText, items, answer, onList, onMatch, model }: SideProps) {
  return (
    <div className={`pros-cons__side${model ? ' pros-cons__side--revealed' : ''}`}>
      <ListEditor
        title={title}
        noun={noun}
        emptyText={emptyText}
        items={items}
        matches={answer.matches}
        onChange={onList}
        renderExtra={
          model
            ? (item) => (
                <MatchSelect
                  item={item}
                  modelItems={model.items}
                  matches={answer.matches}
                  onMatch={(modelId) => onMatch(item.id, modelId)}
                />
              )
            : undefined
        }
      />
      {model && (
        <ModelList
          title={model.title}
          modelItems={model.items}
          learnerItems={items}
          matches={countedMatches(items, answer.matches, model.items)}
        />
      )}
    </div>
  );
}

/** Pros and cons (E): what is good and bad, whether it suits, and why. */
export function ProsAndConsScreen({
  definition,
  answer,
  onChange,
  revealed,
}: ExerciseScreenProps<'pros-and-cons'>) {
  const reasonId = useId();
  const radioName = useId();
  // Never in the page before the reveal.
  const model = revealed ? definition.model : null;
  const onMatch = (itemId: string, modelId: string | null) =>
    onChange({ ...answer, matches: setMatch(answer.matches, itemId, modelId) });

  return (
    <div className="pros-and-cons-screen">
      {model && <p className="model-list__intro">{model.intro}</p>}
      <div className={`pros-cons${model ? ' pros-cons--revealed' : ''}`}>
        <Side
          title="What is good"
          noun="positive"
          emptyText="Nothing good listed yet. Type below, or paste a list."
          items={answer.positives}
          answer={answer}
          onList={({ items, matches }) => onChange({ ...answer, positives: items, matches })}
          onMatch={onMatch}
          model={model && { title: 'Model answer: the good', items: model.positives }}
        />
        <Side
          title="What is bad"
          noun="negative"
          emptyText="Nothing bad listed yet. Type below, or paste a list."
          items={answer.negatives}
          answer={answer}
          onList={({ items, matches }) => onChange({ ...answer, negatives: items, matches })}
          onMatch={onMatch}
          model={model && { title: 'Model answer: the bad', items: model.negatives }}
        />
      </div>
      <div className="suitability">
        <fieldset className="suitability__choice">
          <legend className="suitability__legend">{definition.viewQuestion}</legend>
          <div className="suitability__options">
            {Suitability.options.map((view) => (
              <label key={view} className="suitability__option">
                <input
                  type="radio"
                  name={radioName}
                  value={view}
                  checked={answer.suitable === view}
                  onChange={() => onChange({ ...answer, suitable: view })}
                />
                {suitabilityLabels[view]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label className="suitability__legend" htmlFor={reasonId}>
            Why?
          </label>
          <textarea
            id={reasonId}
            className="input suitability__reason"
            rows={3}
            maxLength={MAX_ANSWER_CHARS}
            value={answer.reason}
            onChange={(e) => onChange({ ...answer, reason: e.target.value })}
          />
        </div>
      </div>
      {model && (
        <p className="model-theme">
          <span className="model-theme__label">Conclusion</span>
          {model.conclusion}
        </p>
      )}
    </div>
  );
}
