/**
 * The topology panel (docs/science.md §Topology): barcode, persistence diagram and their reading
 * for the hidden units' positions. Presentational; the app computes the barcode and passes it in.
 */
export { TopologyPanel, type TopologyPanelProps } from './TopologyPanel';
