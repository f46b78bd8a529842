/**
 * The tabs under the neuron views: the research and teaching tools that are not
 * needed every second — topology, comparisons, saved runs, probes, lessons. They follow the
 * WAI-ARIA tabs pattern: one tab in the Tab order (the selected one), arrow keys, Home and
 * End move between tabs and select them, and each tab names the panel it controls.
 */
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface WorkbenchTab {
  id: string;
  label: string;
  help: string;
  render: () => ReactNode;
}

/** The tab a key moves to from tab `at` of `count`, or null for a key tabs do not use. */
export function tabAfterKey(key: string, at: number, count: number): number | null {
  if (key === 'ArrowRight') return (at + 1) % count;
  if (key === 'ArrowLeft') return (at - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

export function Workbench({ tabs, initial }: { tabs: WorkbenchTab[]; initial?: string }) {
  const [active, setActive] = useState(initial ?? tabs[0]?.id);
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  const base = useId();
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const tabId = (t: WorkbenchTab) => `${base}-tab-${t.id}`;
  const panelId = (t: WorkbenchTab) => `${base}-panel-${t.id}`;

  const onKeyDown = (e: KeyboardEvent) => {
    const next = tabAfterKey(e.key, tabs.indexOf(current!), tabs.length);
    if (next === null) return;
    e.preventDefault();
    setActive(tabs[next].id);
    tabRefs.current.get(tabs[next].id)?.focus();
  };

  return (
    <section className="workbench view-panel" aria-label="Workbench">
      <div role="tablist" aria-label="Workbench tools" className="tabs" onKeyDown={onKeyDown}>
        {tabs.map((t) => {
          const selected = t.id === current?.id;
          return (
            <button
              key={t.id}
              ref={(el) => {
                if (el) tabRefs.current.set(t.id, el);
                else tabRefs.current.delete(t.id);
              }}
              id={tabId(t)}
              role="tab"
              aria-selected={selected}
              aria-controls={panelId(t)}
              tabIndex={selected ? 0 : -1}
              className={selected ? 'tab tab-active' : 'tab'}
              onClick={() => setActive(t.id)}
              title={t.help}
            >
              {t.label}
            </button>
          );
        })}
      </div>
      {/* A panel per tab, so every aria-controls names an element; only the selected one is
          rendered and shown (the others would cost their work for nothing). */}
      {tabs.map((t) => (
        <div
          key={t.id}
          id={panelId(t)}
          role="tabpanel"
          aria-labelledby={tabId(t)}
          hidden={t !== current}
          tabIndex={t === current ? 0 : undefined}
        >
          {t === current && t.render()}
        </div>
      ))}
    </section>
  );
}
