import type { APIRequestContext, Page } from '@playwright/test';
import { moduleSteps } from '../../shared/course/flow';
import type { ExerciseLetter } from '../../shared/exercises/letters';
import { test, expect } from './fixtures';

async function call<T>(request: APIRequestContext, command: string, input: unknown): Promise<T> {
  const response = await request.post(`/api/${encodeURIComponent(command)}`, { data: input });
  const result = (await response.json()) as { ok: boolean; value: T };
  if (!result.ok) throw new Error(`${command} failed`);
  return result.value;
}

/** How the presenter's page and slide body measure up. */
function measure(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const body = document.querySelector<HTMLElement>('.slide__body');
    const slide = document.querySelector<HTMLElement>('.slide');
    const sizes = [...document.querySelectorAll('.slide__text')].map((el) =>
      parseFloat(getComputedStyle(el).fontSize),
    );
    return {
      page: { scroll: root.scrollHeight, client: root.clientHeight },
      slide: { scroll: slide?.scrollHeight ?? 0, client: slide?.clientHeight ?? 0 },
      body: { scroll: body?.scrollHeight ?? 0, client: body?.clientHeight ?? 0 },
      smallest: Math.min(...sizes),
    };
  });
}

const viewports = [
  { width: 1920, height: 1080, minBody: 28 },
  // 28 px scaled to the smaller window: 28 × 1280 / 1920.
  { width: 1280, height: 720, minBody: 18.6 },
];
const shots = new Set([
  'title',
  'network-roles',
  'exercise-a',
  'exercise-d',
  'stage-interdependent',
  'reading-list',
]);

for (const viewport of viewports) {
  test(`every step fits a ${viewport.width}×${viewport.height} presenter without scrolling`, async ({
    page,
  }, testInfo) => {
    const workshop = await call<{ id: string }>(page.request, 'workshops:create', {
      title: 'Layout',
      date: '2026-03-12',
      facilitator: '',
      client: '',
      mode: 'facilitated',
    });
    await page.setViewportSize(viewport);
    await page.goto(`/workshops/${workshop.id}/present`);
    for (const [index, step] of moduleSteps.entries()) {
      // Each exercise is checked with its prompt and again with its model answer out.
      for (const revealed of step.exercise ? [false, true] : [false]) {
        const letters = revealed && step.exercise ? [step.exercise] : [];
        await call(page.request, 'facilitation:update', {
          workshopId: workshop.id,
          patch: { stepIndex: index, revealed: letters satisfies ExerciseLetter[] },
        });
        const variant = revealed ? '.slide--reveal' : `.slide:not(.slide--reveal)`;
        await expect(
          page.locator(`.presenter[data-step-id="${step.id}"] ${variant}`),
        ).toBeVisible();
        const m = await measure(page);
        const label = `${step.id}${revealed ? ' (revealed)' : ''}`;
        expect(m.page.scroll, label).toBeLessThanOrEqual(m.page.client);
        expect(m.slide.scroll, label).toBeLessThanOrEqual(m.slide.client);
        expect(m.body.scroll, label).toBeLessThanOrEqual(m.body.client);
        expect(m.smallest, label).toBeGreaterThanOrEqual(viewport.minBody);
        if (shots.has(step.id)) {
          await testInfo.attach(`${label} ${viewport.width}x${viewport.height}`, {
            body: await page.screenshot(),
            contentType: 'image/png',
          });
        }
      }
    }
  });
}
