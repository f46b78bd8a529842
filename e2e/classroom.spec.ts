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
 * Installed before the page loads: keeps, per canvas, the text now drawn on it with its font
 * size in backing-store pixels (the size in the context's font times the scale of its
 * transform, which holds the devicePixelRatio). Clearing the whole canvas forgets it, so what
 * is kept is what the canvas shows.
 */
function recordCanvasText(): void {
  const drawn = new WeakMap<HTMLCanvasElement, { text: string; backingPx: number }[]>();
  (window as unknown as { canvasText: (c: HTMLCanvasElement) => unknown }).canvasText = (c) =>
    drawn.get(c) ?? [];
  const proto = CanvasRenderingContext2D.prototype;
  const { fillText, clearRect } = proto;
  proto.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
    const t = this.getTransform();
    const fontPx = Number.parseFloat(/([\d.]+)px/.exec(this.font)?.[1] ?? 'NaN');
    const backingPx = fontPx * Math.sqrt(Math.abs(t.a * t.d - t.b * t.c));
    const list = drawn.get(this.canvas) ?? [];
    list.push({ text: String(text), backingPx });
    drawn.set(this.canvas, list);
    if (maxWidth === undefined) fillText.call(this, text, x, y);
    else fillText.call(this, text, x, y, maxWidth);
  };
  proto.clearRect = function (x: number, y: number, w: number, h: number) {
    const t = this.getTransform();
    const [x0, y0] = [t.a * x + t.c * y + t.e, t.b * x + t.d * y + t.f];
    const [x1, y1] = [t.a * (x + w) + t.c * (y + h) + t.e, t.b * (x + w) + t.d * (y + h) + t.f];
    const { width, height } = this.canvas;
    if (x0 <= 0 && y0 <= 0 && x1 >= width && y1 >= height) drawn.delete(this.canvas);
    clearRect.call(this, x, y, w, h);
  };
}

/**
 * Text in the charts smaller than 16 px on screen: every element with text of its own (font
 * size times any CSS zoom it is drawn at), and every text a plot's canvases show (its size in
 * backing-store pixels times the canvas's on-screen width per backing pixel). A plot whose
 * canvases show no text at all is reported too, so the check cannot pass on empty canvases.
 */
function smallChartText(page: Page): Promise<SmallText[]> {
  return page.evaluate(() => {
    const charts = document.querySelector('section[aria-label="Training charts"]');
    if (!charts) return [{ where: 'charts', text: 'no charts section', px: 0 }];
    const zoom = (el: Element) => (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    const canvasText = (
      window as unknown as {
        canvasText: (c: HTMLCanvasElement) => { text: string; backingPx: number }[];
      }
    ).canvasText;
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
    }
    for (const plot of charts.querySelectorAll('[role="img"]')) {
      const canvases = [...plot.querySelectorAll('canvas')];
      const texts = canvases.flatMap((c) => {
        const perBackingPx = c.getBoundingClientRect().width / c.width;
        return canvasText(c).map(({ text, backingPx }) => ({ text, px: backingPx * perBackingPx }));
      });
      const where = plot.getAttribute('aria-label') ?? 'plot';
      if (texts.length === 0) small.push({ where, text: 'no canvas text', px: 0 });
      for (const { text, px } of texts) if (!(px >= 16)) small.push({ where, text, px });
    }
    return small;
  });
}

for (const [width, height] of projectorSizes) {
  test(`classroom mode fits ${width} × ${height}: views, arena and full-width charts, no scroll`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await page.addInitScript(recordCanvasText);
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
