/**
 * The network a task trains. The task decides what goes in and out (inputs, outputs, encoder,
 * head, stacked layers); the run's model settings (units, bias, activation) are the same for
 * every task, so they are read from the config here once.
 */
import type { RunConfig } from '../config/schema';
import type { NetworkShape } from '../model/network';

export type TaskNetwork = Omit<NetworkShape, 'hidden' | 'bias' | 'activation'>;

export function networkFor(config: RunConfig, task: TaskNetwork): NetworkShape {
  const { hidden, bias, activation } = config.model;
  return { hidden, ...task, bias, activation };
}
