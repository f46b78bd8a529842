/** The task registry: adding a task is one factory file plus one line here. */
import type { RunConfig, TaskKind } from '../config/schema';
import type { TaskFactory, TaskRuntime } from './types';
import { createNavigationTask } from './navigation/task';
import { createAddingTask } from './adding/task';

const factories: Record<TaskKind, TaskFactory> = {
  navigation: createNavigationTask,
  adding: createAddingTask,
};

export function createTask(config: RunConfig): TaskRuntime {
  return factories[config.task.kind](config);
}

export type { TaskBatch, TaskRuntime } from './types';
