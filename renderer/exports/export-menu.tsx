import { useEffect, useRef, useState } from 'react';
import type { PdfKind } from '../../shared/api/commands/exports';
import type { WorkshopDetail } from '../../shared/schemas/workshop';
import { useAppStore } from '../store/store-context';
import { AnswersExportDialog } from './answers-export-dialog';
import { ExportDialog } from './export-dialog';

const isPdfKind = (kind: unknown): kind is PdfKind => kind === 'workbook' || kind === 'summary';

/**
 * The "Export" menu button: Workbook… and Workshop summary… open the PDF export dialog, Answers
 * as a spreadsheet… the CSV one, Workshop file… the file's. (On the desktop, File ▸ Export in
 * the application menu opens the PDF dialog through AppCommands, on any screen.)
 */
export function ExportMenu({ detail }: { detail: WorkshopDetail }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const [dialogKind, setDialogKind] = useState<PdfKind | 'answers' | null>(null);
  const lastKind = useRef<PdfKind>('workbook');
  const menuRef = useRef<HTMLDivElement>(null);
  const openWorkshopFileExport = useAppStore((s) => s.openWorkshopFileExport);

  const openDialog = (kind: PdfKind | 'answers') => {
    if (isPdfKind(kind)) lastKind.current = kind;
    setMenuOpen(false);
    setDialogKind(kind);
  };

  useEffect(() => {
    if (!menuOpen) return undefined;
    const closeOnOutside = (event: MouseEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setMenuOpen(false);
    };
    document.addEventListener('mousedown', closeOnOutside);
    return () => document.removeEventListener('mousedown', closeOnOutside);
  }, [menuOpen]);

  return (
    <div
      className="export-menu"
      ref={menuRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setMenuOpen(false);
      }}
    >
      <button
        type="button"
        className="button button--secondary"
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        onClick={() => setMenuOpen((v) => !v)}
      >
        Export
      </button>
      {menuOpen && (
        <div className="export-menu__list" role="menu" aria-label="Export">
          <button
            type="button"
            role="menuitem"
            className="export-menu__item"
            autoFocus
            onClick={() => openDialog('workbook')}
          >
            Workbook…
          </button>
          <button
            type="button"
            role="menuitem"
            className="export-menu__item"
            onClick={() => openDialog('summary')}
          >
            Workshop summary…
          </button>
          <button
            type="button"
            role="menuitem"
            className="export-menu__item"
            onClick={() => openDialog('answers')}
          >
            Answers as a spreadsheet…
          </button>
          <button
            type="button"
            role="menuitem"
            className="export-menu__item"
            onClick={() => {
              setMenuOpen(false);
              openWorkshopFileExport(detail.workshop.id);
            }}
          >
            Workshop file…
          </button>
        </div>
      )}
      <ExportDialog
        open={isPdfKind(dialogKind)}
        detail={detail}
        initialKind={isPdfKind(dialogKind) ? dialogKind : lastKind.current}
        onClose={() => setDialogKind(null)}
      />
      <AnswersExportDialog
        open={dialogKind === 'answers'}
        workshopId={detail.workshop.id}
        onClose={() => setDialogKind(null)}
      />
    </div>
  );
}
