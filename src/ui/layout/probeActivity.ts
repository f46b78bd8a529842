/** Probe activity shared by the probe panel (which plays it) and the 3D view (which paints it). */
import { ActivityStore } from '../ui/probes';

export const probeActivity = new ActivityStore();
