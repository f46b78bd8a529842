/**
 * Accessibility: axe-core's WCAG 2.x A/AA rules on the main view, every workbench tab, a lesson
 * and classroom mode. Serious and critical violations fail the test, each listed with the
 * elements it was found on.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openLab, stepCount } from './lab';

const workbenchTabs = ['Probes', 'Topology', 'Compare', 'Runs', 'Lessons'];

/**
 * Serious and critical violations on the page as it is, one line each: rule, impact, help and
 * the offending nodes. Every finding, of any impact, is printed with `where`.
 */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  // A run that checked nothing (no page, no rules) must not pass for a clean one.
  expect(results.passes.length).toBeGreaterThan(10);
  const found = results.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
  const unsure = results.incomplete.map((v) => v.id);
  console.log(
    `axe ${where}: ${results.passes.length} rules passed; violations: ${found.join(', ') || 'none'}` +
      `; left for a person to check: ${unsure.join(', ') || 'none'}`,
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

test('the main view and every workbench tab have no serious or critical axe violations', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openLab(page);
  const found = await seriousViolations(page, 'main view');
  const workbench = page.locator('section[aria-label="Workbench"]');
  for (const tab of workbenchTabs) {
    await workbench.getByRole('tab', { name: tab }).click();
    await expect(workbench.getByRole('tab', { name: tab })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    found.push(...(await seriousViolations(page, `${tab} tab`)));
  }
  expect(found).toEqual([]);
});

test('a lesson and classroom mode have no serious or critical axe violations', async ({ page }) => {
  test.setTimeout(180_000);
  await openLab(page, '/?lesson=grid-torus&backend=wasm');
  const found = await seriousViolations(page, 'lesson');
  await openLab(page, '/?lesson=grid-torus&classroom&backend=wasm');
  found.push(...(await seriousViolations(page, 'classroom')));
  expect(found).toEqual([]);
});

test('the text task view has no serious or critical axe violations', async ({ page }) => {
  await openLab(page);
  await page.locator('[data-field="task.kind"] select').selectOption('text');
  await expect(page.getByTestId('text-file')).toHaveText('shipped book');
  const workbench = page.locator('section[aria-label="Workbench"]');
  await workbench.getByRole('tab', { name: 'Sample text' }).click();
  expect(await seriousViolations(page, 'text task')).toEqual([]);
});

test('the workbench tabs follow the WAI-ARIA tabs pattern', async ({ page }) => {
  await openLab(page);
  const tabs = page.locator('section[aria-label="Workbench"] [role="tab"]');
  const names = await tabs.allTextContents();
  const selected = page.locator(
    'section[aria-label="Workbench"] [role="tab"][aria-selected="true"]',
  );
  // Only the selected tab is in the Tab order.
  expect(await tabs.evaluateAll((els) => els.map((e) => (e as HTMLElement).tabIndex))).toEqual(
    names.map((_, i) => (i === 0 ? 0 : -1)),
  );
  await selected.focus();
  await page.keyboard.press('ArrowRight');
  await expect(selected).toHaveText(names[1]);
  await expect(selected).toBeFocused();
  await page.keyboard.press('End');
  await expect(selected).toHaveText(names[names.length - 1]);
  await page.keyboard.press('ArrowRight'); // wraps round
  await expect(selected).toHaveText(names[0]);
  await page.keyboard.press('ArrowLeft');
  await expect(selected).toHaveText(names[names.length - 1]);
  await page.keyboard.press('Home');
  await expect(selected).toHaveText(names[0]);
  await expect(selected).toBeFocused();
  // Each tab names a panel that exists and is labelled by it; the selected one is shown.
  for (let i = 0; i < names.length; i++) {
    const tab = tabs.nth(i);
    const panel = page.locator(`#${await tab.getAttribute('aria-controls')}`);
    await expect(panel).toHaveAttribute('role', 'tabpanel');
    await expect(panel).toHaveAttribute('aria-labelledby', (await tab.getAttribute('id'))!);
    if (i === 0) await expect(panel).toBeVisible();
    else await expect(panel).toBeHidden();
  }
});

test('a refused value is tied to its field, and explanations show on keyboard focus', async ({
  page,
}) => {
  await openLab(page);
  const hidden = page.locator('[data-field="model.hidden"] input');
  await expect(hidden).not.toHaveAttribute('aria-invalid', 'true');
  await hidden.fill('1');
  await hidden.press('Enter');
  await expect(hidden).toHaveAttribute('aria-invalid', 'true');
  const described = (await hidden.getAttribute('aria-describedby'))!.split(' ');
  const texts = await Promise.all(described.map((id) => page.locator(`#${id}`).textContent()));
  expect(texts[0]).toMatch(/model\.hidden/);
  expect(texts[1]).toMatch(/Number of recurrent units/);
  await expect(hidden).toHaveAccessibleDescription(/Number of recurrent units/);

  // Keyboard focus on a control shows its hover explanation (here a top-bar button's title).
  const reset = page.getByRole('button', { name: 'Reset' });
  await reset.focus(); // a programmatic focus is not :focus-visible on a button …
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab'); // … a Tab is
  await expect(reset).toBeFocused();
  await expect(page.getByRole('tooltip')).toHaveText((await reset.getAttribute('title'))!);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toBeHidden();
});

test('single-key shortcuts act only outside controls, can be turned off, and stay off', async ({
  page,
}) => {
  await openLab(page);
  const heading = page.getByRole('heading', { name: 'Moduli Lab' });
  await heading.click();
  await page.keyboard.press('s');
  await expect.poll(() => stepCount(page)).toBe(1);
  // In a control the key is the control's: S in a text box, Space on a button.
  await page.locator('[data-field="model.hidden"] input').focus();
  await page.keyboard.press('s');
  await page.getByRole('button', { name: 'New seed' }).focus();
  await page.keyboard.press('r');
  await heading.click();
  await page.keyboard.press('s');
  await expect.poll(() => stepCount(page)).toBe(2);

  const toggle = page.getByRole('button', { name: 'Shortcut keys' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await heading.click();
  await page.keyboard.press('s');
  await page.keyboard.press('Space');
  await page.waitForTimeout(500); // a step would be counted well within this
  expect(await stepCount(page)).toBe(2);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Shortcut keys' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('the charts and the 3D view say their current values in words', async ({ page }) => {
  await openLab(page);
  await page.getByRole('button', { name: '×10' }).click();
  await expect.poll(() => stepCount(page)).toBe(10);
  const scene = page.getByRole('img', { name: /the hidden units in 3D/ });
  await expect(scene).toHaveAccessibleDescription(
    /^20 hidden units on the [^.]+ at step 10\. W_hh: \d+ of 400 weights pruned .*; alive weights from −?[\d.]+ to −?[\d.]+/,
  );
  await expect(page.getByRole('img', { name: 'W_hh heatmap' })).toHaveAccessibleDescription(
    /^W_hh, 20 × 20, at step 10\./,
  );
  await expect(
    page.getByRole('img', { name: 'Loss chart over training steps' }),
    // The charts number steps from 0, as their step axis does: the tenth is step 9.
  ).toHaveAccessibleDescription(/^latest, step 9 task loss [\d.]+ total [\d.]+/);
});

test("the 3D view says when it draws the hand-built reference's lattice, not the run's units", async ({
  page,
}) => {
  // The grid-torus lesson: 128 units on the torus; its reference is the nearest square, 11 × 11.
  await openLab(page, '/?lesson=grid-torus&backend=wasm');
  await page.getByRole('button', { name: '×10' }).click();
  await expect.poll(() => stepCount(page)).toBe(10);
  const workbench = page.locator('section[aria-label="Workbench"]');
  await workbench.getByRole('tab', { name: 'Probes' }).click();
  const panel = workbench.locator('section[aria-label="Attractor probes"]');

  await panel.getByLabel('hand-built reference').check();
  await panel.getByRole('button', { name: 'Free run' }).click();
  await expect(
    page.getByRole('img', { name: "Torus: the hand-built reference's units in 3D" }),
  ).toHaveAccessibleDescription(
    "Hand-built reference: 121 units on the Torus in a square lattice, 11 × 11, coloured by the probe's activity; the run's own hidden units are not drawn.",
  );

  // Back on the trained network, the view describes the run's own units again.
  await panel.getByLabel('trained', { exact: true }).check();
  await panel.getByRole('button', { name: 'Free run' }).click();
  await expect(
    page.getByRole('img', { name: 'Torus: the hidden units in 3D' }),
  ).toHaveAccessibleDescription(/^128 hidden units on the Torus at step 10\. W_hh: /);
});
