import type { ReactNode } from 'react';

interface StatusPanelProps {
  kind: 'loading' | 'empty' | 'error';
  title: string;
  detail?: string | undefined;
  action?: ReactNode;
}

/** A calm box for what is not content: loading, nothing here yet, or a failure. */
export function StatusPanel({ kind, title, detail, action }: StatusPanelProps) {
  return (
    <div
      className={`status-panel status-panel--${kind}`}
      role={kind === 'error' ? 'alert' : undefined}
      aria-busy={kind === 'loading' || undefined}
    >
      {kind === 'loading' && <span className="spinner" aria-hidden="true" />}
      <p className="status-panel__title">{title}</p>
      {detail && <p className="status-panel__detail">{detail}</p>}
      {action && <div className="status-panel__action">{action}</div>}
    </div>
  );
}
