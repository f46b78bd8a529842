/** What every mark in the barcode and the persistence diagram means, explained on hover. */
import { LONG_BAR_FRACTION, LONG_BAR_GAP } from '../../core/topology';

const DIMENSIONS = [
  {
    label: 'H0 clusters',
    title:
      'H0, connected components: every point starts as its own cluster at d = 0; a bar ends when its cluster merges into another. One bar never ends: the whole cloud.',
  },
  {
    label: 'H1 loops',
    title:
      'H1, loops: a bar starts when points close a loop around a hole and ends when the hole fills in. A circle shows one long H1 bar, a torus two.',
  },
  {
    label: 'H2 voids',
    title:
      'H2, enclosed voids: a bar starts when a surface closes around a cavity and ends when it fills in. A torus or a sphere shows one long H2 bar.',
  },
];

const LONG = `Long bar (large dot): at least ${LONG_BAR_FRACTION * 100}% of the computed range and at least ${LONG_BAR_GAP}× longer than the next bar of its dimension. Long bars are real shape: the reading below counts them.`;

export function TopologyLegend() {
  return (
    <ul className="mv-legend mv-topo-legend">
      {DIMENSIONS.map(({ label, title }, d) => (
        <li key={label} title={title}>
          <i className="mv-swatch-box" style={{ background: `var(--mv-topo-h${d})` }} />
          {label}
        </li>
      ))}
      <li title={LONG}>
        <svg className="mv-topo-glyph" viewBox="0 0 20 10" aria-hidden>
          <rect x="1" y="3" width="18" height="4" />
        </svg>
        long
      </li>
      <li title="Short bar (small faded dot): a feature that appears and disappears quickly: sampling noise, not shape.">
        <svg className="mv-topo-glyph mv-topo-faded" viewBox="0 0 20 10" aria-hidden>
          <rect x="1" y="4" width="10" height="2" />
        </svg>
        short (noise)
      </li>
      <li title="Essential: still alive at the end of the computed range, so its death is unknown (∞). Drawn to the right edge with an arrow, and on the dashed ∞ line of the diagram.">
        <svg className="mv-topo-glyph" viewBox="0 0 20 10" aria-hidden>
          <rect x="1" y="4" width="12" height="2" />
          <path d="M19 5 L12 1.5 L12 8.5 Z" />
        </svg>
        never dies (∞)
      </li>
      <li title="Diagram diagonal, birth = death: a point's height above it is its persistence. Points hugging it are noise; points far above it are the long bars.">
        <svg className="mv-topo-glyph mv-topo-line" viewBox="0 0 20 10" aria-hidden>
          <path d="M1 9 L19 1" />
        </svg>
        diagonal
      </li>
    </ul>
  );
}
