/**
 * What is behind a GPU backend. Without a GPU, browsers emulate one on the CPU (SwiftShader,
 * llvmpipe): measured here, a navigation step on software WebGL took 2.7 s and on software
 * WebGPU 8.6 s where WASM took 0.14 s, and the first step 5–15 s. So the automatic choice skips
 * software devices; a user who forces the backend still gets it.
 */

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** The WebGL renderer or WebGPU adapter as the browser names it; '' where it will not say. */
export async function gpuDeviceName(backend: 'webgl' | 'webgpu'): Promise<string> {
  if (backend === 'webgpu') {
    const adapter = await navigator.gpu?.requestAdapter();
    const info = adapter?.info;
    return [info?.vendor, info?.architecture, info?.description].filter(Boolean).join(' ');
  }
  if (typeof OffscreenCanvas === 'undefined') return '';
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
  const ext = gl?.getExtension('WEBGL_debug_renderer_info');
  return gl && ext ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : '';
}

export const isSoftwareDevice = (name: string) => SOFTWARE.test(name);
