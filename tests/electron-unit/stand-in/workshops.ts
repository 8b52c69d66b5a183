// What the tests do through a page's bridge, as the renderer would.
import type { KamBridge } from '../../../shared/api/transport';
import type { Desktop } from './desktop';

/** The preload's window.kam in a window's current page. */
export function bridgeOf(desktop: Desktop, index = 0): KamBridge {
  const kam = desktop.windows[index]?.webContents.page?.window.kam;
  if (!kam) throw new Error(`window ${index + 1} has no bridge`);
  return kam;
}

/** Creates a workshop through the page's api, as the New workshop dialog does; returns its id. */
export async function createWorkshop(kam: KamBridge, title = 'Spring class'): Promise<string> {
  const created = await kam.invoke('workshops:create', {
    title,
    date: '2026-03-02',
    facilitator: '',
    client: '',
    mode: 'facilitated',
  });
  if (!created.ok) throw new Error(created.error.message);
  return (created.value as { id: string }).id;
}
