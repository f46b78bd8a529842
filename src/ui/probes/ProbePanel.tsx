/**
 * Attractor probes on the current model: start the network somewhere (a point of the arena,
 * or a random state), let it run free, along a drawn path or with a kick, and play the hidden
 * activity back over time. The frame on show goes to the shared ActivityStore, which colours
 * the units in the 3D view, so a lecturer sees the bump sit, slide or heal on the manifold.
 */
import { useEffect, useRef, useState } from 'react';
import type { AttractorReport } from '../../core/attractor';
import type { ManifoldId } from '../../core/config/schema';
import type { ProbeRequest, ProbeResult } from '../../core/probes/types';
import type { SnapshotStore } from '../data/snapshotStore';
import { ActivityMap } from './ActivityMap';
import { AttractorReportTable } from './AttractorReportTable';
import { useAnimationFrame } from '../views/canvasHooks';
import type { ActivityStore } from './activityStore';
import { ArenaView } from './ArenaView';
import { FrameScrubber } from './FrameScrubber';
import { PersistenceChart } from './PersistenceChart';
import { ProbeControls } from './ProbeControls';
import { buildProbeRequest, pathSteps, type ProbeKind } from './probeRequest';
import './probes.css';

export interface ProbePanelProps {
  /** Runs the probe in the worker on the current weights (see core/probes runProbe). */
  onRun(request: ProbeRequest): Promise<ProbeResult>;
  /** Place-cell centres (Np·2, metres) for navigation; null for tasks without an arena. */
  placeCellCentres: Float32Array | null;
  /** Hidden units n of the current model; a result for another n is ignored. */
  hidden: number;
  /** Shared with ManifoldView's `activity` prop. */
  activity: ActivityStore;
  /** Side of the arena in metres (navigation task's boxMeters). */
  boxMeters?: number;
  /** Why probes cannot run now (e.g. "no model yet"), or null. */
  disabledReason?: string | null;
  /** The run's space and its units (for the unfolded activity map), or null: no map. */
  manifold?: { id: ManifoldId; dimension: number; source: SnapshotStore } | null;
  /** Whether a hand-built reference attractor exists for this run (circle, torus; navigation). */
  hasReference?: boolean;
  /** Measures the current network beside its untrained start and the reference. */
  onReport?: () => Promise<AttractorReport>;
}

type Network = NonNullable<ProbeRequest['network']>;

