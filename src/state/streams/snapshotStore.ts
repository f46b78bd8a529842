/**
 * Holds the latest weight/embedding snapshot outside React. The app calls `set` on each
 * worker `snapshot` event; the heatmap and the 3D view compare `version` in their own frame
 * loops, so a snapshot costs a redraw, never a React render.
 */
import type { Snapshot } from '../../../workers/protocol';

export class SnapshotStore {
  current: Snapshot | null = null;
  /** Bumped on every set/clear. */
  version = 0;

  set(snapshot: Snapshot): void {
    this.current = snapshot;
    this.version++;
  }

  clear(): void {
    this.current = null;
    this.version++;
  }
}
