/**
 * The classroom scene at a projector's screen size: the grid-torus lesson in classroom mode
 * after 30 steps, with a free run probed from the arena's centre. Shared by
 * e2e/classroom.spec.ts (which checks its layout) and docs/scripts/screenshot.spec.ts (which
 * pictures it for the README).
 */
import { expect, type Page } from '@playwright/test';
import { openLab, stepCount } from './lab';

export const projectorSizes = [
  [1280, 720],
  [1920, 1080],
] as const;

export async function openClassroomScene(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await openLab(page, '/?lesson=grid-torus&classroom&backend=wasm');
  for (let i = 1; i <= 3; i++) {
    await page.getByRole('button', { name: '×10' }).click();
    await expect.poll(() => stepCount(page)).toBe(10 * i);
  }
  // A free run from the arena's centre: the probe's results join the panel, which must keep
  // them inside itself.
  const probes = page.locator('section[aria-label="Attractor probes"]');
  await probes.locator('canvas').first().click();
  await expect(probes.locator('.pr-scrubber')).toBeVisible();
}
