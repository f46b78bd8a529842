/** Choosing a lesson: a plain select, each option explained by its lesson's first sentence. */
import type { Lesson } from '../../core/experiments/lessons';

export interface LessonPickerProps {
  lessons: Lesson[];
  value: string;
  onChange(id: string): void;
}

const firstSentence = (text: string) => text.split(/(?<=[.!?])\s/)[0];

export function LessonPicker({ lessons, value, onChange }: LessonPickerProps) {
  const current = lessons.find((l) => l.id === value);
  return (
    <label
      className="ls-picker"
      title={`Choose a guided lesson: a short text to read, a run preset and what to watch.${current ? ` Now: ${firstSentence(current.text)}` : ''}`}
    >
      Lesson{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {lessons.map((l, i) => (
          <option key={l.id} value={l.id} title={firstSentence(l.text)}>
            {i + 1}. {l.title}
          </option>
        ))}
      </select>
    </label>
  );
}
