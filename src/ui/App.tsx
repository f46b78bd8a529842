/** The lab's page: transport on top, settings left, neurons centre, charts right. */
import { useEffect } from 'react';
import { useLab } from '../state/labStore';
import { metrics, trainer, validation } from '../state/trainerClient';
import { ConfigPanel } from './controls/ConfigPanel';
import { NeuronViews } from './layout/NeuronViews';
import { FirstVisit } from './layout/FirstVisit';
import { Notice } from './layout/Notice';
import { ResumeOffer } from './layout/ResumeOffer';
import { TopBar } from './layout/TopBar';
import { MetricChartStack } from './views/MetricChartStack';
import { readClassroomParams } from './lessons';
import './app.css';

function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, select, textarea') || e.metaKey || e.ctrlKey) return;
      const running = useLab.getState().run.status === 'running';
      if (e.key === ' ') {
        e.preventDefault();
        void (running ? trainer.pause() : trainer.play());
      } else if (e.key === 's' && !running) void trainer.step(1);
      else if (e.key === 'r') void trainer.reset();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** `?classroom`: controls hidden, views enlarged, for a projector. */
const { classroom } = readClassroomParams(window.location.search);

export function App() {
  const config = useLab((s) => s.config);
  useKeyboardShortcuts();
  return (
    <div className={classroom ? 'lab classroom' : 'lab'}>
      <TopBar />
      <Notice />
      <ResumeOffer />
      {!classroom && <FirstVisit />}
      {config ? (
        <main className="columns">
          {!classroom && <ConfigPanel config={config} />}
          <NeuronViews config={config} />
          <section className="charts" aria-label="Training charts">
            <MetricChartStack
              metrics={metrics}
              validation={validation}
              task={config.task.kind}
              // The adding MSE falls by decades; navigation's cross-entropy moves by a few percent.
              logLoss={config.task.kind === 'adding'}
            />
          </section>
        </main>
      ) : (
        <p className="loading">Starting the training worker…</p>
      )}
    </div>
  );
}
