/**
 * The welcome panel of a first visit: what the lab is, in two sentences, and three ways in —
 * the flagship lesson, the quick start (already loaded) and the paper's Table-1 run. Any
 * choice, or Dismiss, hides it for good in this browser (src/state/firstVisit.ts decides when
 * it is offered).
 */
import { useState } from 'react';
import {
  browserStorage,
  dismissFirstVisit,
  FIRST_LESSON_ID,
  offerFirstVisit,
  QUICK_START_ID,
  runPreset,
  TABLE1_RUN_ID,
} from '../../state/firstVisit';
import { useLab } from '../../state/labStore';
import { lessonById } from '../lessons';
import { loadRunPreset } from './loadPreset';
import './firstVisit.css';

/** The lab's address with the lesson opened instead of a run (backend choice kept). */
function lessonHref(id: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set('lesson', id);
  return url.toString();
}

export function FirstVisit() {
  const [open, setOpen] = useState(() => offerFirstVisit(window.location.search, browserStorage()));
  // The runs load into the worker: wait for it (the quick start is its first run).
  const ready = useLab((s) => s.config !== null);
  if (!open) return null;
  const lesson = lessonById(FIRST_LESSON_ID);
  const close = () => {
    dismissFirstVisit(browserStorage());
    setOpen(false);
  };
  const load = (id: string) => {
    close();
    void loadRunPreset(runPreset(id));
  };
  const starts = [
    lesson && {
      id: 'lesson',
      label: `Lesson: ${lesson.title}`,
      text: 'A guided run with what to look at, and probes of its attractor on the manifold.',
      onClick: () => {
        close();
        window.location.assign(lessonHref(lesson.id));
      },
      needsWorker: false,
    },
    {
      id: 'quick',
      label: 'Quick start',
      text: 'A small torus navigation run that learns in under a minute: press Train and watch the error fall.',
      onClick: () => load(QUICK_START_ID),
      needsWorker: true,
    },
    {
      id: 'table1',
      label: 'The paper’s Table 1 run',
      text: 'n = 256 units at browser scale, as in the paper’s Table 1: minutes to train, near chance for its first few hundred steps.',
      onClick: () => load(TABLE1_RUN_ID),
      needsWorker: true,
    },
  ].filter((s) => s !== undefined);

  return (
    <section className="first-visit" aria-labelledby="first-visit-title">
      <div className="fv-head">
        <h2 id="first-visit-title">Welcome to Moduli Lab</h2>
        <button onClick={close} title="Hide this panel; it will not come back in this browser">
          Dismiss
        </button>
      </div>
      <p className="fv-about">
        Moduli Lab trains a recurrent network in your browser with its hidden units placed on a
        manifold (a circle, a torus, a sphere…), where a penalty on long connections and pruning let
        the geometry shape the network, as in Mackey et al. (arXiv 2406.06290). Pick a start, press
        Train, and watch the units, the weights and the error change live.
      </p>
      <ul className="fv-starts">
        {starts.map((s) => (
          <li key={s.id}>
            <button
              className={s.id === 'quick' ? 'primary' : undefined}
              onClick={s.onClick}
              disabled={s.needsWorker && !ready}
              aria-describedby={`fv-${s.id}`}
            >
              {s.label}
            </button>
            <p id={`fv-${s.id}`}>{s.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
