/**
 * A tiny computation on the active backend that proves the device really computes: a lost,
 * refused or software device can start and still fail (or give garbage) on its first op.
 */
import * as tf from '@tensorflow/tfjs-core';

/** True when sum(2 · ones(4)) reads back as 8 on the active backend. */
export async function backendComputes(): Promise<boolean> {
  const probe = tf.tidy(() => tf.sum(tf.mul(tf.ones([4]), 2)));
  const value = (await probe.data())[0];
  probe.dispose();
  return value === 8;
}
