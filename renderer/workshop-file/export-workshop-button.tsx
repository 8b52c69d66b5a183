import { useAppStore } from '../store/store-context';

/** "Export workshop file…": opens the dialog with the client-safe switch. */
export function ExportWorkshopButton({ workshopId }: { workshopId: string }) {
  const open = useAppStore((s) => s.openWorkshopFileExport);
  return (
    <button type="button" className="button button--secondary" onClick={() => open(workshopId)}>
      Export workshop file…
    </button>
  );
}
