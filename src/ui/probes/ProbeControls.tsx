/**
 * The probe's buttons and sliders: what to run (free, along the drawn path, with a kick), for
 * how long, and the animation's transport. Every control says on hover what it does to h_t.
 */
import type { ProbeKind } from './probeRequest';

export interface ProbeControlsProps {
  /** Navigation: the arena gives a start and paths; otherwise runs start from a random state. */
  navigation: boolean;
  steps: number;
  onSteps(steps: number): void;
  noise: number;
  onNoise(noise: number): void;
  kickAt: number;
  onKickAt(step: number): void;
  /** Steps of the drawn path (0: none drawn). */
  pathSteps: number;
  busy: boolean;
  /** Why probing is impossible right now (no model), or null. */
  disabledReason: string | null;
  onRun(kind: ProbeKind): void;
  playing: boolean;
  canPlay: boolean;
  onPlayPause(): void;
  onRestart(): void;
  framesPerSecond: number;
  onFramesPerSecond(fps: number): void;
  /** Colour scale of the 3D view: each frame's own maximum (true) or the whole run's. */
  scalePerFrame: boolean;
  onScalePerFrame(perFrame: boolean): void;
  onClear(): void;
}

function Slider(props: {
  label: string;
  help: string;
  value: number;
  min: number;
  max: number;
  step: number;
  text: string;
  onChange(v: number): void;
}) {
  return (
    <label className="pr-slider" title={props.help}>
      <span>{props.label}</span>
      <input
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        onChange={(e) => props.onChange(Number(e.target.value))}
      />
      <span className="mv-value">{props.text}</span>
    </label>
  );
}

export function ProbeControls(p: ProbeControlsProps) {
  const off = p.busy || p.disabledReason !== null;
  const why = p.disabledReason ? ` (unavailable: ${p.disabledReason})` : '';
  const from = p.navigation ? 'the start marked in the arena' : 'a random non-negative state';
  return (
    <div className="pr-controls">
      <div className="pr-buttons">
        <button
          disabled={off}
          onClick={() => p.onRun('free')}
          title={`Free-run the network from ${from} with no input (x_t = 0): h_t = s(W_hh h_{t−1} + b). A continuous attractor keeps its bump where it is; the verdict says how far this one's decoded position drifts.${why}`}
        >
          Free run
        </button>
        {p.navigation && (
          <button
            disabled={off || p.pathSteps === 0}
            onClick={() => p.onRun('velocity')}
            title={`Run along the path drawn in the arena: its velocities enter through W_ih. In a continuous attractor they slide the bump and the decoded position follows the true one; the verdict compares this network's error with staying at the start.${p.pathSteps === 0 ? ' Draw a path first (press and drag in the arena).' : ''}${why}`}
          >
            Along path
          </button>
        )}
        <button
          disabled={off}
          onClick={() => p.onRun('perturb')}
          title={`Free-run with a kick: at step ${p.kickAt} every unit gets Gaussian noise of ${p.noise.toFixed(2)} × the state's RMS. The correlation with the unkicked run shows whether the pattern returns (a network that forgets every start returns too: compare locality and the free run).${why}`}
        >
          Perturb
        </button>
        <button
          onClick={p.onClear}
          title="Forget the probe and the drawn path; the 3D view goes back to its normal colours"
        >
          Clear
        </button>
      </div>
      <Slider
        label="steps"
        help="Length of the probe run in time steps (each 0.02 s of simulated time). Training used much shorter sequences: long runs test whether the dynamics stay stable."
        value={p.steps}
        min={10}
        max={1000}
        step={10}
        text={`${p.steps} (${(p.steps * 0.02).toFixed(1)} s)${p.pathSteps ? `, path ${p.pathSteps}` : ''}`}
        onChange={p.onSteps}
      />
      <Slider
        label="kick at"
        help="Time step whose state is perturbed by the Perturb run"
        value={Math.min(p.kickAt, p.steps)}
        min={0}
        max={p.steps}
        step={1}
        text={`step ${Math.min(p.kickAt, p.steps)}`}
        onChange={p.onKickAt}
      />
      <Slider
        label="kick size"
        help="Std of the noise added by Perturb, relative to the state's RMS activity (1 = as large as the activity itself); ReLU states are clipped at 0 afterwards"
        value={p.noise}
        min={0}
        max={2}
        step={0.05}
        text={p.noise.toFixed(2)}
        onChange={p.onNoise}
      />
      <div className="pr-buttons">
        <button
          disabled={!p.canPlay}
          onClick={p.onPlayPause}
          title="Play or pause the animation of the probe: the 3D view colours each unit by h_j(t), the arena moves the true and decoded positions"
        >
          {p.playing ? 'Pause' : 'Play'}
        </button>
        <button
          disabled={!p.canPlay}
          onClick={p.onRestart}
          title="Back to frame 0 (h0) and play again"
        >
          Restart
        </button>
        <Slider
          label="speed"
          help="Animation speed in frames (time steps) per second; 50 frames/s is real time (dt = 0.02 s)"
          value={p.framesPerSecond}
          min={2}
          max={60}
          step={1}
          text={`${p.framesPerSecond} fps`}
          onChange={p.onFramesPerSecond}
        />
        <label title="Colour scale of the units in the 3D view. Off: 0 … the largest activity of the whole run, so fading or growing shows as darkening or brightening. On: 0 … this frame's own largest activity, so the shape of the pattern stays visible however weak or strong it gets.">
          <input
            type="checkbox"
            checked={p.scalePerFrame}
            onChange={(e) => p.onScalePerFrame(e.target.checked)}
          />{' '}
          scale per frame
        </label>
      </div>
    </div>
  );
}
