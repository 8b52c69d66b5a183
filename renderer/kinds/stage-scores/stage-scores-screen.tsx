import { useId, useState } from 'react';
import { stageStatements } from '../../../shared/course/stage-statements';
import { scoreStatements, type StatementScore } from '../../../shared/domain/stage';
import { useKindStore } from '../kind-store';
import type { ExerciseScreenProps } from '../screen-props';
import { AllStages } from './all-stages';
import { ScoringHistory } from './scoring-history';
import { StageCharacteristics } from './stage-characteristics';
import { StageTotal } from './stage-total';
import { StatementGroup } from './statement-group';
import '../exercise-card.css';
import './stage-scores.css';

function allAnswered(scores: ReadonlyArray<StatementScore | null>): scores is StatementScore[] {
  return scores.every((score) => score !== null);
}

/** Stage scores (D): the six statements scored for one account, its stage, and its scorings over time. */
export function StageScoresScreen(props: ExerciseScreenProps<'stage-scores'>) {
  const { answer, onChange, account, definition } = props;
  const saveScoring = useKindStore((s) => s.saveScoring);
  const [saving, setSaving] = useState(false);
  const hintId = useId();
  const { total, answered, stage } = scoreStatements(answer.scores);
  const complete = allAnswered(answer.scores);

  function setScore(index: number, score: StatementScore | null) {
    onChange({ scores: answer.scores.map((s, i) => (i === index ? score : s)) });
  }

  async function save() {
    if (!account || !allAnswered(answer.scores)) return;
    setSaving(true);
    await saveScoring(account.id, answer.scores);
    setSaving(false);
  }

  return (
    <div className="exercise-cards">
      <section className="exercise-card" aria-label="Statements">
        <ol className="statement-list">
          {stageStatements.map((statement, index) => (
            <StatementGroup
              key={statement.id}
              number={index + 1}
              text={statement.text}
              score={answer.scores[index] ?? null}
              onScore={(score) => setScore(index, score)}
            />
          ))}
        </ol>
      </section>

      <StageTotal total={total} answered={answered} stage={stage} />

      <div className="stage-scores__save">
        <button
          type="button"
          className="button button--primary"
          disabled={!complete || saving || !account}
          aria-describedby={complete ? undefined : hintId}
          onClick={save}
        >
          Save this scoring
        </button>
        {!complete && (
          <span id={hintId} className="field__hint">
            Answer all six statements to save a scoring.
          </span>
        )}
      </div>

      {stage && <StageCharacteristics stage={stage} />}
      {account && <ScoringHistory accountId={account.id} accountName={account.name} />}
      {props.revealed && <AllStages intro={definition.model.intro} current={stage} />}
    </div>
  );
}
