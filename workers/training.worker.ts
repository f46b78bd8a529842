/**
 * The training worker's entry: starts a backend and exposes the TrainerApi over comlink.
 * Typed arrays in events are transferred, not copied.
 */
import '../src/core/config/zodSetup';
import * as Comlink from 'comlink';
import { startBackend } from './backend';
import type { EventMessage, TrainerApi, WorkerEvent } from './protocol';
import { memory, Session } from './session';

let session: Session | null = null;

function transferables(event: WorkerEvent): Transferable[] {
  if (event.type !== 'snapshot') return [];
  const s = event.snapshot;
  return [s.whh.buffer, s.whhMask.buffer, s.embedding.buffer, s.scene.buffer];
}

function post(event: WorkerEvent): void {
  const message: EventMessage = { workerEvent: event };
  self.postMessage(message, { transfer: transferables(event) });
}

function need(): Session {
  if (!session) throw new Error('The worker has not been initialised');
  return session;
}

const api: TrainerApi = {
  async init(preference) {
    const backend = await startBackend(preference);
    session = new Session(post);
    post({ type: 'backend', backend });
    return backend;
  },
  configure: (config) => need().configure(config),
  play: () => need().play(),
  pause: () => need().pause(),
  step: (count) => need().step(count),
  reset: () => need().reset(),
  setStepsPerUpdate: async (steps) => need().setStepsPerUpdate(steps),
  requestSnapshot: () => need().requestSnapshot(),
  validate: () => need().validate(),
  coefficientRow: (neuron) => need().coefficientRow(neuron),
  computeTopology: (maxDimension) => need().computeTopology(maxDimension),
  setTopologyEvery: async (steps) => need().setTopologyEvery(steps),
  runComparison: (config) => need().runComparison(config),
  cancelComparison: async () => need().cancelComparison(),
  rollback: (learningRate) => need().rollback(learningRate),
  probe: (request) => need().probe(request),
  memory: async () => memory(),
  explainedStep: () => need().explainedStep(),
  loadText: (bytes, name) => need().loadText(bytes, name),
  sampleText: (prompt, length, temperature) => need().sampleText(prompt, length, temperature),
  placeCellCentres: () => need().placeCellCentres(),
  attractorReport: () => need().attractorReport(),
  exportRun: () => need().exportRun(),
  exportCsr: () => need().exportCsr(),
  importRun: (text) => need().importRun(text),
};

Comlink.expose(api);
