import type { FacilitationPatch, FacilitationState } from '../../../shared/schemas/facilitation';

interface ConsoleSwitchesProps {
  state: FacilitationState;
  onChange(patch: FacilitationPatch): void;
}

const switches = [
  { field: 'blackScreen', label: 'Black screen', hint: 'B' },
  { field: 'hideNames', label: 'Hide names on the projector', hint: 'Participant 1, Account A' },
  {
    field: 'autoStartTimer',
    label: 'Start exercise timers automatically',
    hint: 'on entering the step',
  },
] as const;

/** What the projector shows, switched from the trainer's screen. */
export function ConsoleSwitches({ state, onChange }: ConsoleSwitchesProps) {
  return (
    <fieldset className="console-card console-switches">
      <legend className="console-card__title">Projector</legend>
      {switches.map(({ field, label, hint }) => (
        <label key={field} className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={state[field]}
            onChange={(event) => onChange({ [field]: event.target.checked })}
          />
          <span className="switch__track" aria-hidden="true" />
          <span className="switch__label">
            {label} <span className="switch__hint">{hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
