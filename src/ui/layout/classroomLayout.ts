/**
 * Classroom mode's chart height: the charts share the screen with the 3D view and the arena, so
 * their plots take about a fifth of the window's height. classroom.css draws them at 1.6× zoom,
 * which brings the plots' 10 px tick labels to 16 px; the height here is before that zoom. At
 * 154 px zoomed (96 before), the six ticks of a 0–100% axis stand 19 px apart.
 */
import { useSyncExternalStore } from 'react';

/** What classroom.css zooms the chart plots by. */
export const CLASSROOM_CHART_ZOOM = 1.6;

/** Plot height (CSS px before the zoom) for a window `viewportHeight` px tall. */
export function classroomChartHeight(viewportHeight: number): number {
  const zoomed = Math.min(220, Math.max(154, viewportHeight * 0.21));
  return Math.round(zoomed / CLASSROOM_CHART_ZOOM);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};

/** The window's inner height, re-read on resize. */
export function useViewportHeight(): number {
  return useSyncExternalStore(subscribe, () => window.innerHeight);
}
