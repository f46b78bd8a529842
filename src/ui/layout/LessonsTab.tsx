/** The Lessons tab: guided presets a lecturer can load, with what to look at. */
import { applyConfig } from '../../state/trainerClient';
import { LessonPanel, readClassroomParams } from '../lessons';

/** `?lesson=<id>` opens that lesson (and main.tsx loads its config). */
const lessonFromLink = readClassroomParams(window.location.search).lesson;

export function LessonsTab() {
  return <LessonPanel initialId={lessonFromLink} onLoad={(config) => void applyConfig(config)} />;
}
