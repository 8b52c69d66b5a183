import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { plural } from '../../../shared/format/plural';
import {
  actionStatuses,
  actionStatusLabels,
  countByStatus,
  gapKindLabels,
  gapKinds,
  isOverdue,
  MAX_PLAN_ACTIONS,
  MAX_WHO_CHARS,
  type GapRef,
  type PlanAction,
} from '../../../shared/plan/actions';
import { gapsWithoutAction, sameGap } from '../../../shared/plan/gaps';
import { personName } from '../../../shared/domain/contact-map';
import { TrashIcon } from '../../components/icons';
import { newItemId } from '../../kinds/list/new-id';
import { ChoiceSelect } from '../choice-select';
import { PartBar } from '../part-bar';
import type { PlanPageProps } from '../plan-view';
import type { AccountWork } from '../use-account-work';
import { usePlanGaps } from '../use-plan-gaps';
import { usePlanPart } from '../use-plan-part';

const statusChoices = actionStatuses.map((s) => ({ value: s, label: actionStatusLabels[s] }));

const gapValue = (gap: Pick<GapRef, 'kind' | 'key'>) => `${gap.kind}|${gap.key}`;

/** Today as YYYY-MM-DD where the learner is. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface ActionRowProps {
  n: number;
  action: PlanAction;
  gaps: readonly GapRef[];
  whoListId: string;
  focusOnMount: boolean;
  onChange(next: PlanAction): void;
  onRemove(): void;
}

function ActionRow({
  n,
  action,
  gaps,
  whoListId,
  focusOnMount,
  onChange,
  onRemove,
}: ActionRowProps) {
  const what = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusOnMount) what.current?.focus();
  }, [focusOnMount]);
  const known = action.closes === null || gaps.some((g) => sameGap(g, action.closes!));
  const overdue = isOverdue(action, today());
  const set = (change: Partial<PlanAction>) => onChange({ ...action, ...change });
  const name = `action ${n}`;
  return (
    <li className={`plan-action plan-action--${action.status}`}>
      <fieldset className="plan-action__fields">
        <legend className="plan-action__legend">
          Action {n}
          {overdue && <span className="plan-tag plan-tag--overdue">Overdue</span>}
        </legend>
        <label className="plan-action__what">
          <span className="field__label">What</span>
          <textarea
            ref={what}
            className="input plan-textarea"
            rows={2}
            value={action.what}
            aria-label={`What: ${name}`}
            onChange={(e) => set({ what: e.currentTarget.value })}
          />
        </label>
        <label>
          <span className="field__label">Who</span>
          <input
            className="input"
            list={whoListId}
            maxLength={MAX_WHO_CHARS}
            value={action.who}
            aria-label={`Who: ${name}`}
            onChange={(e) => set({ who: e.currentTarget.value })}
          />
        </label>
        <label>
          <span className="field__label">By when</span>
          <input
            className="input"
            type="date"
            value={action.due}
            aria-label={`By when: ${name}`}
            aria-invalid={overdue || undefined}
            onChange={(e) => set({ due: e.currentTarget.value })}
          />
        </label>
        <label className="plan-action__gap">
          <span className="field__label">Closes the gap</span>
          <select
            className="plan-select"
            value={action.closes ? gapValue(action.closes) : ''}
            aria-label={`Closes the gap: ${name}`}
            onChange={(e) => {
              const value = e.currentTarget.value;
              const gap = gaps.find((g) => gapValue(g) === value);
              set({ closes: gap ?? (value === '' ? null : action.closes) });
            }}
          >
            <option value="">Not tied to a gap</option>
            {gapKinds.map((kind) => {
              const ofKind = gaps.filter((g) => g.kind === kind);
              return ofKind.length === 0 ? null : (
                <optgroup key={kind} label={gapKindLabels[kind]}>
                  {ofKind.map((g) => (
                    <option key={gapValue(g)} value={gapValue(g)}>
                      {g.label}
                    </option>
                  ))}
                </optgroup>
              );
            })}
            {!known && action.closes && (
              <optgroup label="No longer found">
                <option value={gapValue(action.closes)}>{action.closes.label}</option>
              </optgroup>
            )}
          </select>
        </label>
        <label>
          <span className="field__label">Status</span>
          <ChoiceSelect
            label={`Status: ${name}`}
            value={action.status}
            choices={statusChoices}
            onChange={(status) => status && set({ status })}
          />
        </label>
        <button
          type="button"
          className="icon-button icon-button--danger plan-action__remove"
          aria-label={`Remove ${name}`}
          onClick={onRemove}
        >
          <TrashIcon />
        </button>
      </fieldset>
    </li>
  );
}

/**
 * The plan: actions — what, who, by when, which gap each closes — with their status, beside the
 * gaps found in the account's work (C, D, G and the plan's tools).
 */
