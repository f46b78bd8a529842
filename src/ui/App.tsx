/** The lab's page: transport on top, settings left, neurons centre, charts right. */
import { useLab } from '../state/labStore';
import { metrics, validation } from '../state/trainerClient';
import { FocusHelp } from './common';
import { ConfigPanel } from './controls/ConfigPanel';
import { classroomChartHeight, useViewportHeight } from './layout/classroomLayout';
import { NeuronViews } from './layout/NeuronViews';
import { FirstVisit } from './layout/FirstVisit';
import { Notice } from './layout/Notice';
import { ResumeOffer } from './layout/ResumeOffer';
import { TopBar } from './layout/TopBar';
import { useKeyboardShortcuts } from './layout/keyboardShortcuts';
import { MetricChartStack } from './views/MetricChartStack';
import { readClassroomParams } from './lessons';
import './app.css';
import './layout/classroom.css';

/** `?classroom`: controls hidden, views enlarged, for a projector. */
const { classroom } = readClassroomParams(window.location.search);

export function App() {
  const config = useLab((s) => s.config);
  const viewportHeight = useViewportHeight();
  useKeyboardShortcuts();
  return (
    <div className={classroom ? 'lab classroom' : 'lab'}>
      <TopBar />
      <FocusHelp />
      <Notice />
      <ResumeOffer />
      {!classroom && <FirstVisit />}
      {config ? (
        <main className="columns">
          {!classroom && <ConfigPanel config={config} />}
          <NeuronViews config={config} classroom={classroom} />
          <section className="charts" aria-label="Training charts">
            <MetricChartStack
              metrics={metrics}
              validation={validation}
              task={config.task.kind}
              // The adding MSE falls by decades; navigation's cross-entropy moves by a few percent.
              logLoss={config.task.kind === 'adding'}
              chartHeight={classroom ? classroomChartHeight(viewportHeight) : undefined}
            />
          </section>
        </main>
      ) : (
        <p className="loading">Starting the training worker…</p>
      )}
    </div>
  );
}
