/**
 * Which tfjs backend trains, on how many threads, why a faster one was not used or why WASM
 * has one thread only, and a way to force a backend.
 */
import type { BackendInfo, BackendPreference } from '../../../workers/protocol';
import { isolationProblem } from '../../offline/isolation';
import { useLab } from '../../state/labStore';
import { startWorker } from '../../state/trainerClient';

const choices: BackendPreference[] = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'];

/** "2 threads" for the CPU backends (a GPU's parallelism is its own); null on a GPU. */
function threadText(backend: BackendInfo): string | null {
  if (backend.name !== 'wasm' && backend.name !== 'cpu') return null;
  return `${backend.threads} thread${backend.threads === 1 ? '' : 's'}`;
}

/** Why the WASM backend runs on one thread, with the page's own reason when it is isolation. */
function oneThreadText(backend: BackendInfo): string {
  if (backend.name !== 'wasm' || !backend.oneThreadBecause) return '';
  const page = isolationProblem();
  return ` One thread: ${backend.oneThreadBecause}${page ? ` (${page})` : ''}.`;
}

export function BackendBadge() {
  const backend = useLab((s) => s.backend);
  const preference = useLab((s) => s.backendPreference);
  const config = useLab((s) => s.config);
  const { setBackendPreference } = useLab((s) => s.actions);
  const reasons = backend?.fallbackReasons ?? [];
  const threads = backend ? threadText(backend) : null;
  const title = backend
    ? `Training runs on ${backend.name.toUpperCase()} in a web worker` +
      (threads ? `, on ${threads}.` : '.') +
      oneThreadText(backend) +
      (reasons.length ? ` Not used: ${reasons.join('; ')}` : '')
    : 'Starting the training worker…';
  return (
    <span className="backend" title={title}>
      <span
        className={`badge${reasons.length ? ' badge-fallback' : ''}`}
        data-testid="backend-badge"
        // Focusable, so that the explanation above shows on keyboard focus too.
        tabIndex={0}
      >
        {backend ? backend.name.toUpperCase() : '…'}
      </span>
      {threads && (
        <span
          className={`badge-threads${oneThreadText(backend!) ? ' badge-one-thread' : ''}`}
          data-testid="backend-threads"
        >
          {threads}
        </span>
      )}
      <select
        aria-label="Backend"
        title="Force a backend: the worker restarts and the run starts over"
        value={preference}
        onChange={(e) => {
          const next = e.target.value as BackendPreference;
          setBackendPreference(next);
          if (config) void startWorker(next, config);
        }}
      >
        {choices.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </span>
  );
}
