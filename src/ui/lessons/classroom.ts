/**
 * Classroom mode from the page address: `?classroom` (or `?classroom=1`, `?mode=classroom`)
 * hides the settings and enlarges the views for a projector; `?lesson=torus` opens a lesson.
 * The app reads this once at start and sets the `classroom` class on its root.
 */
export interface ClassroomParams {
  classroom: boolean;
  /** Id of a lesson to open, or null. */
  lesson: string | null;
}

export function readClassroomParams(search: string): ClassroomParams {
  const params = new URLSearchParams(search);
  const flag = params.get('classroom');
  const classroom =
    (flag !== null && flag !== '0' && flag !== 'false') || params.get('mode') === 'classroom';
  return { classroom, lesson: params.get('lesson') };
}
