/**
 * The navigation arena seen from above: where the network thinks it is (decoded from the
 * place-cell read-out) against where the velocities took it. Click to choose the start (the
 * network's h0 is the place-cell code of that point); drag to draw a path whose velocities
 * feed the network. Redraws in its own animation frame when the probe's frame changes.
 */
import { useRef, type PointerEvent } from 'react';
import type { ProbeResult } from '../../core/probes/types';
import { cssVar, prepareCanvas, useAnimationFrame, useElementSize } from '../views/canvasHooks';
import type { ActivitySource } from './activityStore';
import { ARENA_COLORS, drawArena } from './arenaDraw';
import { arenaTransform } from './arenaGeometry';
import './probes.css';

export interface ArenaViewProps {
  boxMeters: number;
  /** Place-cell centres (Np·2, metres), drawn faintly. */
  centres: Float32Array | null;
  /** Start of the next probe (metres). */
  start: [number, number] | null;
  /** The path the user drew (m·2, metres), or null. */
  drawnPath: Float32Array | null;
  result: ProbeResult | null;
  /** Which frame to show (the probe panel's playback). */
  playhead: ActivitySource;
  onStart(position: [number, number]): void;
  onPath(points: Float32Array): void;
  disabled?: boolean;
}

/** Pointer travel (CSS px) under which a press is a click, not a drag. */
const CLICK_PX = 5;

export function ArenaView(props: ArenaViewProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { width } = useElementSize(boxRef);
  // The box's CSS caps the size (larger in classroom mode).
  const side = Math.max(0, width);
  const drag = useRef<{ points: number[]; travelPx: number; last: [number, number] } | null>(null);
  const drawn = useRef<unknown[]>([]);

  useAnimationFrame(() => {
    const canvas = canvasRef.current;
    const draft = drag.current;
    const key = [
      side,
      props.playhead.version,
      props.result,
      props.start,
      props.drawnPath,
      draft?.points.length,
    ];
    if (!canvas || key.every((k, i) => k === drawn.current[i])) return;
    drawn.current = key;
    const ctx = prepareCanvas(canvas, side, side);
    if (!ctx) return;
    drawArena(ctx, {
      transform: arenaTransform(props.boxMeters, side),
      boxMeters: props.boxMeters,
      centres: props.centres,
      start: draft ? [draft.points[0], draft.points[1]] : props.start,
      drawnPath: draft ? Float32Array.from(draft.points) : props.drawnPath,
      result: draft ? null : props.result,
      frame: props.playhead.frame,
      colors: {
        fg: cssVar(canvas, '--mv-fg', '#e3e6eb'),
        muted: cssVar(canvas, '--mv-muted', '#9aa3af'),
        border: cssVar(canvas, '--mv-border', '#343a45'),
      },
    });
  });

  const local = (e: PointerEvent<HTMLCanvasElement>): [number, number] => {
    const box = e.currentTarget.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  };
  const onDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (props.disabled || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const px = local(e);
    drag.current = {
      points: [...arenaTransform(props.boxMeters, side).toMeters(...px)],
      travelPx: 0,
      last: px,
    };
  };
  const onMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const d = drag.current;
    if (!d) return;
    const px = local(e);
    const step = Math.hypot(px[0] - d.last[0], px[1] - d.last[1]);
    if (step < 2) return;
    d.travelPx += step;
    d.last = px;
    d.points.push(...arenaTransform(props.boxMeters, side).toMeters(...px));
  };
  const onUp = () => {
    const d = drag.current;
    drag.current = null;
    if (!d) return;
    if (d.travelPx < CLICK_PX) props.onStart([d.points[0], d.points[1]]);
    else props.onPath(Float32Array.from(d.points));
  };

  return (
    <figure className="pr-arena">
      <div ref={boxRef} className="pr-arena-box">
        <canvas
          ref={canvasRef}
          style={{ width: side, height: side }}
          className={props.disabled ? undefined : 'mv-interactive'}
          title={`The ${props.boxMeters} m × ${props.boxMeters} m arena from above. Click to start the network at that point (h0 = encoder · place-cell code of the point) and free-run it; press and drag to draw a path: the network is fed its velocities (walked at about 1 m/s, 2 cm per 0.02 s step).`}
          onPointerDown={onDown}
          onPointerMove={onMove}
          onPointerUp={onUp}
          onPointerCancel={() => (drag.current = null)}
        />
      </div>
      <ul className="mv-legend">
        <li title="True position: the start plus the velocities fed so far (where a perfect path integrator would be)">
          <i className="mv-swatch" style={{ borderTop: `2px solid ${ARENA_COLORS.truePath}` }} />{' '}
          true
        </li>
        <li title="Decoded position: the mean centre of the 3 place cells with the highest logits at each step (the task's own read-out)">
          <i className="mv-swatch" style={{ borderTop: `2px solid ${ARENA_COLORS.decoded}` }} />{' '}
          decoded
        </li>
        <li title="Where the next probe starts; click elsewhere in the arena to move it">
          <i className="mv-swatch-box" style={{ background: ARENA_COLORS.start }} /> start
        </li>
        <li title="The path you drew (dashed); its velocities are the network's input">
          <i className="mv-swatch" style={{ borderTop: `2px dashed ${ARENA_COLORS.drawn}` }} />{' '}
          drawn path
        </li>
        <li title="Faint dots: the place-cell centres, drawn at random in the box from the run's seed">
          <i className="mv-swatch-box" style={{ background: ARENA_COLORS.drawn, opacity: 0.4 }} />{' '}
          place cells
        </li>
      </ul>
    </figure>
  );
}
