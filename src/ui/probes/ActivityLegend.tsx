/**
 * Legend of the 3D view while a probe plays: the units are coloured by their activity at the
 * current time step (the maximum is written by the 3D view's frame loop, not by React).
 */
import type { RefObject } from 'react';
import { sequentialGradient } from '../views/neuronColors';

export function ActivityLegend({ maxRef }: { maxRef: RefObject<HTMLSpanElement | null> }) {
  return (
    <div className="mv-legend">
      <span title="Colour of every unit j: its activity h_j(t) at the probe's current time step. The scale runs from 0 (silent) to the largest activity over the whole probe run, so a fading pattern darkens (or, with 'scale per frame', to this frame's largest); negative values (tanh) are drawn as 0. A bump is a patch of bright units on the manifold.">
        activity h_j(t) <span className="mv-value">0</span>
        <i className="mv-gradient" style={{ background: sequentialGradient }} />
        <span className="mv-value" ref={maxRef}>
          –
        </span>
      </span>
    </div>
  );
}
