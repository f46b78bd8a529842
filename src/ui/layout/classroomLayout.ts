/**
 * Classroom mode's chart height: the charts share the screen with the 3D view and the arena, so
 * their plots take about a fifth of the window's height, 154 to 220 px. The plots draw their
 * text at 16 px there (classroom.css sets --mv-chart-font-size, and MetricChart grows its
 * margins with it), so at the 154 px floor the plot area is about 96 px tall and the six ticks
 * of a 0–100% axis stand 19 px apart, room for their 16 px labels.
 */
import { useSyncExternalStore } from 'react';

/** Plot height in CSS px for a window `viewportHeight` px tall. */
export function classroomChartHeight(viewportHeight: number): number {
  return Math.round(Math.min(220, Math.max(154, viewportHeight * 0.21)));
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};

/** The window's inner height, re-read on resize. */
export function useViewportHeight(): number {
  return useSyncExternalStore(subscribe, () => window.innerHeight);
}
