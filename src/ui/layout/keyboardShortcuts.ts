/**
 * The lab's single-key shortcuts: Space trains or pauses, S takes one step, R resets. They act
 * only when the key would do nothing else: not while focus is in a control (a button's Space
 * presses it, a box's S types), nor with a modifier held, nor when the user turned them off.
 */
import { useEffect } from 'react';
import { useLab } from '../../state/labStore';
import { useShortcutSetting } from '../../state/shortcutSetting';
import { trainer } from '../../state/trainerClient';

/** Elements whose own keys must win: form controls, links, tabs, anything made focusable. */
const CONTROLS =
  'input, select, textarea, button, a[href], summary, [contenteditable], [role="tab"], [role="slider"], [tabindex]';

export function focusInControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(CONTROLS) !== null;
}

export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!useShortcutSetting.getState().enabled) return;
      if (e.metaKey || e.ctrlKey || e.altKey || focusInControl(e.target)) return;
      const running = useLab.getState().run.status === 'running';
      const key = e.key.toLowerCase();
      if (key === ' ') {
        e.preventDefault();
        void (running ? trainer.pause() : trainer.play());
      } else if (key === 's' && !running) void trainer.step(1);
      else if (key === 'r') void trainer.reset();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
