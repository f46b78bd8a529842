/**
 * The lab's coarse state (fast values stay out of React: docs/architecture.md §State): the applied
 * run config, run status, backend, selection and the message line. Streaming metrics and snapshots
 * live in the stores of src/state/streams, read by the views' own frame loops.
 */
import { create } from 'zustand';
import type { RunConfig } from '../core/config/schema';
import type {
  BackendInfo,
  BackendPreference,
  JobProgress,
  RunState,
  TopologyReply,
} from '../../workers/protocol';

export type Notice = {
  kind: 'error' | 'info';
  text: string;
  /** A way out offered with the message (e.g. restart the worker). */
  action?: { label: string; run: () => void };
} | null;

export interface LabState {
  config: RunConfig | null;
  run: RunState;
  backend: BackendInfo | null;
  backendPreference: BackendPreference;
  selected: number | null;
  colorMode: 'weights' | 'coefficients';
  notice: Notice;
  /** Field path → message for a refused control value; the applied config is unchanged. */
  fieldErrors: Record<string, string>;
  /** Long work in the worker, by job; null when none runs. */
  jobs: Partial<Record<JobProgress['job'], JobProgress | null>>;
  /** The latest persistent homology of the embedding. */
  topology: TopologyReply | null;
  actions: {
    setConfig(config: RunConfig): void;
    setRun(run: RunState): void;
    setBackend(backend: BackendInfo | null): void;
    setBackendPreference(preference: BackendPreference): void;
    select(neuron: number | null): void;
    setColorMode(mode: 'weights' | 'coefficients'): void;
    notify(notice: Notice): void;
    setFieldError(path: string, message: string | null): void;
    setJob(job: JobProgress['job'], progress: JobProgress | null): void;
    setTopology(topology: TopologyReply | null): void;
  };
}

const idleRun: RunState = {
  status: 'idle',
  step: 0,
  epoch: 0,
  totalSteps: 0,
  stepsPerSecond: 0,
  message: '',
};

export const useLab = create<LabState>()((set) => ({
  config: null,
  run: idleRun,
  backend: null,
  backendPreference: 'auto',
  selected: null,
  colorMode: 'weights',
  notice: null,
  fieldErrors: {},
  jobs: {},
  topology: null,
  actions: {
    setConfig: (config) => set({ config, selected: null }),
    setRun: (run) => set({ run }),
    setBackend: (backend) => set({ backend }),
    setBackendPreference: (backendPreference) => set({ backendPreference }),
    select: (selected) => set({ selected }),
    setColorMode: (colorMode) => set({ colorMode }),
    notify: (notice) => set({ notice }),
    setJob: (job, progress) => set((s) => ({ jobs: { ...s.jobs, [job]: progress } })),
    setTopology: (topology) => set({ topology }),
    setFieldError: (path, message) =>
      set((s) => {
        const fieldErrors = { ...s.fieldErrors };
        if (message) fieldErrors[path] = message;
        else delete fieldErrors[path];
        return { fieldErrors };
      }),
  },
}));

export const useLabActions = () => useLab((s) => s.actions);
