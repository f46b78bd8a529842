import './core/config/zodSetup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { runConfig } from './core/config/validate';
import { simulateWorkerCrash, startWorker, workerMemory } from './state/trainerClient';
import { useLab } from './state/labStore';
import { readUrlConfig, urlForConfig } from './state/urlConfig';
import { defaultRunConfig } from './state/firstVisit';
import { prepareIsolation } from './offline/isolation';
import { App } from './ui/App';
import { lessonById, readClassroomParams } from './ui/lessons';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// A console handle for tests and debugging (`moduliLab.workerMemory()`, `…simulateWorkerCrash()`).
Object.assign(window, { moduliLab: { simulateWorkerCrash, workerMemory } });

const fromLink = readUrlConfig(window.location.search);
const lessonId = readClassroomParams(window.location.search).lesson;
const lesson = lessonId ? lessonById(lessonId) : undefined;
const { notify } = useLab.getState().actions;
if (fromLink?.error) notify({ kind: 'error', text: fromLink.error });

// The address always describes the loaded run, so copying it shares the setup.
useLab.subscribe((state, previous) => {
  if (state.config && state.config !== previous.config) {
    window.history.replaceState(null, '', urlForConfig(state.config, window.location.href));
  }
});

const backendParam = new URLSearchParams(window.location.search).get('backend');
const backend =
  (['webgpu', 'webgl', 'wasm', 'cpu'] as const).find((b) => b === backendParam) ?? 'auto';
useLab.getState().actions.setBackendPreference(backend);

const newVersion = () =>
  notify({
    kind: 'info',
    text: 'A new version of the lab is installed: reload the page to use it.',
  });

// The worker starts once the page is as isolated as it can get (on a static host the service
// worker may reload it first, to add the headers WASM threads need). A run in the link wins;
// otherwise a linked lesson's config; otherwise the quick start (the first-visit run).
prepareIsolation(newVersion)
  .then(() =>
    startWorker(
      backend,
      fromLink?.config ?? (lesson ? runConfig(lesson.config) : defaultRunConfig()),
    ),
  )
  .catch((e: Error) => notify({ kind: 'error', text: `Could not start training: ${e.message}` }));
