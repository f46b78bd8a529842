/**
 * The probe frame on show, outside React: the probe panel writes the activity of the current
 * time step here, and the 3D view's frame loop reads it to colour the units, so an animation
 * costs a recolour per frame, never a React render. React hears only when a probe starts or
 * stops being shown (to swap the legend), through `subscribe`.
 */

/** What the 3D view reads (ManifoldView's `activity`). */
export interface ActivitySource {
  /** h_j(t) for every unit j at the frame on show, or null when no probe is shown. */
  readonly current: Float32Array | null;
  /** Top of the colour scale; 0 means the frame's own maximum. */
  readonly scale: number;
  /** Frame on show: 0 = h0, t = h_t. */
  readonly frame: number;
  /** Bumped on every change. */
  readonly version: number;
  /**
   * The places of the units the activity belongs to, when they are not the run's own (the
   * hand-built reference's lattice, in the run's coordinates); null: the run's units.
   */
  readonly units: Float32Array | null;
  /** Calls back when a probe starts or stops being shown, or its units change (not on every frame). */
  subscribe(onShownChange: () => void): () => void;
}

export class ActivityStore implements ActivitySource {
  current: Float32Array | null = null;
  scale = 0;
  frame = 0;
  version = 0;
  units: Float32Array | null = null;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Shows frame `frame` with activity `values` on a scale topped at `scale`, of `units` (null: the run's). */
  show(
    values: Float32Array,
    frame: number,
    scale: number,
    units: Float32Array | null = null,
  ): void {
    const changed = this.current === null || units !== this.units;
    this.current = values;
    this.frame = frame;
    this.scale = scale;
    this.units = units;
    this.version++;
    if (changed) this.notify();
  }

  /** Back to the normal colouring. */
  clear(): void {
    if (this.current === null) return;
    this.current = null;
    this.units = null;
    this.frame = 0;
    this.version++;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

const noSubscription = () => () => {};

/** A fixed activity vector as a source (ManifoldView also accepts a plain Float32Array). */
export function constantActivity(values: Float32Array): ActivitySource {
  return {
    current: values,
    scale: 0,
    frame: 0,
    version: 0,
    units: null,
    subscribe: noSubscription,
  };
}
