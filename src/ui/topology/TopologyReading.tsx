/**
 * The barcode read in plain English (the core's describeBarcode), and an always-visible note
 * on how to read barcodes at all.
 */
import { describeBarcode, LONG_BAR_FRACTION, type PersistenceResult } from '../../core/topology';

export function TopologyReading({ result }: { result: PersistenceResult | null }) {
  return (
    <div className="mv-topo-reading">
      <p
        className="mv-topo-verdict"
        title={`What the long bars say about the shape of the hidden units' positions. Long means at least ${LONG_BAR_FRACTION * 100}% of the computed range and clearly longer than the rest; homology is over Z/2, so a Klein bottle reads like a torus.`}
      >
        {result ? describeBarcode(result) : 'No barcode yet: press Compute to read the shape.'}
      </p>
      <p
        className="mv-topo-explain"
        title="Persistent homology: connect every pair of points closer than d and watch which clusters, loops and voids appear and disappear as d grows from 0."
      >
        As the distance d grows, points closer than d are joined. Each bar is a feature that appears
        at one d and disappears at a larger one. <b>Long bars are real shape</b>; many short bars
        are noise. One long H1 bar: a circle. Two long H1 bars and one long H2 bar: a torus.
      </p>
    </div>
  );
}
