/**
 * Whether the current tfjs backend keeps tensors in host memory (WASM, CPU). There, reading a
 * tensor back is a copy and small ops cost more than moving data, so some steps take a
 * different but equal path than on a GPU, where every read-back waits for the device.
 */
import * as tf from '@tensorflow/tfjs-core';

export const tensorsOnHost = (): boolean => {
  const backend = tf.getBackend();
  return backend === 'wasm' || backend === 'cpu';
};
