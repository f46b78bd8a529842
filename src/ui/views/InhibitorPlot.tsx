/**
 * The live plot of the inhibitor f(d) next to its settings: the coefficient a weight pays
 * per unit of magnitude given the distance between its two units, over the manifold's
 * range of distances. For the difference of Gaussians it marks the zero-penalty ring.
 */
import { useMemo, useState, type PointerEvent } from 'react';
import { format, line, scaleLinear } from 'd3';
import { argminDistance, plotMaxDistance, sampleCurve } from './inhibitorCurve';
import './views.css';

export interface InhibitorPlotProps {
  f: (d: number) => number;
  /** Largest distance on the manifold (Infinity for Rᵏ: plotted up to 10). */
  maxDistance: number;
  /** Mark where f is smallest (the DoG's zero-penalty ring). */
  markMinimum?: boolean;
  /** Formula or name shown on hover, e.g. "f(d) = c·(κ − (e^(−d²/σ₂) − e^(−d²/σ₁)))". */
  formula?: string;
}

const W = 260;
const H = 130;
const M = { left: 40, right: 8, top: 8, bottom: 30 };
const fmt = format('.3~g');

export function InhibitorPlot({
  f,
  maxDistance,
  markMinimum = false,
  formula,
}: InhibitorPlotProps) {
  const [hoverD, setHoverD] = useState<number | null>(null);
  const dMax = plotMaxDistance(maxDistance);
  const { x, y, path, ring } = useMemo(() => {
    const c = sampleCurve(f, dMax);
    const x = scaleLinear()
      .domain([0, dMax])
      .range([M.left, W - M.right]);
    const y = scaleLinear()
      .domain([c.fMin, c.fMax > c.fMin ? c.fMax : c.fMin + 1])
      .range([H - M.bottom, M.top])
      .nice(4);
    const pts = Array.from(c.d, (d, i) => [d, c.f[i]] as [number, number]);
    const path =
      line()
        .defined(([, v]) => Number.isFinite(v))
        .x(([d]) => x(d))
        .y(([, v]) => y(v))(pts) ?? '';
    const ring = markMinimum ? argminDistance(f, dMax) : null;
    return { x, y, path, ring };
  }, [f, dMax, markMinimum]);

  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const d = x.invert(((e.clientX - rect.left) / rect.width) * W);
    setHoverD(d >= 0 && d <= dMax ? d : null);
  };
  const [bottom, top] = y.range();
  const unbounded = !Number.isFinite(maxDistance);

  return (
    <figure
      className="mv-inhibitor"
      title={`Inhibitor ${formula ?? 'f(d)'}: the penalty coefficient of a weight between two units at distance d${unbounded ? ' (unbounded space: shown up to d = 10)' : ', up to the largest distance on this manifold'}`}
    >
      <svg viewBox={`0 0 ${W} ${H}`} onPointerMove={onMove} onPointerLeave={() => setHoverD(null)}>
        <path className="mv-axis" d={`M${M.left},${top}V${bottom}H${W - M.right}`} />
        {x.ticks(5).map((t) => (
          <text key={`x${t}`} x={x(t)} y={bottom + 11} textAnchor="middle">
            {fmt(t)}
          </text>
        ))}
        {y.ticks(4).map((t) => (
          <text key={`y${t}`} x={M.left - 4} y={y(t) + 3} textAnchor="end">
            {fmt(t)}
          </text>
        ))}
        <text x={(M.left + W - M.right) / 2} y={H - 2} textAnchor="middle">
          distance d
        </text>
        <text transform={`translate(9 ${(top + bottom) / 2}) rotate(-90)`} textAnchor="middle">
          coefficient f(d)
        </text>
        {ring !== null && (
          <g>
            <title>{`Zero-penalty ring: weights between units at d ≈ ${fmt(ring)} cost the least (f = ${fmt(f(ring))})`}</title>
            <line className="mv-ring" x1={x(ring)} x2={x(ring)} y1={top} y2={bottom} />
            <text x={x(ring) + 3} y={top + 8}>{`ring d≈${fmt(ring)}`}</text>
          </g>
        )}
        <path className="mv-curve" d={path} />
        {hoverD !== null && (
          <g>
            <line
              className="mv-axis"
              x1={x(hoverD)}
              x2={x(hoverD)}
              y1={top}
              y2={bottom}
              strokeDasharray="2 3"
            />
            <text
              x={W - M.right}
              y={top + 8}
              textAnchor="end"
            >{`f(${fmt(hoverD)}) = ${fmt(f(hoverD))}`}</text>
          </g>
        )}
      </svg>
    </figure>
  );
}
