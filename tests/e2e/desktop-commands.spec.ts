// The desktop app's menu and OS commands on every screen of the trainer's window. The page
// gets a stand-in for the preload's window.kam that answers over the browser host's HTTP api,
// so the real renderer runs as in the desktop app; the test plays the main process's part.
import type { Page } from '@playwright/test';
import type { AppCommand } from '../../shared/api/app-command';
import type { KamBridge } from '../../shared/api/transport';
import { createWorkshop, expect, test } from './fixtures';

declare global {
  interface Window {
    /** Sends an app command to the page's listeners; returns how many there were. */
    sendAppCommand?: (command: AppCommand) => number;
  }
}

/** Makes the page see a desktop bridge before any of its scripts run. */
async function asDesktopApp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const listeners = new Set<(command: unknown) => void>();
    const bridge: KamBridge = {
      invoke: async (command, input) => {
        const response = await fetch(`/api/${encodeURIComponent(command)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
        return response.json();
      },
      onEvent: (listener) => {
        const source = new EventSource('/api/events');
        source.onmessage = (message) => listener(JSON.parse(message.data as string));
        return () => source.close();
      },
      exportWorkshopFile: async () => ({
        ok: true,
        value: { path: '/Users/ana/Workshops/Spring-class.kamworkshop' },
      }),
      onAppCommand: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    window.kam = bridge;
    window.sendAppCommand = (command) => {
      for (const listener of listeners) listener(command);
      return listeners.size;
    };
  });
}

/** Sends a command as the main process would; exactly one listener must hear it. */
async function send(page: Page, command: AppCommand): Promise<void> {
  await expect.poll(() => page.evaluate((c) => window.sendAppCommand?.(c) ?? 0, command)).toBe(1);
}

test('every screen of the trainer’s window carries out the menu’s and the OS’s commands', async ({
  page,
}) => {
  await asDesktopApp(page);
  await page.goto('/');
  await createWorkshop(page, 'Spring class');
  const workshopId = /\/workshops\/([\w-]+)/.exec(page.url())?.[1];
  const exported = await page.evaluate(
    (id) => window.kam?.invoke('workshop-file:export', { workshopId: id }),
    workshopId,
  );
  const text = JSON.stringify(exported?.ok ? exported.value : null);

  const screens = [
    ['home', '/', false],
    ['about', '/about', false],
    ['workshop', `/workshops/${workshopId}`, true],
    ['exercise', `/workshops/${workshopId}/exercises/a`, true],
    ['console', `/workshops/${workshopId}/console`, true],
    ['self-study', `/workshops/${workshopId}/session`, true],
  ] as const;
  for (const [name, path, showsWorkshop] of screens) {
    await test.step(name, async () => {
      await page.goto(path);
      // The app's notices, not a page's own status lines (an exercise's reveal state).
      const status = page.locator('.toast-region');

      await send(page, { type: 'show-backups' });
      const backups = page.getByRole('dialog', { name: 'Backups' });
      await expect(backups).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(backups).toBeHidden();

      await send(page, { type: 'import-file', file: { name: 'Spring.kamworkshop', text } });
      const conflict = page.getByRole('dialog', { name: 'This workshop is already here' });
      await expect(conflict).toBeVisible();
      await conflict.getByRole('button', { name: 'Cancel' }).click();
      await expect(conflict).toBeHidden();

      await send(page, { type: 'export-workshop' });
      if (showsWorkshop) {
        // The file's dialog asks first whether it is to be a client-safe copy.
        const dialog = page.getByRole('dialog', { name: 'Export workshop file' });
        await expect(dialog).toBeVisible();
        await dialog.getByRole('button', { name: 'Export' }).click();
        await expect(status).toContainText(
          'Workshop file saved: /Users/ana/Workshops/Spring-class.kamworkshop',
        );
        await expect(dialog).toBeHidden();
      } else await expect(status).toContainText('Open a workshop first');

      await send(page, { type: 'export-pdf', kind: 'summary' });
      if (showsWorkshop) {
        const dialog = page.getByRole('dialog', { name: 'Export PDF' });
        await expect(dialog).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      } else await expect(status).toContainText('Open a workshop first, then export its PDFs');
    });
  }
});
