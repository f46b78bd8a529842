/** The Lessons tab: guided presets a lecturer can load, with what to look at. */
import { useLab } from '../../state/labStore';
import { applyConfig, trainer } from '../../state/trainerClient';
import { LessonPanel, readClassroomParams, StepWalkthrough } from '../lessons';

/** `?lesson=<id>` opens that lesson (and main.tsx loads its config). */
const lessonFromLink = readClassroomParams(window.location.search).lesson;

export function LessonsTab() {
  const running = useLab((s) => s.run.status === 'running');
  return (
    <>
      <LessonPanel initialId={lessonFromLink} onLoad={(config) => void applyConfig(config)} />
      <StepWalkthrough
        onStep={() => trainer.explainedStep()}
        disabledReason={running ? 'Pause training to walk through one step' : null}
      />
    </>
  );
}
