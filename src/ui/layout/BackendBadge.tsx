/** Which tfjs backend trains, why a faster one was not used, and a way to force one. */
import type { BackendPreference } from '../../../workers/protocol';
import { useLab } from '../../state/labStore';
import { startWorker } from '../../state/trainerClient';

const choices: BackendPreference[] = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'];

export function BackendBadge() {
  const backend = useLab((s) => s.backend);
  const preference = useLab((s) => s.backendPreference);
  const config = useLab((s) => s.config);
  const { setBackendPreference } = useLab((s) => s.actions);
  const reasons = backend?.fallbackReasons ?? [];
  const title = backend
    ? `Training runs on ${backend.name.toUpperCase()} in a web worker.` +
      (reasons.length ? ` Not used: ${reasons.join('; ')}` : '')
    : 'Starting the training worker…';
  return (
    <span className="backend" title={title}>
      <span
        className={`badge${reasons.length ? ' badge-fallback' : ''}`}
        data-testid="backend-badge"
      >
        {backend ? backend.name.toUpperCase() : '…'}
      </span>
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
