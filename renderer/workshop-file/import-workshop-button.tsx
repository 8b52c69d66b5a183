import { useRef } from 'react';
import { useShallow } from 'zustand/shallow';
import { WORKSHOP_FILE_EXTENSIONS } from '../../shared/workshop-file/format';
import { desktopBridge } from '../api/desktop-bridge';
import { useAppStore } from '../store/store-context';

/** "Import workshop…": the desktop's open dialog, or the browser's file picker. */
export function ImportWorkshopButton() {
  const { busy, importFile, importText, fail } = useAppStore(
    useShallow((s) => ({
      busy: s.workshopImport.step === 'busy',
      importFile: s.importWorkshopFile,
      importText: s.importWorkshopText,
      fail: s.failWorkshopImport,
    })),
  );
  const input = useRef<HTMLInputElement>(null);

  async function choose() {
    const bridge = desktopBridge();
    if (!bridge?.importWorkshopFile) {
      input.current?.click();
      return;
    }
    // A rejection (the main process could not answer) is shown like any other refusal.
    const picked = await bridge.importWorkshopFile().catch((error: unknown) => ({
      ok: false as const,
      error: { message: error instanceof Error ? error.message : String(error) },
    }));
    if (!picked.ok) fail('the chosen file', picked.error.message);
    else if (picked.value) await importText(picked.value.name, picked.value.text);
  }

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void choose()}
        disabled={busy}
        aria-busy={busy || undefined}
      >
        Import workshop…
      </button>
      <input
        ref={input}
        type="file"
        accept={[...WORKSHOP_FILE_EXTENSIONS, '.json', 'application/json'].join(',')}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Workshop file to import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again still fires a change.
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
    </>
  );
}
