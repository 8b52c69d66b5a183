import { useId } from 'react';
import { agreementScale } from '../../../shared/course/stage-statements';
import type { StatementScore } from '../../../shared/domain/stage';

interface StatementGroupProps {
  number: number;
  text: string;
  score: StatementScore | null;
  onScore(score: StatementScore | null): void;
}

/** One statement scored on the four-point scale: native radios, so arrow keys move the choice. */
export function StatementGroup({ number, text, score, onScore }: StatementGroupProps) {
  const name = useId();
  return (
    <li className="statement">
      <fieldset className="statement__group">
        <legend className="statement__legend">
          <span className="statement__number" aria-hidden="true">
            {number}
          </span>
          {text}
        </legend>
        <div className="scale">
          {agreementScale.map((option) => (
            <label key={option.score} className="scale__option">
              <input
                type="radio"
                name={name}
                value={option.score}
                checked={score === option.score}
                onChange={() => onScore(option.score)}
              />
              <span>
                {option.label} ({option.score})
              </span>
            </label>
          ))}
        </div>
        {score !== null && (
          <button
            type="button"
            className="button button--ghost statement__clear"
            aria-label={`Clear the answer to statement ${number}`}
            onClick={() => onScore(null)}
          >
            Clear
          </button>
        )}
      </fieldset>
    </li>
  );
}
