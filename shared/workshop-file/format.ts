/** Constants of the workshop file (contract 3 of the design): what every reader relies on. */

/** The value of `format`: tells a workshop file from any other JSON. */
export const WORKSHOP_FILE_FORMAT = 'kam-workshop';

/** The file version this build writes and the newest it reads; bump it with every change. */
export const WORKSHOP_FILE_VERSION = 2;

/**
 * The extension the app gives workshop files, and the one the desktop app registers with the
 * OS. One part only: Explorer and macOS LaunchServices look a file type up by the last one.
 */
export const WORKSHOP_FILE_EXTENSION = '.kamworkshop';

/** Every extension a workshop file may have: the app's own, and that of files saved before it. */
export const WORKSHOP_FILE_EXTENSIONS = [WORKSHOP_FILE_EXTENSION, '.kamworkshop.json'] as const;

/** Whether a file name has a workshop file's extension, in any case. */
export function isWorkshopFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return WORKSHOP_FILE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** The largest file imported; larger ones are refused before they are parsed. */
export const MAX_WORKSHOP_FILE_BYTES = 20 * 1024 * 1024;

/**
 * A file name for a workshop's export: its title made safe for any file system, marked when
 * it is a client-safe copy so it is never mistaken for the whole workshop.
 */
export function workshopFileName(title: string, clientSafe = false): string {
  const safe = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
  return `${safe || 'workshop'}${clientSafe ? '-client-safe' : ''}${WORKSHOP_FILE_EXTENSION}`;
}
