import { describe, expect, it } from 'vitest';
import { parseSteps } from './autoSteps';

describe('parseSteps', () => {
  it('accepts whole numbers of steps from 1', () => {
    expect(parseSteps('1')).toBe(1);
    expect(parseSteps(' 250 ')).toBe(250);
  });

  it('rejects what cannot be an interval', () => {
    for (const text of ['', '  ', '0', '-5', '2.5', 'abc', 'Infinity']) {
      expect(parseSteps(text)).toBeNull();
    }
  });
});
