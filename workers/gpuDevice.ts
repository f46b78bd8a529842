/**
 * What is behind a GPU backend. Without a GPU, browsers emulate one on the CPU (SwiftShader,
 * llvmpipe): measured here, a navigation step on software WebGL took 2.7 s and on software
 * WebGPU 8.6 s where WASM took 0.14 s, and the first step 5–15 s. So the automatic choice skips
 * software devices; a user who forces the backend still gets it.
 */
import { adapterName, isSoftwareDevice, webglRendererName } from '../src/core/backend/gpuAdapter';

/** The WebGL renderer or WebGPU adapter as the browser names it; '' where it will not say. */
export async function gpuDeviceName(backend: 'webgl' | 'webgpu'): Promise<string> {
  if (backend === 'webgpu') {
    const adapter = await navigator.gpu?.requestAdapter();
    return adapterName(adapter?.info);
  }
  if (typeof OffscreenCanvas === 'undefined') return '';
  return webglRendererName(new OffscreenCanvas(1, 1).getContext('webgl2'));
}

export { isSoftwareDevice };