export function ProbePanel(props: ProbePanelProps) {
  const { activity, hidden } = props;
  const navigation = props.placeCellCentres !== null;
  const [start, setStart] = useState<[number, number]>([0, 0]);
  const [path, setPath] = useState<Float32Array | null>(null);
  const [steps, setSteps] = useState(100);
  const [noise, setNoise] = useState(0.5);
  const [kickAt, setKickAt] = useState(30);
  const [fps, setFps] = useState(20);
  const [perFrame, setPerFrame] = useState(false);
  const [result, setResult] = useState<ProbeResult | null>(null);
  const [playing, setPlaying] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [network, setNetwork] = useState<Network>('trained');
  const [report, setReport] = useState<AttractorReport | null>(null);
  const [measuring, setMeasuring] = useState(false);
  const seed = useRef(1);
  const clock = useRef({ frame: 0, last: 0 });
  // A reference result has its own units (its lattice); a trained one must match the run's n.
  const live = result && (result.unitPositions || result.n === hidden) ? result : null;

  const show = (r: ProbeResult, frame: number, scalePerFrame = perFrame) => {
    clock.current.frame = frame;
    const values = r.frames.subarray(frame * r.n, (frame + 1) * r.n);
    activity.show(values, frame, scalePerFrame ? 0 : r.maxActivity, r.unitPositions);
  };

  useAnimationFrame(() => {
    if (!playing || !live) return;
    const now = performance.now();
    const c = clock.current;
    if (now - c.last < 1000 / fps) return;
    c.last = now;
    if (c.frame >= live.steps) setPlaying(false);
    else show(live, c.frame + 1);
  });
  useEffect(() => () => activity.clear(), [activity]);
  // A new model size makes the shown frames meaningless: back to the normal colouring.
  useEffect(() => {
    if (result && !result.unitPositions && result.n !== hidden) activity.clear();
  }, [result, hidden, activity]);

  const run = async (kind: ProbeKind, at = start, drawn = path, on = network) => {
    if (busy || props.disabledReason) return;
    setBusy(true);
    setError(null);
    try {
      const request = buildProbeRequest({
        network: on,
        kind,
        start: navigation ? at : null,
        path: drawn,
        steps,
        noise,
        kickAt,
        seed: seed.current++,
      });
      const r = await props.onRun(request);
      setResult(r);
      show(r, 0);
      setPlaying(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const onStart = (p: [number, number]) => {
    setStart(p);
    setPath(null);
    void run('free', p, null);
  };
  const onPath = (points: Float32Array) => {
    setStart([points[0], points[1]]);
    setPath(points);
    void run('velocity', [points[0], points[1]], points);
  };
  const measure = async () => {
    if (!props.onReport || measuring) return;
    setMeasuring(true);
    setError(null);
    try {
      setReport(await props.onReport());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setMeasuring(false);
    }
  };
  const clear = () => {
    setResult(null);
    setPath(null);
    setPlaying(false);
    activity.clear();
  };

  return (
    <section className="pr-panel" aria-label="Attractor probes">
      {navigation && (
        <ArenaView
          boxMeters={props.boxMeters ?? 2.2}
          centres={props.placeCellCentres}
          start={start}
          drawnPath={path}
          result={live}
          playhead={activity}
          onStart={onStart}
          onPath={onPath}
          disabled={busy || Boolean(props.disabledReason)}
        />
      )}
      {props.manifold && (
        <ActivityMap
          manifoldId={props.manifold.id}
          dimension={props.manifold.dimension}
          source={props.manifold.source}
          activity={activity}
        />
      )}
      <div className="pr-side">
        {props.hasReference && (
          <fieldset
            className="pr-network"
            title="Which network the probes run: the one you trained, or a continuous attractor built by hand from the same geometry with no training (what a perfect attractor does)"
          >
            <legend>Network</legend>
            {(['trained', 'reference'] as const).map((id) => (
              <label key={id}>
                <input
                  type="radio"
                  name="probe-network"
                  value={id}
                  checked={network === id}
                  onChange={() => setNetwork(id)}
                />
                {id === 'trained' ? 'trained' : 'hand-built reference'}
              </label>
            ))}
          </fieldset>
        )}
        <ProbeControls
          navigation={navigation}
          steps={steps}
          onSteps={setSteps}
          noise={noise}
          onNoise={setNoise}
          kickAt={kickAt}
          onKickAt={setKickAt}
          pathSteps={pathSteps(path)}
          busy={busy}
          disabledReason={props.disabledReason ?? null}
          onRun={(kind) => void run(kind)}
          playing={playing}
          canPlay={live !== null}
          onPlayPause={() => {
            if (!playing && live && clock.current.frame >= live.steps) show(live, 0);
            setPlaying(!playing);
          }}
          onRestart={() => {
            if (live) show(live, 0);
            setPlaying(true);
          }}
          framesPerSecond={fps}
          onFramesPerSecond={setFps}
          scalePerFrame={perFrame}
          onScalePerFrame={(on) => {
            setPerFrame(on);
            if (live) show(live, clock.current.frame, on);
          }}
          onClear={clear}
        />
        {live && (
          <>
            <FrameScrubber
              playhead={activity}
              last={live.steps}
              onSeek={(f) => {
                setPlaying(false);
                show(live, f);
              }}
            />
            <PersistenceChart result={live} playhead={activity} />
            {live.engine === 'reference' && (
              <p className="mv-note">
                Hand-built reference: {live.n} units on a regular lattice, wired from their
                distances, with velocity shifting the weights.
                {live.decodedAxes === 1 && ' A ring stores one coordinate: only x is decoded.'}
              </p>
            )}
            {live.engine !== 'reference' && (
              <p
                className="mv-note"
                title="A pruned W_hh runs from its compressed sparse rows, at the cost of its kept weights; an unpruned one runs dense"
              >
                {live.engine === 'sparse' ? 'Ran on the sparse (CSR) engine.' : 'Ran dense.'}
              </p>
            )}
          </>
        )}
        {props.onReport && (
          <button
            disabled={measuring || Boolean(props.disabledReason)}
            onClick={() => void measure()}
            title="Measure the network with many probes: free runs from several places, kicks, and random walks of 1×, 2×, 5× and 10× the training length, beside the same network untrained and the hand-built reference"
          >
            {measuring ? 'Measuring…' : 'Measure attractor'}
          </button>
        )}
        {busy && (
          <p className="mv-note" title="The worker is running the network on its current weights">
            Running the probe…
          </p>
        )}
        {error && (
          <p className="pr-error" title="The probe was refused; nothing changed">
            {error}
          </p>
        )}
        {!live && !busy && (
          <p className="mv-note" title="How to use the probes">
            {navigation
              ? 'Click in the arena to start the network there, or drag to draw a path; the 3D view then colours each unit by its activity over time.'
              : 'Free run starts the network from a random state; the 3D view then colours each unit by its activity over time.'}
          </p>
        )}
      </div>
      {report && <AttractorReportTable report={report} />}
    </section>
  );
}
