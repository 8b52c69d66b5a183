import { useRef, useState } from 'react';
import { useShallow } from 'zustand/shallow';
import type { WorkshopSummary } from '../../../shared/schemas/workshop';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { PlusIcon } from '../../components/icons';
import { StatusPanel } from '../../components/status-panel';
import { useAppStore } from '../../store/store-context';
import { NewWorkshopDialog } from './new-workshop-dialog';
import { WorkshopRow } from './workshop-row';
import { RecoveryBanner } from '../../backups/recovery-banner';
import { ImportWorkshopButton } from '../../workshop-file/import-workshop-button';
import { WorkshopDropZone } from '../../workshop-file/workshop-drop-zone';
import { TemplatesDialog } from '../../templates/templates-dialog';

/** The home screen: every workshop, newest first, and the way to start a new one. */
export function HomeView() {
  const { workshops, status, error, loadWorkshops, deleteWorkshop, openBackups } = useAppStore(
    useShallow((s) => ({
      workshops: s.workshops,
      status: s.workshopsStatus,
      error: s.workshopsError,
      loadWorkshops: s.loadWorkshops,
      deleteWorkshop: s.deleteWorkshop,
      openBackups: s.openBackups,
    })),
  );
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<WorkshopSummary | null>(null);
  const [templates, setTemplates] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const newButton = (label: string, className: string) => (
    <button type="button" className={className} onClick={() => setCreating(true)}>
      <PlusIcon />
      {label}
    </button>
  );

  return (
    <WorkshopDropZone>
      <div className="page">
        <RecoveryBanner />
        <div className="page__head">
          <div>
            <h1 ref={heading} tabIndex={-1} className="page__title">
              Workshops
            </h1>
            <p className="page__lead">
              Plan a session, add participants and the key accounts they work on.
            </p>
          </div>
          <div className="page__actions">
            <button type="button" className="button button--ghost" onClick={openBackups}>
              Backups…
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => setTemplates(true)}
            >
              Templates…
            </button>
            <ImportWorkshopButton />
            {newButton('New workshop', 'button button--primary')}
          </div>
        </div>

        {(status === 'idle' || status === 'loading') && workshops.length === 0 && (
          <StatusPanel kind="loading" title="Loading workshops…" />
        )}
        {status === 'error' && (
          <StatusPanel
            kind="error"
            title="The workshops could not be loaded"
            detail={error?.message}
            action={
              <button
                type="button"
                className="button button--secondary"
                onClick={() => loadWorkshops()}
              >
                Retry
              </button>
            }
          />
        )}
        {status === 'ready' && workshops.length === 0 && (
          <StatusPanel
            kind="empty"
            title="No workshops yet"
            detail="Create your first workshop: give it a title and a date, then add the people taking part."
            action={newButton('Create your first workshop', 'button button--primary')}
          />
        )}
        {workshops.length > 0 && status !== 'error' && (
          <section aria-labelledby="workshop-list-heading">
            <h2 id="workshop-list-heading" className="visually-hidden">
              All workshops
            </h2>
            <ul className="workshop-list">
              {workshops.map((workshop) => (
                <WorkshopRow key={workshop.id} workshop={workshop} onDelete={setDeleting} />
              ))}
            </ul>
          </section>
        )}

        <p className="drop-zone__note">
          To import a workshop file (.kamworkshop), choose Import workshop… or drop the file on this
          page.
        </p>
        <NewWorkshopDialog open={creating} onClose={() => setCreating(false)} />
        <TemplatesDialog open={templates} onClose={() => setTemplates(false)} />
        <ConfirmDialog
          open={deleting !== null}
          title={`Delete workshop “${deleting?.title ?? ''}”?`}
          message="This removes its participants, accounts and answers."
          confirmLabel="Delete"
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            if (!deleting) return true;
            const result = await deleteWorkshop(deleting.id);
            // The row that opened the dialog is gone; the page heading is the next sensible place.
            if (result.ok) requestAnimationFrame(() => heading.current?.focus());
            return result.ok;
          }}
        />
      </div>
    </WorkshopDropZone>
  );
}
