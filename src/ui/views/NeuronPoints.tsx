/**
 * The hidden units as one InstancedMesh of small spheres at their 3D picture positions.
 * Reads the snapshot store in useFrame (no React render per snapshot), glides towards new
 * positions so trained embeddings visibly move, colours by the link to the selected unit,
 * and reports hover and click through the instance id.
 */
import { useRef, useState, type RefObject } from 'react';
import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { format } from 'd3';
import { Color, InstancedBufferAttribute, SRGBColorSpace, type InstancedMesh } from 'three';
import type { SnapshotStore } from '../data/snapshotStore';
import type { ActivitySource } from '../probes/activityStore';
import {
  fillActivityColors,
  fillNeuronColors,
  linkMagnitudes,
  maxValue,
  sequentialLut,
} from './neuronColors';
import { pointsRadius } from './manifoldGeometry';

export type NeuronColorMode = 'weights' | 'coefficients';

export interface NeuronPointsProps {
  source: SnapshotStore;
  selected: number | null;
  onSelect: (neuron: number | null) => void;
  mode: NeuronColorMode;
  coefficients?: (selected: number) => Float32Array;
  /** Scene radius; sets the sphere size. */
  radius: number;
  /** Receives the radius of the current points every snapshot (for re-framing). */
  extentRef: RefObject<number>;
  /** Called once per new point set (first snapshot, new n) with its radius. */
  onNewPoints?: (radius: number) => void;
  tooltipRef: RefObject<HTMLDivElement | null>;
  legendMaxRef: RefObject<HTMLSpanElement | null>;
  /** Probe activity h_j(t): while it holds n values it colours every unit, over the selection. */
  activity?: ActivitySource | null;
}

/** What the frame loop keeps between frames for one point set of n neurons. */
function frameState(n: number) {
  return {
    n,
    version: -1,
    placed: false,
    moving: false,
    scale: 0,
    scaledSelection: null as number | null,
    cur: new Float32Array(n * 3),
    target: new Float32Array(n * 3),
    colors: new Float32Array(n * 3),
    colorKey: [] as unknown[],
    values: null as Float32Array | null,
    max: 0,
    /** The colours show probe activity (not links to the selection). */
    activity: false,
    legendEl: null as HTMLSpanElement | null,
  };
}

const lut = sequentialLut();
const tmp = new Color();
const fmt = format('.3~g');

