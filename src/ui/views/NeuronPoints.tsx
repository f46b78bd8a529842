/**
 * The hidden units at their 3D picture positions: one InstancedMesh of small spheres, or above
 * SPHERES_UP_TO units one Points object of sprites shaded as spheres (a vertex per unit instead
 * of ~100; ballSprite.ts says why), the selected unit then a real sphere on top. Reads the
 * snapshot store in useFrame (no React render per snapshot), glides towards new positions so
 * trained embeddings visibly move, colours by the link to the selected unit, and reports hover
 * and click through the instance (or point) index.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { format } from 'd3';
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  DataTexture,
  InstancedBufferAttribute,
  LinearFilter,
  LinearMipmapLinearFilter,
  RGBAFormat,
  SRGBColorSpace,
  type InstancedMesh,
  type Mesh,
  type PerspectiveCamera,
  type Points,
} from 'three';
import { ballSprite } from './ballSprite';
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
import { SELECTED_COLOR } from './palette';

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

/**
 * Up to this many units are drawn as spheres (117 vertices each); more as point sprites. With
 * software WebGL (headless Chromium's SwiftShader) the page's main thread waited 50–140 ms for
 * a frame of 256 spheres and about 0.7 s for 4096; as sprites, 4096 take about 25 ms.
 */
export const SPHERES_UP_TO = 64;
/** Unit sphere: radius, segments around, segments from pole to pole (13 × 9 vertices). */
const SPHERE: [number, number, number] = [1, 12, 8];

/** The shaded-disc texture of the point sprites (mipmapped: the discs are a few pixels wide). */
function spriteTexture(): DataTexture {
  const side = 64;
  const texture = new DataTexture(ballSprite(side), side, side, RGBAFormat);
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.generateMipmaps = true;
  texture.needsUpdate = true;
  return texture;
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
  const pointsRef = useRef<Points>(null);
  const selectedRef = useRef<Mesh>(null);
  const stateRef = useRef<ReturnType<typeof frameState> | null>(null);
  const size = radius * Math.min(0.04, Math.max(0.012, 0.3 / Math.sqrt(Math.max(1, n))));
  const asPoints = n > SPHERES_UP_TO;
  const fov = useThree((s) => (s.camera as PerspectiveCamera).fov ?? 40);
  const sprite = useMemo(() => (asPoints ? spriteTexture() : null), [asPoints]);
  const pointsGeometry = useMemo(() => {
    if (!asPoints) return null;
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(n * 3), 3));
    g.setAttribute('color', new BufferAttribute(new Float32Array(n * 3), 3));
    return g;
  }, [asPoints, n]);
  useEffect(() => () => sprite?.dispose(), [sprite]);
  useEffect(() => () => pointsGeometry?.dispose(), [pointsGeometry]);
  useFrame(({ invalidate, raycaster }, dt) => {
    const snap = source.current;
    if (snap && snap.n !== n) setN(snap.n);
    const mesh = meshRef.current;
    const points = pointsRef.current;
    if ((!mesh && !points) || !snap || snap.n !== n) return;
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
      let far = 0;
      for (let i = 0; i < n * 3; i++) {
        const d = st.target[i] - st.cur[i];
        st.cur[i] += d * a;
        far = Math.max(far, Math.abs(d));
      }
      if (mesh) {
        const m = mesh.instanceMatrix.array as Float32Array;
        for (let j = 0; j < n; j++) {
          for (let c = 0; c < 3; c++) m[j * 16 + 12 + c] = st.cur[j * 3 + c];
          // The selected unit is drawn larger so its highlight colour is easy to find.
          m[j * 16] = m[j * 16 + 5] = m[j * 16 + 10] = j === selected ? size * 1.8 : size;
          m[j * 16 + 15] = 1;
        }
        mesh.instanceMatrix.needsUpdate = true;
        mesh.computeBoundingSphere();
      }
      if (points) {
        // A point is hit within its sphere's radius of the ray.
        raycaster.params.Points = { ...raycaster.params.Points, threshold: size };
        const place = points.geometry.getAttribute('position') as BufferAttribute;
        (place.array as Float32Array).set(st.cur);
        place.needsUpdate = true;
        points.geometry.computeBoundingSphere();
      }
      const chosen = selectedRef.current;
      if (chosen) {
        chosen.visible = selected !== null && selected < n;
        if (chosen.visible) chosen.position.fromArray(st.cur, selected! * 3);
      }
      st.scale = size;
      st.scaledSelection = selected;
      st.moving = far > 1e-4 * radius;
      // Rendering is on demand: a glide asks for its next frame until the units arrive.
      if (st.moving) invalidate();
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
      if (mesh && !mesh.instanceColor)
        mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(n * 3), 3);
      const colours = mesh ? mesh.instanceColor! : points!.geometry.getAttribute('color');
      // The palette is sRGB like the legends; three shades in linear space.
      const out = colours.array as Float32Array;
      for (let j = 0; j < n; j++)
        tmp
          .setRGB(st.colors[j * 3], st.colors[j * 3 + 1], st.colors[j * 3 + 2], SRGBColorSpace)
          .toArray(out, j * 3);
      colours.needsUpdate = true;
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
    const j = e.instanceId ?? e.index;
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
    const j = e.instanceId ?? e.index;
    if (j === undefined || e.delta > 4) return;
    e.stopPropagation();
    onSelect(j === selected ? null : j);
  };

  if (n === 0) return null;
  const pointer = { onPointerMove: showTip, onPointerOut: hideTip, onClick };
  if (pointsGeometry)
    return (
      <group>
        <points
          key={n}
          ref={pointsRef}
          geometry={pointsGeometry}
          frustumCulled={false}
          {...pointer}
        >
          {/* Attenuated size s shows s · (h/2) / depth pixels; a sphere of radius r shows
              2r · (h/2) / (depth · tan(fov/2)). */}
          <pointsMaterial
            size={(2 * size) / Math.tan((fov * Math.PI) / 360)}
            sizeAttenuation
            vertexColors
            map={sprite}
            alphaTest={0.5}
          />
        </points>
        {/* The selected unit: a real sphere, larger, over its point (the point picks clicks). */}
        <mesh ref={selectedRef} scale={size * 1.8} visible={false} raycast={() => null}>
          <sphereGeometry args={SPHERE} />
          <meshLambertMaterial color={SELECTED_COLOR} />
        </mesh>
      </group>
    );
  return (
    <instancedMesh
      key={n}
      ref={meshRef}
      args={[undefined, undefined, n]}
      frustumCulled={false}
      {...pointer}
    >
      <sphereGeometry args={SPHERE} />
      <meshLambertMaterial />
    </instancedMesh>
  );
}
