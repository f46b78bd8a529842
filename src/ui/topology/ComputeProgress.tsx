/** The progress bar shown while a barcode is being computed, with the time spent so far. */
import { useEffect, useState } from 'react';
import { percentDone, ProgressBar } from '../common';

export function ComputeProgress({ progress }: { progress: number }) {
  const [elapsedSeconds, setElapsedSeconds] = useState(0);
  useEffect(() => {
    const start = performance.now();
    const id = setInterval(() => setElapsedSeconds((performance.now() - start) / 1000), 250);
    return () => clearInterval(id);
  }, []);
  const percent = percentDone(progress);
  return (
    <ProgressBar
      classPrefix="mv-topo"
      percent={percent}
      title="Progress of the persistent-homology computation. Each dimension from H1 up gets an equal share, so it is not linear in time: H2 takes far longer than H1."
    >
      <span className="mv-value">
        {percent}% · {elapsedSeconds.toFixed(0)} s
      </span>
    </ProgressBar>
  );
}
