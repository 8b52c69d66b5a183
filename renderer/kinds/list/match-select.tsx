import { sameWordingModel } from '../../../shared/domain/list';
import type { ListItem, ModelItem, ModelMatch } from '../../../shared/kinds/list';
import './list.css';

interface MatchSelectProps {
  item: ListItem;
  /** The model ideas this item may be matched to (one side's, in E). */
  modelItems: readonly ModelItem[];
  matches: readonly ModelMatch[];
  onMatch(modelId: string | null): void;
}

/**
 * Lets the learner say which model idea one of their items is: their judgement, never a guess.
 * An item in the very words of a model idea is that idea, and says so.
 */
export function MatchSelect({ item, modelItems, matches, onMatch }: MatchSelectProps) {
  const current = matches.find((m) => m.itemId === item.id)?.modelId ?? '';
  const same = current === '' ? sameWordingModel(item, modelItems) : undefined;
  if (same) {
    return (
      <p className="match-select match-select--same">
        <span className="match-select__label">Matches model idea</span>{' '}
        <span className="match-select__same">{same.text}</span> (same words)
      </p>
    );
  }
  return (
    <label className="match-select">
      <span className="match-select__label" aria-hidden="true">
        Matches model idea
      </span>
      <select
        className="input match-select__control"
        aria-label={`Matches model idea for ${item.text}`}
        value={modelItems.some((m) => m.id === current) ? current : ''}
        onChange={(e) => onMatch(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">— none —</option>
        {modelItems.map((model) => (
          <option key={model.id} value={model.id}>
            {model.text}
          </option>
        ))}
      </select>
    </label>
  );
}
