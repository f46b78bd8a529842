/** Teaching: guided lessons, the step-by-step walkthrough, and classroom mode from the URL. */
export { lessons, lessonById, type Lesson } from '../../core/experiments/lessons';
export { LessonPanel, type LessonPanelProps } from './LessonPanel';
export { LessonPicker, type LessonPickerProps } from './LessonPicker';
export { StepWalkthrough, type StepWalkthroughProps } from './StepWalkthrough';
export { readClassroomParams, type ClassroomParams } from './classroom';
export { configSummary } from './configSummary';
