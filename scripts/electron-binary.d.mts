/** The Electron binary installed for this project, or null where there is none. */
export function electronBinary(root: string): string | null;
