/**
 * A lesson for the lecturer: the text to read aloud, what the preset runs, what to watch,
 * and one button that loads the preset as the current run (validated first).
 */
import { useMemo, useState } from 'react';
import type { RunConfig } from '../../core/config/schema';
import { parseRunConfig } from '../../core/config/validate';
import { configSummary } from './configSummary';
import { LessonPicker } from './LessonPicker';
import { lessons as allLessons, type Lesson } from '../../core/experiments/lessons';
import '../common/common.css';
import './lessons.css';

export interface LessonPanelProps {
  /** Loads the lesson's (validated) config as the current run. */
  onLoad(config: RunConfig, lesson: Lesson): void;
  /** Lesson shown first (e.g. from `?lesson=` in the address). */
  initialId?: string | null;
  lessons?: Lesson[];
}

export function LessonPanel({ onLoad, initialId, lessons = allLessons }: LessonPanelProps) {
  const [id, setId] = useState(() =>
    lessons.some((l) => l.id === initialId) ? initialId! : lessons[0].id,
  );
  const lesson = lessons.find((l) => l.id === id) ?? lessons[0];
  const parsed = useMemo(() => parseRunConfig(lesson.config), [lesson]);
  return (
    <section className="lab-panel ls-panel" aria-label="Lessons">
      <LessonPicker lessons={lessons} value={lesson.id} onChange={setId} />
      <h3 title="The lesson's title">{lesson.title}</h3>
      <p className="ls-text" title="Text to read aloud to the class">
        {lesson.text}
      </p>
      <p
        className="mv-note"
        title="What the preset runs: task, manifold and units, penalty, pruning and length. It is much smaller than the paper's runs (n = 4096, 30 000 steps), so it shows directions, not sizes."
      >
        {parsed.ok ? configSummary(parsed.value) : `This preset does not validate: ${parsed.error}`}
      </p>
      <h4 title="Where to look while it trains and afterwards">Look at</h4>
      <ul className="ls-look">
        {lesson.lookAt.map((claim) => (
          <li
            key={claim.id}
            title={`Checked by the lab's tests, which train this lesson: ${claim.measure}`}
          >
            {claim.text}
          </li>
        ))}
      </ul>
      <button
        className="primary"
        disabled={!parsed.ok}
        onClick={() => parsed.ok && onLoad(parsed.value, lesson)}
        title="Replace the current run with this lesson's preset (a fresh model; press Train to start)"
      >
        Load this lesson
      </button>
    </section>
  );
}
