/**
 * Small hooks the canvas views share: a frame loop that lives outside React renders, the
 * element's CSS size, the colour scheme, and sizing a canvas for devicePixelRatio.
 */
import { useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { onEveryFrame } from './frameBudget';

/**
 * Calls the latest `frame` on animation frames while mounted (no re-render), sharing one
 * time-budgeted loop with the other views (see frameBudget.ts).
 */
export function useAnimationFrame(frame: () => void): void {
  const frameRef = useRef(frame);
  useEffect(() => {
    frameRef.current = frame;
  });
  useEffect(() => onEveryFrame(() => frameRef.current()), []);
}

/** The element's content-box size in CSS pixels, updated on resize. */
export function useElementSize(ref: RefObject<HTMLElement | null>): {
  width: number;
  height: number;
} {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

const darkQuery = '(prefers-color-scheme: dark)';
const subscribeScheme = (onChange: () => void) => {
  const media = window.matchMedia(darkQuery);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
};

/** True while the system prefers a dark theme; re-renders on a switch so views re-read colours. */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(
    subscribeScheme,
    () => window.matchMedia(darkQuery).matches,
    () => true,
  );
}

/**
 * Gives the canvas a backing store of cssWidth × cssHeight device pixels and returns a
 * context whose units are CSS pixels (cleared). Null when the canvas has no size yet.
 */
export function prepareCanvas(
  canvas: HTMLCanvasElement,
  cssWidth: number,
  cssHeight: number,
): CanvasRenderingContext2D | null {
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(cssWidth * dpr);
  const h = Math.round(cssHeight * dpr);
  if (w <= 0 || h <= 0) return null;
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

/** A CSS custom property of `el` (e.g. '--mv-fg'), or the fallback when unset. */
export function cssVar(el: Element, name: string, fallback: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}
