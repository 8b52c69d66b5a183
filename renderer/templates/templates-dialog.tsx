import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/shallow';
import { formatShortDate } from '../../shared/format/dates';
import { TEMPLATE_FILE_EXTENSION } from '../../shared/templates/template-file';
import { ModalDialog } from '../components/modal-dialog';
import { ExportProgress } from '../exports/export-progress';
import { useAppStore } from '../store/store-context';
import './templates-dialog.css';

/**
 * Content templates: each with what it changes, exported to its own file or deleted; a
 * template file imported. Workshops start from a template in the New workshop dialog.
 */
export function TemplatesDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const s = useAppStore(
    useShallow((state) => ({
      templates: state.templates,
      status: state.templatesStatus,
      loadError: state.templatesError,
      load: state.loadTemplates,
      remove: state.deleteTemplate,
      importFile: state.importTemplateFile,
      phase: state.exportPhase,
      startExport: state.startExport,
      resetExport: state.resetExport,
    })),
  );
  const { load, resetExport } = s;
  const input = useRef<HTMLInputElement>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    void load();
    resetExport();
    setImportError(null);
    setDeleting(null);
  }, [open, load, resetExport]);

  return (
    <ModalDialog open={open} title="Content templates" onClose={onClose} size="medium">
      <p className="dialog__message">
        A template is a workshop’s own version of the module — timings, notes, questions, model
        answers, the run of show, own slides — kept to start new workshops from. Save one from a
        workshop’s Content page.
      </p>
      {s.status === 'error' && (
        <p className="form__error" role="alert">
          {s.loadError?.message ?? 'The templates could not be loaded.'}
        </p>
      )}
      {s.status === 'ready' && s.templates.length === 0 && (
        <p className="templates__empty">No templates yet.</p>
      )}
      {s.templates.length > 0 && (
        <ul className="templates" aria-label="Templates">
          {s.templates.map((template) => (
            <li key={template.id} className="templates__item">
              <div className="templates__text">
                <span className="templates__name">{template.name}</span>
                <span className="templates__meta">
                  {template.summary} · saved {formatShortDate(template.updatedAt)}
                </span>
              </div>
              {deleting === template.id ? (
                <span
                  className="templates__actions"
                  role="group"
                  aria-label={`Delete ${template.name}?`}
                >
                  <button
                    type="button"
                    className="button button--danger"
                    onClick={() => {
                      setDeleting(null);
                      void s.remove(template.id);
                    }}
                  >
                    Delete it
                  </button>
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() => setDeleting(null)}
                  >
                    Keep it
                  </button>
                </span>
              ) : (
                <span className="templates__actions">
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={`Export ${template.name}`}
                    onClick={() =>
                      void s.startExport({ kind: 'template', templateId: template.id })
                    }
                  >
                    Export
                  </button>
                  <button
                    type="button"
                    className="button button--ghost"
                    aria-label={`Delete ${template.name}`}
                    onClick={() => setDeleting(template.id)}
                  >
                    Delete
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <ExportProgress phase={s.phase} />
      {importError && (
        <p className="data-safety__error" role="alert">
          {importError}
        </p>
      )}
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => input.current?.click()}
        >
          Import a template…
        </button>
        <button
          type="button"
          className="button button--primary"
          data-initial-focus
          onClick={onClose}
        >
          Close
        </button>
      </div>
      <input
        ref={input}
        type="file"
        accept={`${TEMPLATE_FILE_EXTENSION},application/json,.json`}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Template file to import"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          setImportError(null);
          const result = await s.importFile(file);
          if (!result.ok) setImportError(`${file.name} was not imported: ${result.error.message}`);
        }}
      />
    </ModalDialog>
  );
}
