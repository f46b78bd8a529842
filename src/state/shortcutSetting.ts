/**
 * Whether the single-key shortcuts (Space, S, R) are on. A speech-input user or someone who
 * types into the page by mistake can turn them off (WCAG 2.1.4); the choice is remembered in
 * this browser. Where storage is refused (some private modes throw) it lasts for the page.
 */
import { create } from 'zustand';

export const SHORTCUTS_KEY = 'moduli-lab:shortcuts';

function stored(): boolean {
  try {
    return window.localStorage.getItem(SHORTCUTS_KEY) !== 'off';
  } catch {
    return true;
  }
}

interface ShortcutSetting {
  enabled: boolean;
  setEnabled(enabled: boolean): void;
}

export const useShortcutSetting = create<ShortcutSetting>((set) => ({
  enabled: stored(),
  setEnabled(enabled) {
    set({ enabled });
    try {
      window.localStorage.setItem(SHORTCUTS_KEY, enabled ? 'on' : 'off');
    } catch {
      // Nothing to remember it in: the setting holds until the page reloads.
    }
  },
}));
