import { describe, expect, test } from 'vitest';
import { runConfig } from '../core/config/validate';
import { lessonById } from '../ui/lessons';
import {
  defaultRunConfig,
  dismissFirstVisit,
  FIRST_LESSON_ID,
  FIRST_VISIT_KEY,
  firstVisitDismissed,
  offerFirstVisit,
  QUICK_START_ID,
  runPreset,
  TABLE1_RUN_ID,
  type FlagStorage,
} from './firstVisit';
import { urlForConfig } from './urlConfig';

function memoryStorage(): FlagStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

const refusing: FlagStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('first visit', () => {
  test('the panel is offered on a bare visit until it is dismissed, then never again', () => {
    const storage = memoryStorage();
    expect(offerFirstVisit('', storage)).toBe(true);
    expect(offerFirstVisit('?backend=wasm', storage)).toBe(true);
    dismissFirstVisit(storage);
    expect(storage.items.get(FIRST_VISIT_KEY)).toBe('1');
    expect(firstVisitDismissed(storage)).toBe(true);
    expect(offerFirstVisit('', storage)).toBe(false);
  });

  test('an address naming a run or a lesson already says what to do: no panel', () => {
    const storage = memoryStorage();
    const link = new URL(urlForConfig(runConfig({ seed: 3 }), 'http://lab.test/')).search;
    expect(offerFirstVisit(link, storage)).toBe(false);
    expect(offerFirstVisit('?run={}', storage)).toBe(false);
    expect(offerFirstVisit('?lesson=grid-torus&classroom', storage)).toBe(false);
    expect(storage.items.size).toBe(0);
  });

  test('where storage is refused the panel is offered and dismissing does not throw', () => {
    expect(firstVisitDismissed(refusing)).toBe(false);
    expect(() => dismissFirstVisit(refusing)).not.toThrow();
    expect(offerFirstVisit('', null)).toBe(true);
  });

  test('the lab opens with the quick start, not the schema default (the Table-1 run)', () => {
    expect(defaultRunConfig()).toEqual(runConfig(runPreset(QUICK_START_ID).config));
    expect(defaultRunConfig()).not.toEqual(runConfig({}));
    expect(runConfig(runPreset(TABLE1_RUN_ID).config)).toEqual(runConfig({}));
  });

  test('the three starts exist: the lesson and both run presets', () => {
    expect(lessonById(FIRST_LESSON_ID)?.config).toBeDefined();
    expect(() => runPreset('table1')).toThrow('No run preset "table1"');
    expect(() => runPreset('nope')).toThrow('No run preset "nope"');
  });
});
