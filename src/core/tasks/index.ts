/** The task registry: adding a task is one factory file plus one line here. */
import type { RunConfig, TaskKind } from '../config/schema';
import type { TaskContext, TaskFactory, TaskRuntime } from './types';
import { createNavigationTask } from './navigation/task';
import { createAddingTask } from './adding/task';
import { createTextTask } from './text/task';

const factories: Record<TaskKind, TaskFactory> = {
  navigation: createNavigationTask,
  adding: createAddingTask,
  text: createTextTask,
};

/** `context` carries what is not a setting: the text task's corpus (and restored vocabulary). */
export function createTask(config: RunConfig, context?: TaskContext): TaskRuntime {
  return factories[config.task.kind](config, context);
}

export type { TaskBatch, TaskContext, TaskRuntime } from './types';