export function ActionsPage({ participant, account, work }: PlanPageProps & { work: AccountWork }) {
  const actions = usePlanPart('actions', participant.id, account.id);
  const customerView = usePlanPart('customer-view', participant.id, account.id);
  const target = usePlanPart('target-map', participant.id, account.id);
  const layers = usePlanPart('layers', participant.id, account.id);
  const gaps = usePlanGaps(work, customerView, target, layers);
  const whoListId = useId();
  const [added, setAdded] = useState<string | null>(null);
  const list = actions.value.actions;
  const counts = countByStatus(list);
  const whoOptions = useMemo(
    () => [
      ...new Set(
        [...work.contactMap.answer.people, ...(target.begun ? target.value.people : [])]
          .filter((p) => p.side === 'supplier')
          .map(personName),
      ),
    ],
    [work.contactMap.answer.people, target.begun, target.value.people],
  );
  const openGaps = gapsWithoutAction(gaps, list);

  const setList = (next: PlanAction[]) => actions.change({ actions: next });
  function add(closes: GapRef | null) {
    const id = newItemId();
    setList([...list, { id, what: '', who: '', due: '', closes, status: 'planned' }]);
    setAdded(id);
  }

  return (
    <div className="plan-stack">
      <PartBar handle={actions}>
        <p>
          What you will do to develop the relationship with {account.name}: who does it, by when,
          and which gap it closes. The gaps come from your work on this account; the pages above
          find more.
        </p>
      </PartBar>

      <section className="plan-card" aria-labelledby="actions-title">
        <h3 id="actions-title" className="plan-card__title">
          Actions ({list.length})
        </h3>
        {list.length > 0 && (
          <p className="plan-muted" data-testid="actions-summary">
            {actionStatuses
              .filter((s) => counts[s] > 0)
              .map((s) => `${counts[s]} ${actionStatusLabels[s].toLowerCase()}`)
              .join(' · ')}
          </p>
        )}
        <datalist id={whoListId}>
          {whoOptions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {list.length === 0 ? (
          <p>No actions yet. Add one, or plan one against a gap below.</p>
        ) : (
          <ol className="plan-actions">
            {list.map((action, i) => (
              <ActionRow
                key={action.id}
                n={i + 1}
                action={action}
                gaps={gaps}
                whoListId={whoListId}
                focusOnMount={action.id === added}
                onChange={(next) => setList(list.map((a) => (a.id === action.id ? next : a)))}
                onRemove={() => setList(list.filter((a) => a.id !== action.id))}
              />
            ))}
          </ol>
        )}
        <button
          type="button"
          className="button button--primary"
          disabled={list.length >= MAX_PLAN_ACTIONS}
          onClick={() => add(null)}
        >
          Add an action
        </button>
      </section>

      <section className="plan-card" aria-labelledby="gaps-title">
        <h3 id="gaps-title" className="plan-card__title">
          Gaps to close ({openGaps.length} without an action)
        </h3>
        {gapKinds.map((kind) => {
          const ofKind = gaps.filter((g) => g.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <div key={kind} className="plan-gap-group">
              <h4 className="plan-subtitle">{gapKindLabels[kind]}</h4>
              <ul className="plan-gap-list">
                {ofKind.map((gap) => {
                  const planned = list.filter((a) => a.closes && sameGap(a.closes, gap)).length;
                  return (
                    <li key={gapValue(gap)}>
                      <span>{gap.label}</span>
                      {planned > 0 ? (
                        <span className="plan-tag">{plural(planned, 'action')}</span>
                      ) : null}
                      <button
                        type="button"
                        className="button button--ghost"
                        aria-label={`Plan an action for: ${gap.label}`}
                        disabled={list.length >= MAX_PLAN_ACTIONS}
                        onClick={() => add(gap)}
                      >
                        Plan an action
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </section>
    </div>
  );
}
