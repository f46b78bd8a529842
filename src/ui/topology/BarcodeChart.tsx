/** The barcode: one bar per persistence pair, from birth to death distance, banded by dimension. */
import { layoutBarcode, type BarcodeLayout } from './barcodeLayout';
import { drawBarcode, drawBarHover } from './drawBarcode';
import { hitBar } from './hitTest';
import { PairPlot, type PairPlotKind, type PairPlotProps } from './PairPlot';

const barcode: PairPlotKind<BarcodeLayout> = {
  margin: { left: 40, right: 8, top: 4, bottom: 30 },
  layout: layoutBarcode,
  drawBase: drawBarcode,
  drawHover: drawBarHover,
  hit: hitBar,
  label:
    'Barcode: one bar per topological feature, from the distance it appears to the distance it disappears',
  emptyMessage: 'no barcode yet: press Compute',
};

export function BarcodeChart(props: PairPlotProps) {
  return <PairPlot {...props} kind={barcode} />;
}
