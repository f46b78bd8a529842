/**
 * The page's side of the service worker (./serviceWorker.ts): registers it in the built lab
 * and, on a host that does not send the isolation headers itself, reloads once after the
 * worker takes control, so that the page comes back cross-origin isolated (WASM threads).
 * When isolation cannot be had, `isolationProblem()` says why, for the backend badge.
 * The dev server sends the headers itself, and a worker caching its files would only get in
 * the way of hot reloading, so nothing is registered there.
 */
import type { NewBuildMessage, UpdateQuery } from './cacheRules';
import { SERVICE_WORKER_FILE } from './serviceWorkerFile';

/** Set just before the one reload, cleared once the page is isolated: no reload loops. */
const RELOADED_KEY = 'moduli-lab-isolation-reload';
/** The first install caches the whole lab (a few MB); on a slow network give up after this. */
const INSTALL_TIMEOUT_MS = 120_000;

let problem: string | null = null;

/** Why this page is not cross-origin isolated, or null when it is (or the reason is unknown). */
export const isolationProblem = (): string | null =>
  globalThis.crossOriginIsolated ? null : problem;

const notIsolated = 'the page is not cross-origin isolated: ';

/**
 * Registers the service worker and resolves when the lab may start: at once when the page is
 * already isolated (the worker then only caches for offline use), or when isolation turned out
 * impossible (`isolationProblem()` then says why). Never resolves when it reloads the page.
 * `onUpdate` is told when a newer build's worker has replaced the build this page runs.
 */
export function prepareIsolation(onUpdate: () => void): Promise<void> {
  // Never rejects: the lab starts, on one thread if need be (storage can throw, for one).
  return prepare(onUpdate).catch((e: Error) => {
    problem = `${notIsolated}${e.message}`;
  });
}

async function prepare(onUpdate: () => void): Promise<void> {
  if (!import.meta.env.PROD) {
    problem = `${notIsolated}the server does not send the COOP/COEP headers`;
    return;
  }
  if (!('serviceWorker' in navigator)) {
    problem = window.isSecureContext
      ? `${notIsolated}this browser gives the page no service worker (a private window?)`
      : `${notIsolated}service workers need https (or localhost), and this page came over http`;
    return;
  }
  const { serviceWorker } = navigator;
  // A newer build's worker, once it has taken over, says so; this page runs the build it
  // loaded until it reloads. (Listened to at once: the update may be found during page load.)
  let told = false;
  serviceWorker.addEventListener('message', (e: MessageEvent<NewBuildMessage | undefined>) => {
    if (e.data?.kind !== 'new-build' || told) return;
    told = true;
    onUpdate();
  });
  // The worker's own announcement can miss a page that was still loading: ask as well.
  const query: UpdateQuery = { kind: 'updated-since', since: performance.timeOrigin };
  void serviceWorker.ready.then((r) => r.active?.postMessage(query));
  const registering = serviceWorker.register(`${import.meta.env.BASE_URL}${SERVICE_WORKER_FILE}`, {
    scope: import.meta.env.BASE_URL,
  });
  if (globalThis.crossOriginIsolated) {
    // Isolated already (the host sends the headers, or the worker does): the lab starts now,
    // and the worker only keeps the lab for offline use.
    sessionStorage.removeItem(RELOADED_KEY);
    registering.catch((e: Error) =>
      console.warn(`The lab cannot be kept for offline use: ${e.message}`),
    );
    return;
  }
  let registration: ServiceWorkerRegistration;
  try {
    registration = await registering;
  } catch (e) {
    problem = `${notIsolated}the service worker could not be registered (${(e as Error).message})`;
    return;
  }
  if (sessionStorage.getItem(RELOADED_KEY)) {
    problem = `${notIsolated}the browser refused it even with the service worker's headers`;
    return;
  }
  // A hard reload bypasses an active worker; otherwise wait for the first install to finish.
  const failure = serviceWorker.controller || registration.active ? null : await installed();
  if (failure) {
    problem = `${notIsolated}${failure}`;
    return;
  }
  sessionStorage.setItem(RELOADED_KEY, '1');
  window.location.reload();
  return new Promise<void>(() => {});

  /** Null once the new worker controls the page, else why it did not. */
  function installed(): Promise<string | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => resolve('the service worker took too long to install (slow network?)'),
        INSTALL_TIMEOUT_MS,
      );
      const done = (why: string | null) => {
        clearTimeout(timer);
        resolve(why);
      };
      serviceWorker.addEventListener('controllerchange', () => done(null), { once: true });
      const worker = registration.installing ?? registration.waiting;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'redundant')
          done('the service worker failed to install (a file of the lab could not be fetched)');
      });
    });
  }
}
