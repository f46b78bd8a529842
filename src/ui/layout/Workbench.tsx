/**
 * The tabs under the neuron views (UI.md): the research and teaching tools that are not
 * needed every second — topology, comparisons, saved runs, probes, lessons.
 */
import { useState, type ReactNode } from 'react';

export interface WorkbenchTab {
  id: string;
  label: string;
  help: string;
  render: () => ReactNode;
}

export function Workbench({ tabs, initial }: { tabs: WorkbenchTab[]; initial?: string }) {
  const [active, setActive] = useState(initial ?? tabs[0]?.id);
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  return (
    <section className="workbench view-panel" aria-label="Workbench">
      <div role="tablist" className="tabs">
        {tabs.map((t) => (
          <button
            key={t.id}
            role="tab"
            aria-selected={t.id === current?.id}
            className={t.id === current?.id ? 'tab tab-active' : 'tab'}
            onClick={() => setActive(t.id)}
            title={t.help}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel">{current?.render()}</div>
    </section>
  );
}
