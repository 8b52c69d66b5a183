import { useState } from 'react';
import { useAppStore } from '../store/store-context';

/** "Export workshop file": a download in the browser, a save dialog on the desktop. */
export function ExportWorkshopButton({ workshopId }: { workshopId: string }) {
  const exportFile = useAppStore((s) => s.exportWorkshopFile);
  const [busy, setBusy] = useState(false);

  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={busy}
      aria-busy={busy || undefined}
      onClick={async () => {
        setBusy(true);
        try {
          await exportFile(workshopId);
        } finally {
          setBusy(false);
        }
      }}
    >
      Export workshop file
    </button>
  );
}
