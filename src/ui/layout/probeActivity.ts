/** Probe activity shared by the probe panel (which plays it) and the 3D view (which paints it). */
import { ActivityStore } from '../probes/activityStore';

export const probeActivity = new ActivityStore();
