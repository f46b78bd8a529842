/**
 * What the Runs list says about a run, read from the config the worker reports with its
 * 'run' event (plain JSON, read defensively: the list must not break on an odd config).
 */

/** The task metric's name and unit by task kind, for the Runs list. */
const METRIC_LABELS: Record<string, string> = {
  navigation: 'error (cm)',
  adding: 'RMSE',
  text: 'perplexity',
};

/** "navigation · torus · moduli · seed 1", and the fields the list shows. */
export function describeRun(config: unknown): {
  task: string;
  manifold: string;
  metricLabel: string;
  name: string;
} {
  const c = (config ?? {}) as {
    task?: { kind?: string };
    geometry?: { manifold?: string };
    regularizer?: { condition?: string };
    seed?: number;
  };
  const task = c.task?.kind ?? 'run';
  const manifold = c.geometry?.manifold ?? '?';
  const parts = [
    task,
    manifold,
    c.regularizer?.condition,
    c.seed !== undefined && `seed ${c.seed}`,
  ];
  return {
    task,
    manifold,
    metricLabel: METRIC_LABELS[task] ?? 'metric',
    name: parts.filter(Boolean).join(' · '),
  };
}
