/**
 * Hover explanations for keyboard users: the lab explains its controls in `title` attributes,
 * which a browser shows on mouse hover only. When a control gets keyboard focus, this shows
 * the nearest title (its own or its field's) in a box beside it, and ties the box to the
 * control with aria-describedby where the control has no description of its own. Escape hides
 * it (WCAG 1.4.13); it goes when focus leaves.
 */
import { useEffect, useState } from 'react';

const BOX_ID = 'focus-help';

interface Shown {
  text: string;
  left: number;
  top: number;
}

export function FocusHelp() {
  const [shown, setShown] = useState<Shown | null>(null);
  useEffect(() => {
    let described: Element | null = null;
    const hide = () => {
      described?.removeAttribute('aria-describedby');
      described = null;
      setShown(null);
    };
    const onFocusIn = (e: FocusEvent) => {
      hide();
      const target = e.target;
      if (!(target instanceof HTMLElement) || !target.matches(':focus-visible')) return;
      const text = target.closest('[title]')?.getAttribute('title');
      if (!text) return;
      const rect = target.getBoundingClientRect();
      setShown({
        text,
        left: Math.max(4, Math.min(rect.left, window.innerWidth - 324)),
        top: rect.bottom + 6,
      });
      // A title on the control itself already is its description; one on its field is not.
      if (!target.hasAttribute('title') && !target.hasAttribute('aria-describedby')) {
        target.setAttribute('aria-describedby', BOX_ID);
        described = target;
      }
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setShown(null);
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', hide);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', hide);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
  return (
    <div
      id={BOX_ID}
      role="tooltip"
      className="focus-help"
      hidden={!shown}
      style={shown ? { left: shown.left, top: shown.top } : undefined}
    >
      {shown?.text}
    </div>
  );
}
