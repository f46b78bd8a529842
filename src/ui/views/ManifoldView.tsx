/**
 * The hidden units on their moduli space, in 3D: the manifold's picture as a faint surface
 * and the units as spheres that follow the snapshots. Click a unit to colour the others by
 * their link to it; the selection is shared with the heatmap.
 */
import { useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Canvas } from '@react-three/fiber';
import type { ManifoldId } from '../../core/config/schema';
import { getManifold, type Manifold } from '../../core/manifolds';
import { orderByPosition } from '../../core/manifolds/positionOrder';
import { weightStats } from '../../core/model/weightStats';
import { SnapshotStore } from '../data/snapshotStore';
import { surfaceGeometry } from './manifoldGeometry';
import { ManifoldSurface } from './ManifoldSurface';
import { NeuronPoints, type NeuronColorMode } from './NeuronPoints';
import { OrbitRig } from './OrbitRig';
import { RenderOnChange } from './RenderOnChange';
import { ManifoldLegend } from './ManifoldLegend';
import { SnapshotDescription } from './SnapshotDescription';
import { referenceSceneText, sceneLabel, sceneText } from './snapshotText';
import { usePrefersDark } from './canvasHooks';
import { softwareWebgl } from './softwareWebgl';
import { constantActivity, type ActivitySource } from '../probes/activityStore';
import { ActivityLegend } from '../probes/ActivityLegend';
import './views.css';

export interface ManifoldViewProps {
  source: SnapshotStore;
  manifoldId: ManifoldId;
  /** Dimension of the n-torus or Rᵏ (ignored by the other spaces). */
  dimension: number;
  selected: number | null;
  onSelect: (neuron: number | null) => void;
  /** Colour the other units by |W_hh| to/from the selected one, or by a coefficient row. */
  mode?: NeuronColorMode;
  /** Row `selected` of the coefficient matrix, e.g. f(d(p_sel, p_j)) for every unit j. */
  coefficients?: (selected: number) => Float32Array;
  /** Canvas height in CSS pixels. */
  height?: number;
  /** Receives the WebGL canvas (drawing buffer preserved) for PNG export. */
  onCanvas?: (canvas: HTMLCanvasElement) => void;
  /**
   * Probe activity h_j(t) per unit: a store the probe panel animates (read in the frame loop,
   * no re-render per frame) or a fixed Float32Array. While it holds n values it colours the
   * units on a sequential scale and the legend reads "activity h_j(t)".
   */
  activity?: ActivitySource | Float32Array | null;
}

const notShown = () => () => {};

/** A fixed set of units (no weights) as a snapshot source, to draw the reference's lattice. */
function unitsSource(manifold: Manifold, positions: Float32Array): SnapshotStore {
  const n = positions.length / manifold.dim;
  const store = new SnapshotStore();
  const whh = new Float32Array(n * n);
  const whhMask = new Uint8Array(n * n);
  const positionOrder = orderByPosition(positions, manifold);
  store.set({
    step: 0,
    n,
    whh,
    whhMask,
    embedding: positions,
    embeddingDim: manifold.dim,
    scene: manifold.toScene(positions),
    positionOrder,
    whhStats: weightStats(whh, whhMask, n),
  });
  return store;
}

