import {
  involvementLayers,
  layerInfo,
  layersPoint,
  type InvolvementLayer,
} from '../../../shared/course/layers-of-involvement';
import { linkStrengths, strengthLabels } from '../../../shared/domain/contact-map-model';
import {
  layersVerdict,
  MAX_LAYER_ENTRIES,
  MAX_SINCE_CHARS,
  weighLayers,
  type LayerEntry,
  type LayersPart,
} from '../../../shared/plan/layers';
import { TrashIcon } from '../../components/icons';
import { newItemId } from '../../kinds/list/new-id';
import { ChoiceSelect } from '../choice-select';
import { PartBar } from '../part-bar';
import type { PlanPageProps } from '../plan-view';
import { usePlanPart } from '../use-plan-part';

const strengthChoices = linkStrengths.map((s) => ({ value: s, label: strengthLabels[s] }));

/** How an entry of a layer is called in labels: "activity link 2". */
const entryName = (layer: InvolvementLayer, n: number) =>
  `${layerInfo[layer].label.toLowerCase().replace(/s$/, '')} ${n}`;

function EntryRow({
  layer,
  n,
  entry,
  onChange,
  onRemove,
}: {
  layer: InvolvementLayer;
  n: number;
  entry: LayerEntry;
  onChange(next: LayerEntry): void;
  onRemove(): void;
}) {
  const name = entryName(layer, n);
  return (
    <li className="plan-entry">
      <label className="plan-entry__what">
        <span className="field__label">What it is</span>
        <textarea
          className="input plan-textarea"
          rows={2}
          value={entry.what}
          aria-label={`What ${name} is`}
          onChange={(e) => onChange({ ...entry, what: e.currentTarget.value })}
        />
      </label>
      <label>
        <span className="field__label">Since when</span>
        <input
          className="input"
          value={entry.since}
          maxLength={MAX_SINCE_CHARS}
          placeholder="e.g. 2021"
          aria-label={`Since when: ${name}`}
          onChange={(e) => onChange({ ...entry, since: e.currentTarget.value })}
        />
      </label>
      <label>
        <span className="field__label">How strong</span>
        <ChoiceSelect
          label={`How strong: ${name}`}
          value={entry.strength}
          choices={strengthChoices}
          none="Not rated"
          onChange={(strength) => onChange({ ...entry, strength })}
        />
      </label>
      {layer === 'people-bonds' && (
        <label className="plan-check">
          <input
            type="checkbox"
            checked={entry.reciprocated !== false}
            aria-label={`Reciprocated: ${name}`}
            onChange={(e) => onChange({ ...entry, reciprocated: e.currentTarget.checked })}
          />
          Two-way: they would say so too
        </label>
      )}
      <button
        type="button"
        className="icon-button icon-button--danger plan-entry__remove"
        aria-label={`Remove ${name}`}
        onClick={onRemove}
      >
        <TrashIcon />
      </button>
    </li>
  );
}

/**
 * Layers of involvement (reading "Inhuman relationships"): the activity links, resource ties
 * and people bonds with this account, and which layer is thin.
 */
export function LayersPage({ participant, account }: PlanPageProps) {
  const layers = usePlanPart('layers', participant.id, account.id);
  const part = layers.value;
  const weights = weighLayers(part);
  const heaviest = Math.max(1, ...weights.map((w) => w.weight));
  const set = (layer: InvolvementLayer, entries: LayerEntry[]) =>
    layers.change({ ...part, [layer]: entries } as LayersPart);

  return (
    <div className="plan-stack">
      <PartBar handle={layers}>
        <p>{layersPoint}</p>
      </PartBar>
      <section className="plan-card" aria-labelledby="layers-weight-title">
        <h3 id="layers-weight-title" className="plan-card__title">
          Which layer is thin?
        </h3>
        <ul className="plan-weights">
          {weights.map((w) => (
            <li
              key={w.layer}
              className={w.thin ? 'plan-weights__row plan-weights__row--thin' : 'plan-weights__row'}
            >
              <span className="plan-weights__name">{layerInfo[w.layer].label}</span>
              <span className="plan-weights__bar" aria-hidden="true">
                <span style={{ width: `${(w.weight / heaviest) * 100}%` }} />
              </span>
              <span className="plan-weights__value">
                {w.counted} counted{w.thin ? ' · thin' : ''}
              </span>
            </li>
          ))}
        </ul>
        <p role="status" data-testid="layers-verdict">
          {layersVerdict(weights)}
        </p>
      </section>
      {involvementLayers.map((layer) => {
        const info = layerInfo[layer];
        const entries = part[layer];
        return (
          <section key={layer} className="plan-card" aria-labelledby={`layer-${layer}`}>
            <h3 id={`layer-${layer}`} className="plan-card__title">
              {info.label}: <span className="plan-card__aside">{info.shorthand.toLowerCase()}</span>
            </h3>
            <p className="plan-muted">
              {info.purpose} {info.examples}
            </p>
            {entries.length > 0 && (
              <ol className="plan-entries">
                {entries.map((entry, i) => (
                  <EntryRow
                    key={entry.id}
                    layer={layer}
                    n={i + 1}
                    entry={entry}
                    onChange={(next) =>
                      set(
                        layer,
                        entries.map((e) => (e.id === entry.id ? next : e)),
                      )
                    }
                    onRemove={() =>
                      set(
                        layer,
                        entries.filter((e) => e.id !== entry.id),
                      )
                    }
                  />
                ))}
              </ol>
            )}
            <button
              type="button"
              className="button button--secondary"
              disabled={entries.length >= MAX_LAYER_ENTRIES}
              onClick={() =>
                set(layer, [...entries, { id: newItemId(), what: '', since: '', strength: null }])
              }
            >
              Add {entryName(layer, entries.length + 1).replace(/ \d+$/, '')}
            </button>
          </section>
        );
      })}
    </div>
  );
}