export function NeuronPoints(props: NeuronPointsProps) {
  const {
    source,
    selected,
    onSelect,
    mode,
    coefficients,
    radius,
    extentRef,
    tooltipRef,
    legendMaxRef,
  } = props;
  const [n, setN] = useState(0);
  const meshRef = useRef<InstancedMesh>(null);
  const stateRef = useRef<ReturnType<typeof frameState> | null>(null);
  const size = radius * Math.min(0.04, Math.max(0.012, 0.3 / Math.sqrt(Math.max(1, n))));

  useFrame(({ invalidate }, dt) => {
    const snap = source.current;
    if (snap && snap.n !== n) setN(snap.n);
    const mesh = meshRef.current;
    if (!mesh || !snap || snap.n !== n) return;
    if (stateRef.current?.n !== n) stateRef.current = frameState(n);
    const st = stateRef.current;
    if (source.version !== st.version && snap.scene.length === n * 3) {
      st.version = source.version;
      st.target.set(snap.scene);
      extentRef.current = pointsRadius(snap.scene);
      if (!st.placed) {
        st.cur.set(snap.scene);
        st.placed = true;
        props.onNewPoints?.(extentRef.current);
      }
      st.moving = true;
    }
    if (st.scale !== size || st.scaledSelection !== selected) st.moving = true;
    if (st.moving) {
      const a = st.scale === 0 ? 1 : 1 - Math.exp(-Math.min(dt, 0.1) * 8);
      const m = mesh.instanceMatrix.array as Float32Array;
      let far = 0;
      for (let j = 0; j < n; j++) {
        for (let c = 0; c < 3; c++) {
          const d = st.target[j * 3 + c] - st.cur[j * 3 + c];
          st.cur[j * 3 + c] += d * a;
          far = Math.max(far, Math.abs(d));
          m[j * 16 + 12 + c] = st.cur[j * 3 + c];
        }
        // The selected unit is drawn larger so its highlight colour is easy to find.
        m[j * 16] = m[j * 16 + 5] = m[j * 16 + 10] = j === selected ? size * 1.8 : size;
        m[j * 16 + 15] = 1;
      }
      st.scale = size;
      st.scaledSelection = selected;
      st.moving = far > 1e-4 * radius;
      // Rendering is on demand: a glide asks for its next frame until the units arrive.
      if (st.moving) invalidate();
      mesh.instanceMatrix.needsUpdate = true;
      mesh.computeBoundingSphere();
    }
    const act = props.activity?.current;
    const shown = act && act.length === n ? act : null;
    const key = [
      st.version,
      selected,
      mode,
      coefficients,
      props.activity,
      props.activity?.version,
      shown,
    ];
    if (key.some((k, i) => k !== st.colorKey[i])) {
      st.colorKey = key;
      const sel = selected !== null && selected < n ? selected : null;
      st.activity = shown !== null;
      if (shown) {
        st.values = shown;
        st.max = props.activity!.scale > 0 ? props.activity!.scale : maxValue(shown, -1);
        fillActivityColors(st.colors, shown, st.max, lut);
      } else {
        st.values =
          sel === null
            ? null
            : mode === 'weights'
              ? linkMagnitudes(snap.whh, snap.whhMask, n, sel)
              : (coefficients?.(sel) ?? null);
        st.max = st.values && sel !== null ? maxValue(st.values, sel) : 0;
        fillNeuronColors(st.colors, st.values, sel, st.max, lut);
      }
      if (!mesh.instanceColor)
        mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(n * 3), 3);
      // The palette is sRGB like the legends; three shades in linear space.
      const out = mesh.instanceColor.array as Float32Array;
      for (let j = 0; j < n; j++)
        tmp
          .setRGB(st.colors[j * 3], st.colors[j * 3 + 1], st.colors[j * 3 + 2], SRGBColorSpace)
          .toArray(out, j * 3);
      mesh.instanceColor.needsUpdate = true;
      st.legendEl = null;
    }
    // The legend swaps between selection and activity; a newly mounted one gets the maximum too.
    if (legendMaxRef.current && legendMaxRef.current !== st.legendEl) {
      st.legendEl = legendMaxRef.current;
      st.legendEl.textContent = fmt(st.max);
    }
  });

  const showTip = (e: ThreeEvent<PointerEvent>) => {
    const tip = tooltipRef.current;
    const j = e.instanceId;
    if (!tip || j === undefined) return;
    e.stopPropagation();
    const v = stateRef.current?.values?.[j];
    const what = mode === 'weights' ? 'max |W_hh| to/from' : 'coefficient to';
    let text = `neuron ${j}`;
    if (stateRef.current?.activity && v !== undefined)
      text += `\nactivity h_${j}(t = ${props.activity?.frame ?? 0}) = ${fmt(v)}`;
    else if (j === selected) text += ' (selected)';
    else if (selected !== null && v !== undefined) text += `\n${what} ${selected}: ${fmt(v)}`;
    else text += '\nclick to select';
    const box = tip.parentElement?.getBoundingClientRect();
    tip.textContent = text;
    tip.style.left = `${e.nativeEvent.clientX - (box?.left ?? 0) + 12}px`;
    tip.style.top = `${e.nativeEvent.clientY - (box?.top ?? 0) + 12}px`;
    tip.hidden = false;
  };
  const hideTip = () => {
    if (tooltipRef.current) tooltipRef.current.hidden = true;
  };
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (e.instanceId === undefined || e.delta > 4) return;
    e.stopPropagation();
    onSelect(e.instanceId === selected ? null : e.instanceId);
  };

  if (n === 0) return null;
  return (
    <instancedMesh
      key={n}
      ref={meshRef}
      args={[undefined, undefined, n]}
      frustumCulled={false}
      onPointerMove={showTip}
      onPointerOut={hideTip}
      onClick={onClick}
    >
      <sphereGeometry args={[1, 12, 8]} />
      <meshLambertMaterial />
    </instancedMesh>
  );
}
