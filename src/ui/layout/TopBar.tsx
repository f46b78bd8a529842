/**
 * The transport: Train/Pause, Step, ×N, Reset, New seed, steps per update, the live
 * steps/s and step counter, the backend badge, and run files in and out.
 */
import { useState } from 'react';
import { useLab } from '../../state/labStore';
import { useShortcutSetting } from '../../state/shortcutSetting';
import { applyConfig, trainer } from '../../state/trainerClient';
import { BackendBadge } from './BackendBadge';
import { PresetPicker } from './PresetPicker';
import { RunFiles } from './RunFiles';

const STEP_BURST = 10;

export function TopBar() {
  const run = useLab((s) => s.run);
  const config = useLab((s) => s.config);
  const [perUpdate, setPerUpdate] = useState(1);
  const shortcuts = useShortcutSetting();
  const running = run.status === 'running';
  const finished = run.status === 'done' || run.status === 'diverged';

  const newSeed = () => {
    if (config) void applyConfig({ ...config, seed: (config.seed * 7919 + 1) % 2147483647 });
  };

  return (
    <header className="top-bar">
      <h1 title="Moduli Lab: geometric sparsification of recurrent networks (arXiv 2406.06290)">
        Moduli Lab
      </h1>
      <PresetPicker />
      <button
        className="primary"
        onClick={() => void (running ? trainer.pause() : trainer.play())}
        disabled={!config || (finished && !running)}
        title="Train or pause (Space)"
      >
        {running ? 'Pause' : 'Train'}
      </button>
      <button
        onClick={() => void trainer.step(1)}
        disabled={running || finished}
        title="Run one training step (S)"
      >
        Step
      </button>
      <button
        onClick={() => void trainer.step(STEP_BURST)}
        disabled={running || finished}
        title={`Run ${STEP_BURST} training steps`}
      >
        ×{STEP_BURST}
      </button>
      <button
        onClick={() => void trainer.reset()}
        title="Start this run again with the same seed (R)"
      >
        Reset
      </button>
      <button onClick={newSeed} title="Start a new run with another seed">
        New seed
      </button>
      <button
        aria-pressed={shortcuts.enabled}
        onClick={() => shortcuts.setEnabled(!shortcuts.enabled)}
        title="Single-key shortcuts: Space trains or pauses, S steps, R resets, when focus is not in a control. Turn them off if they get in the way (speech input, say); this browser remembers."
      >
        Shortcut keys
      </button>
      <label
        className="per-update"
        title="Training steps between two chart updates while playing: more is faster, fewer is smoother"
      >
        steps/update
        <input
          type="range"
          min={1}
          max={50}
          value={perUpdate}
          onChange={(e) => {
            setPerUpdate(Number(e.target.value));
            void trainer.setStepsPerUpdate(Number(e.target.value));
          }}
        />
        <output>{perUpdate}</output>
      </label>
      <span
        className="readout"
        title="Training speed, measured in the worker"
        data-testid="steps-per-second"
      >
        {run.stepsPerSecond.toFixed(1)} steps/s
      </span>
      <span
        className="readout"
        title="Steps done / total steps; epoch (the pruning schedule changes at each epoch)"
        data-testid="step-counter"
      >
        step {run.step}/{run.totalSteps} · epoch {run.epoch + 1}
      </span>
      <span className={`status status-${run.status}`} title="Run status" data-testid="run-status">
        {run.status}
      </span>
      <BackendBadge />
      <RunFiles />
    </header>
  );
}
