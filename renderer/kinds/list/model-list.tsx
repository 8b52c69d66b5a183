import { useId } from 'react';
import { missedModelIds } from '../../../shared/domain/list';
import type { ListItem, ModelItem, ModelMatch } from '../../../shared/kinds/list';
import { CheckIcon } from '../../components/icons';
import './list.css';

interface ModelListProps {
  title: string;
  intro?: string;
  modelItems: readonly ModelItem[];
  /** The learner's list beside it, to say which of their items matched. */
  learnerItems: readonly ListItem[];
  matches: readonly ModelMatch[];
}

/** The model answer's ideas, each marked as matched by the learner's items or missed. */
export function ModelList({ title, intro, modelItems, learnerItems, matches }: ModelListProps) {
  const headingId = useId();
  const missed = new Set(
    missedModelIds(
      modelItems.map((m) => m.id),
      matches,
    ),
  );
  const yoursFor = (modelId: string) =>
    learnerItems
      .map((item, index) => ({ item, number: index + 1 }))
      .filter(({ item }) => matches.some((m) => m.itemId === item.id && m.modelId === modelId));

  return (
    <section className="model-list" aria-labelledby={headingId}>
      <header className="model-list__head">
        <h3 id={headingId} className="model-list__title">
          {title}
        </h3>
        <p className="model-list__missed" aria-live="polite">
          Ideas you missed: <strong>{missed.size}</strong> of {modelItems.length}
        </p>
      </header>
      {intro && <p className="model-list__intro">{intro}</p>}
      <ul className="model-list__items" aria-labelledby={headingId}>
        {modelItems.map((model) => {
          const yours = yoursFor(model.id);
          return (
            <li
              key={model.id}
              className={`model-item ${missed.has(model.id) ? 'model-item--missed' : 'model-item--matched'}`}
            >
              <span className="model-item__mark" aria-hidden="true">
                {missed.has(model.id) ? '' : <CheckIcon />}
              </span>
              <span className="model-item__body">
                <span className="visually-hidden">
                  {missed.has(model.id) ? 'Missed: ' : 'Matched: '}
                </span>
                <span className="model-item__text">{model.text}</span>
                {yours.length > 0 ? (
                  <span className="model-item__yours">
                    Yours: {yours.map(({ item, number }) => `${number}. “${item.text}”`).join(', ')}
                  </span>
                ) : (
                  <span className="model-item__tag" aria-hidden="true">
                    Missed
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
