/**
 * The Probes tab: free-run the current network from a place, along a dragged path, or
 * after a kick, and watch its activity on the manifold (teaching attractor geometry).
 */
import { useEffect, useState } from 'react';
import type { RunConfig } from '../../core/config/schema';
import type { ProbeRequest, ProbeResult } from '../../core/probes';
import { useLab } from '../../state/labStore';
import { probeActivity } from './probeActivity';
import { snapshots, trainer } from '../../state/trainerClient';
import { hasReference } from '../../core/attractor/reference';
import { ProbePanel } from '../probes';

export function ProbesTab({ config }: { config: RunConfig }) {
  const status = useLab((s) => s.run.status);
  const [centres, setCentres] = useState<Float32Array | null>(null);
  useEffect(() => {
    let live = true;
    void trainer.placeCellCentres().then((c) => live && setCentres(c));
    return () => {
      live = false;
    };
  }, [config]);
  const running = status === 'running';
  return (
    <ProbePanel
      onRun={(request: ProbeRequest) => trainer.probe(request) as Promise<ProbeResult>}
      placeCellCentres={centres}
      hidden={config.model.hidden}
      activity={probeActivity}
      boxMeters={config.task.kind === 'navigation' ? config.task.boxMeters : undefined}
      disabledReason={running ? 'Pause training to probe the network as it is now' : null}
      manifold={{
        id: config.geometry.manifold,
        dimension: config.geometry.dimension,
        source: snapshots,
      }}
      hasReference={config.task.kind === 'navigation' && hasReference(config.geometry.manifold)}
      onReport={() => trainer.attractorReport()}
    />
  );
}
