/** The latest comparison's result and table; kept outside the tab so switching tabs keeps it. */
import { create } from 'zustand';
import type { ComparisonResult } from '../core/experiments/runner';
import type { ComparisonTable } from '../core/experiments/table';

export interface ComparisonState {
  result: ComparisonResult | null;
  table: ComparisonTable | null;
  set(result: ComparisonResult, table: ComparisonTable): void;
}

export const useComparison = create<ComparisonState>()((set) => ({
  result: null,
  table: null,
  set: (result, table) => set({ result, table }),
}));
