/**
 * Legend under the 3D view: what the neuron colours mean for the current selection, with
 * the sequential scale's range (its maximum is written by the frame loop, not by React).
 */
import type { RefObject } from 'react';
import type { NeuronColorMode } from './NeuronPoints';
import { NEURON_COLOR, SELECTED_COLOR, sequential } from './palette';

export interface ManifoldLegendProps {
  selected: number | null;
  mode: NeuronColorMode;
  maxRef: RefObject<HTMLSpanElement | null>;
}

const gradient = `linear-gradient(to right, ${Array.from({ length: 9 }, (_, i) => sequential(i / 8)).join(', ')})`;

export function ManifoldLegend({ selected, mode, maxRef }: ManifoldLegendProps) {
  if (selected === null) {
    return (
      <div className="mv-legend">
        <span title="No unit selected: every unit has the same colour">
          <i className="mv-swatch-box" style={{ background: NEURON_COLOR }} /> hidden unit: click
          one to colour the others by their connection to it
        </span>
      </div>
    );
  }
  const what =
    mode === 'weights'
      ? 'max(|W_hh[j, sel]|, |W_hh[sel, j]|): the stronger of the two recurrent weights between unit j and the selected unit (pruned counts as 0)'
      : 'coefficient C[sel, j] = f(d(p_sel, p_j)): the penalty per unit weight between unit j and the selected unit';
  return (
    <div className="mv-legend">
      <span title="The selected unit, in the same colour as its row and column in the heatmap">
        <i className="mv-swatch-box" style={{ background: SELECTED_COLOR }} />
        <span className="mv-selected">unit {selected}</span>
      </span>
      <span title={`Colour of every other unit j: ${what}. Scale from 0 to the largest value.`}>
        {mode === 'weights' ? '|W_hh| to/from it' : 'f(d) to it'}{' '}
        <span className="mv-value">0</span>
        <i className="mv-gradient" style={{ background: gradient }} />
        <span className="mv-value" ref={maxRef}>
          –
        </span>
      </span>
    </div>
  );
}
