import { describe, expect, it } from 'vitest';
import { tabAfterKey } from './Workbench';

describe('the workbench tabs by keyboard', () => {
  it('moves with the arrows, wrapping round, and jumps with Home and End', () => {
    expect(tabAfterKey('ArrowRight', 0, 5)).toBe(1);
    expect(tabAfterKey('ArrowRight', 4, 5)).toBe(0);
    expect(tabAfterKey('ArrowLeft', 0, 5)).toBe(4);
    expect(tabAfterKey('ArrowLeft', 3, 5)).toBe(2);
    expect(tabAfterKey('Home', 3, 5)).toBe(0);
    expect(tabAfterKey('End', 1, 5)).toBe(4);
  });

  it('leaves every other key to the page', () => {
    for (const key of ['Tab', 'Enter', ' ', 'ArrowUp', 's'])
      expect(tabAfterKey(key, 2, 5)).toBeNull();
  });
});
