/** The Topology tab: the panel of src/ui/topology wired to the worker and the store. */
import { useState } from 'react';
import type { RunConfig } from '../../core/config/schema';
import { manifoldLabels } from '../../core/manifolds';
import type { PersistenceResult } from '../../core/topology';
import { useLab } from '../../state/labStore';
import { trainer } from '../../state/trainerClient';
import { TopologyPanel } from '../topology';

export function TopologyTab({ config }: { config: RunConfig }) {
  const topology = useLab((s) => s.topology);
  const job = useLab((s) => s.jobs.topology ?? null);
  const [computing, setComputing] = useState(false);
  const [autoEvery, setAutoEvery] = useState<number | null>(null);
  const onCompute = async (maxDimension: 0 | 1 | 2) => {
    setComputing(true);
    await trainer.computeTopology(maxDimension);
    setComputing(false);
  };
  const onAutoEveryChange = (steps: number | null) => {
    setAutoEvery(steps);
    void trainer.setTopologyEvery(steps);
  };
  return (
    <TopologyPanel
      result={(topology?.result as PersistenceResult | undefined) ?? null}
      computing={computing}
      progress={job?.fraction ?? 0}
      error={null}
      manifoldLabel={manifoldLabels[config.geometry.manifold]}
      onCompute={(d) => void onCompute(d)}
      autoEvery={config.geometry.embedding === 'trained' ? autoEvery : null}
      onAutoEveryChange={onAutoEveryChange}
      step={topology?.step ?? null}
    />
  );
}
