/**
 * The training worker's entry: exposes its Session over comlink as it is (its public methods
 * are the TrainerApi of ./protocol.ts). Typed arrays in events are transferred, not copied.
 */
import '../src/core/config/zodSetup';
import * as Comlink from 'comlink';
import { startBackend } from './backend';
import type { EventMessage, WorkerEvent } from './protocol';
import { Session } from './session';

function transferables(event: WorkerEvent): Transferable[] {
  if (event.type !== 'snapshot') return [];
  const s = event.snapshot;
  const buffers = [s.whh, s.whhMask, s.embedding, s.scene, s.positionOrder].map((a) => a.buffer);
  // A buffer listed twice would make postMessage throw.
  return [...new Set(buffers)];
}

function post(event: WorkerEvent): void {
  const message: EventMessage = { workerEvent: event };
  self.postMessage(message, { transfer: transferables(event) });
}

Comlink.expose(new Session(post, startBackend));
