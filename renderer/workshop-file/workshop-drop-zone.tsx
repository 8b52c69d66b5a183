import { useState, type DragEvent, type ReactNode } from 'react';
import { useAppStore } from '../store/store-context';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files');
}

/** Lets a workshop file be dropped anywhere on the home screen to import it. */
export function WorkshopDropZone({ children }: { children: ReactNode }) {
  const importFile = useAppStore((s) => s.importWorkshopFile);
  const [over, setOver] = useState(false);

  return (
    <div
      className={`drop-zone${over ? ' drop-zone--over' : ''}`}
      data-testid="workshop-drop-zone"
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(event) => {
        // Leaving for a child element is not leaving the zone.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) void importFile(file);
      }}
    >
      {children}
      {over && (
        <div className="drop-zone__hint" aria-hidden="true">
          Drop the workshop file to import it
        </div>
      )}
    </div>
  );
}
