/**
 * The first visit: which run the lab opens with when its address names none, and whether to
 * offer the welcome panel (a lesson, the quick start, the paper's Table 1). The panel is
 * offered on a bare visit only (an address with a run or a lesson already says what to do)
 * and, once dismissed, never again in this browser.
 */
import type { RunConfig } from '../core/config/schema';
import { runConfig } from '../core/config/validate';
import { getPreset, type RunPreset } from '../core/experiments/presets';
import { readUrlConfig } from './urlConfig';

/** localStorage key; any value means "dismissed". */
export const FIRST_VISIT_KEY = 'moduli-lab:first-visit-dismissed';

/** The preset ids the welcome panel offers; tested to exist and to be run presets. */
export const QUICK_START_ID = 'quick-start';
export const TABLE1_RUN_ID = 'table1-run';
/** The lesson the welcome panel offers (the lab's flagship: a grid module on a torus). */
export const FIRST_LESSON_ID = 'grid-torus';

export function runPreset(id: string): RunPreset {
  const preset = getPreset(id);
  if (preset?.kind !== 'run') throw new Error(`No run preset "${id}"`);
  return preset;
}

/**
 * The run a page without a run or a lesson in its address loads: the quick start, which
 * learns visibly in its first half minute. The schema's default (the Table-1 run, which the
 * CLI keeps) needs minutes before its error leaves chance.
 */
export function defaultRunConfig(): RunConfig {
  return runConfig(runPreset(QUICK_START_ID).config);
}

/** The part of Storage used here, so tests can pass a Map-backed one. */
export type FlagStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** window.localStorage, or null where the browser refuses it (some private modes throw). */
export function browserStorage(): FlagStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function firstVisitDismissed(storage: FlagStorage | null): boolean {
  try {
    return storage?.getItem(FIRST_VISIT_KEY) != null;
  } catch {
    return false;
  }
}

/** Remembers the dismissal; where storage is refused the panel simply comes back next visit. */
export function dismissFirstVisit(storage: FlagStorage | null): void {
  try {
    storage?.setItem(FIRST_VISIT_KEY, '1');
  } catch {
    // Quota or privacy mode: nothing to remember it in.
  }
}

/** Offer the welcome panel: not dismissed, and the address names neither a run nor a lesson. */
export function offerFirstVisit(search: string, storage: FlagStorage | null): boolean {
  if (readUrlConfig(search) !== null || new URLSearchParams(search).has('lesson')) return false;
  return !firstVisitDismissed(storage);
}
