/**
 * The 3D view draws on demand (frameloop "demand"), not at 60 frames per second: a frame is
 * requested only when a snapshot or the probe activity changed. Continuous rendering kept the
 * UI thread busy (long tasks with software WebGL) for a picture that changes a few times a
 * second. Orbiting and gliding neurons request their own frames.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { SnapshotStore } from '../data/snapshotStore';
import type { ActivitySource } from '../probes/activityStore';

export function RenderOnChange({
  source,
  activity,
}: {
  source: SnapshotStore;
  activity?: ActivitySource | null;
}) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    let seen = '';
    let frame = 0;
    const check = () => {
      const key = `${source.version}:${activity?.version ?? -1}`;
      if (key !== seen) {
        seen = key;
        invalidate();
      }
      frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, [source, activity, invalidate]);
  return null;
}
