interface RevealButtonProps {
  revealed: boolean;
  onChange(revealed: boolean): void;
}

/** The trainer's cue: the model answer stays out of the page until this is pressed. */
export function RevealButton({ revealed, onChange }: RevealButtonProps) {
  return (
    <button
      type="button"
      className={revealed ? 'button button--secondary' : 'button button--primary reveal-button'}
      onClick={() => onChange(!revealed)}
    >
      {revealed ? 'Hide model answer' : 'Reveal model answer'}
    </button>
  );
}
