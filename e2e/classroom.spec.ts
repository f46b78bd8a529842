/**
 * Classroom mode on a projector's screen sizes: the 3D view, the probes' arena and the charts
 * all on screen with no page scroll, the charts across the full width with their text (DOM and
 * canvas) at 16 px or more. The README's pictures of it (docs/classroom-*.png) are made by
 * `npm run screenshot` from the same scene (e2e/classroomScene.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { openClassroomScene, projectorSizes } from './classroomScene';
import { attachPicture } from './lab';

interface SmallText {
  where: string;
  text: string;
  px: number;
}

/**
 * Text in the charts smaller than 16 px on screen: every element with text of its own (font
 * size times the CSS zoom it is drawn at), and every canvas (the size of the font its 2D
 * context last drew with, times its zoom).
 */
function smallChartText(page: Page): Promise<SmallText[]> {
  return page.evaluate(() => {
    const charts = document.querySelector('section[aria-label="Training charts"]');
    if (!charts) return [{ where: 'charts', text: 'no charts section', px: 0 }];
    const zoom = (el: Element) => (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    const small: SmallText[] = [];
    for (const el of charts.querySelectorAll('*')) {
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent?.trim() ?? '')
        .join('');
      if (own && el.checkVisibility()) {
        const px = Number.parseFloat(getComputedStyle(el).fontSize) * zoom(el);
        if (px < 16) small.push({ where: el.tagName.toLowerCase(), text: own, px });
      }
      if (el instanceof HTMLCanvasElement && el.width > 0) {
        const font = el.getContext('2d')?.font ?? '';
        const px = Number.parseFloat(/([\d.]+)px/.exec(font)?.[1] ?? 'NaN') * zoom(el);
        if (!(px >= 16)) small.push({ where: 'canvas', text: font, px });
      }
    }
    return small;
  });
}

for (const [width, height] of projectorSizes) {
  test(`classroom mode fits ${width} × ${height}: views, arena and full-width charts, no scroll`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    // The probe's free-run results join the panel, which must keep them inside itself.
    await openClassroomScene(page, width, height);

    const inView = async (label: string, selector: string, minSide: number) => {
      const box = await page.locator(selector).first().boundingBox();
      expect(box, label).not.toBeNull();
      expect(box!.y + box!.height, `${label} bottom`).toBeLessThanOrEqual(height);
      expect(box!.x + box!.width, `${label} right`).toBeLessThanOrEqual(width);
      expect(Math.min(box!.width, box!.height), `${label} smaller side`).toBeGreaterThan(minSide);
      return box!;
    };
    // 180 px at least: on a 1280 px projector image 3 m wide, about 40 cm.
    await inView('3D view', 'section[aria-label="Hidden units on the manifold"] canvas', 180);
    await inView('arena', 'section[aria-label="Attractor probes"] canvas', 180);
    const charts = await inView('charts', 'section[aria-label="Training charts"]', 100);
    expect(charts.width).toBeGreaterThan(width - 40);
    // Four charts in one row, each a quarter of the width.
    const figures = page.locator('section[aria-label="Training charts"] figure');
    await expect(figures).toHaveCount(4);
    const boxes = await figures.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
    expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
    for (const b of boxes) expect(b.width).toBeGreaterThan(width / 4 - 40);

    const scroll = await page.evaluate(() => ({
      height: document.scrollingElement!.scrollHeight,
      width: document.scrollingElement!.scrollWidth,
    }));
    expect(scroll.height).toBeLessThanOrEqual(height);
    expect(scroll.width).toBeLessThanOrEqual(width);
    expect(await smallChartText(page)).toEqual([]);

    await attachPicture(testInfo, `classroom-${width}x${height}`, page);
  });
}
