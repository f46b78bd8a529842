/**
 * Whether this browser's WebGL is a CPU emulation (SwiftShader, llvmpipe: a headless browser,
 * a machine without a GPU driver). The 3D view turns multisampling off there: measured in
 * headless Chromium with 4096 units, it doubled a frame's GPU time (about 25 to 50 ms), and
 * the page's main thread waits for that work at its next commit. A real GPU multisamples for
 * free. Asked once per page, of a throwaway context.
 */
import { isSoftwareDevice, webglRendererName } from '../../core/backend/gpuAdapter';

let software: boolean | null = null;

export function softwareWebgl(): boolean {
  if (software === null) {
    const gl = document.createElement('canvas').getContext('webgl2');
    software = isSoftwareDevice(webglRendererName(gl));
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  }
  return software;
}