export function ManifoldView(props: ManifoldViewProps) {
  const {
    source,
    manifoldId,
    dimension,
    selected,
    onSelect,
    mode = 'weights',
    height = 360,
  } = props;
  const manifold = useMemo(() => getManifold(manifoldId, dimension), [manifoldId, dimension]);
  const geometry = useMemo(() => surfaceGeometry(manifold.surface), [manifold]);
  const [fit, setFit] = useState({ radius: 0, key: 0 });
  const radius = geometry.radius > 0 ? geometry.radius : fit.radius || 5;
  const dark = usePrefersDark();
  const tooltipRef = useRef<HTMLDivElement>(null);
  const descriptionId = useId();
  const legendMaxRef = useRef<HTMLSpanElement>(null);
  const extentRef = useRef(0);
  const { activity: activityProp } = props;
  const activity = useMemo(
    () => (activityProp instanceof Float32Array ? constantActivity(activityProp) : activityProp),
    [activityProp],
  );
  const activityShown = useSyncExternalStore(
    activity?.subscribe ?? notShown,
    () => activity?.current != null,
    () => false,
  );
  // A probe of the hand-built reference shows its own units (a lattice), not the run's.
  const units = useSyncExternalStore(
    activity?.subscribe ?? notShown,
    () => activity?.units ?? null,
    () => null,
  );
  const shownSource = useMemo(
    () => (units ? unitsSource(manifold, units) : source),
    [units, manifold, source],
  );

  const onNewPoints = (r: number) => {
    if (geometry.radius === 0) setFit((f) => ({ radius: r || 5, key: f.key + 1 }));
  };
  const refit = () =>
    setFit((f) => ({ radius: Math.max(geometry.radius, extentRef.current), key: f.key + 1 }));
  // r3f reports a miss only when the pointer barely moved, so ending a rotation keeps the selection.
  const onPointerMissed = (e: MouseEvent) => {
    if (e.type === 'click') onSelect(null);
  };

  const spheres = units
    ? "each sphere is a unit of the hand-built reference's lattice (the probe runs on it, not on the run's units)"
    : 'each sphere is a hidden unit at its position on the manifold';

  return (
    <figure
      className="mv-manifold"
      title={`${manifold.label}: ${spheres}. Drag to rotate, wheel to zoom, right-drag to pan, double-click to re-frame. Click a unit to select it and colour the others by their connection to it; click empty space to clear.`}
    >
      <div
        className="mv-stack"
        style={{ height }}
        onDoubleClick={refit}
        role="img"
        aria-label={sceneLabel(manifold.label, units !== null)}
        aria-describedby={descriptionId}
      >
        <Canvas
          frameloop="demand"
          gl={{ preserveDrawingBuffer: true, antialias: !softwareWebgl() }}
          camera={{ fov: 40, near: 0.01, far: 1000 }}
          dpr={[1, 2]}
          onCreated={({ gl }) => props.onCanvas?.(gl.domElement)}
          onPointerMissed={onPointerMissed}
        >
          <color attach="background" args={[dark ? '#14161a' : '#ffffff']} />
          <ambientLight intensity={0.9} />
          <directionalLight position={[4, -6, 8]} intensity={1.1} />
          <ManifoldSurface geometry={geometry} color={dark ? '#9aa3af' : '#5c6470'} />
          <NeuronPoints
            source={shownSource}
            selected={selected}
            onSelect={onSelect}
            mode={mode}
            coefficients={props.coefficients}
            radius={radius}
            extentRef={extentRef}
            onNewPoints={onNewPoints}
            tooltipRef={tooltipRef}
            legendMaxRef={legendMaxRef}
            activity={activity}
          />
          <OrbitRig radius={radius} fitKey={fit.key} />
          <RenderOnChange source={shownSource} activity={activity} />
        </Canvas>
        <div ref={tooltipRef} className="mv-tooltip" hidden />
      </div>
      {/* Words for what is drawn: the reference's lattice while a probe of it is shown. */}
      <SnapshotDescription
        id={descriptionId}
        source={shownSource}
        describe={(s) =>
          units
            ? referenceSceneText(units, manifold.dim, manifold.label, selected)
            : sceneText(s, manifold.label, selected)
        }
      />
      {activityShown ? (
        <ActivityLegend maxRef={legendMaxRef} />
      ) : (
        <ManifoldLegend selected={selected} mode={mode} maxRef={legendMaxRef} />
      )}
      <p className="mv-note" title="How this 3D picture relates to the space the units live on">
        {manifold.sceneNote}
      </p>
    </figure>
  );
}
