import { useEffect, useRef, useState } from 'react';
import type { ExportKind } from '../../shared/api/commands/exports';
import type { WorkshopDetail } from '../../shared/schemas/workshop';
import { ExportDialog } from './export-dialog';

/**
 * The "Export" menu button: Workbook… and Workshop summary… open the export dialog. (On the
 * desktop, File ▸ Export in the application menu opens it through AppCommands, on any screen.)
 */
export function ExportMenu({ detail }: { detail: WorkshopDetail }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const [dialogKind, setDialogKind] = useState<ExportKind | null>(null);
  const lastKind = useRef<ExportKind>('workbook');
  const menuRef = useRef<HTMLDivElement>(null);

  const openDialog = (kind: ExportKind) => {
    lastKind.current = kind;
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
        </div>
      )}
      <ExportDialog
        open={dialogKind !== null}
        detail={detail}
        initialKind={dialogKind ?? lastKind.current}
        onClose={() => setDialogKind(null)}
      />
    </div>
  );
}
