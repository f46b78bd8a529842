/**
 * What is behind a WebGPU adapter, the same question in the browser's worker and in Node (Dawn).
 * Without a GPU, a WebGPU implementation emulates one on the CPU (SwiftShader in Chromium,
 * Mesa's lavapipe/llvmpipe under Vulkan): measured in Chromium, a navigation step on software
 * WebGPU took 8.6 s where WASM took 0.14 s. Such an adapter computes correctly but slowly.
 */

const SOFTWARE = /swiftshader|llvmpipe|lavapipe|softpipe|software|basic render/i;

/** The fields of GPUAdapterInfo this lab reads (Dawn and browsers fill them differently). */
export interface AdapterFields {
  vendor?: string;
  architecture?: string;
  description?: string;
  /** Dawn and recent browsers: true for an adapter that is a software fallback. */
  isFallbackAdapter?: boolean;
}

/** "vendor architecture description", skipping what the implementation will not say. */
export const adapterName = (info: AdapterFields | undefined): string =>
  [info?.vendor, info?.architecture, info?.description].filter(Boolean).join(' ');

/** True for a renderer or adapter name of a CPU emulation (SwiftShader, llvmpipe, …). */
export const isSoftwareDevice = (name: string): boolean => SOFTWARE.test(name);

/** A WebGL context's renderer as the browser names it; '' where it will not say. */
export function webglRendererName(
  gl: WebGLRenderingContext | WebGL2RenderingContext | null,
): string {
  const ext = gl?.getExtension('WEBGL_debug_renderer_info');
  return gl && ext ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : '';
}

/** True when the adapter says it is a fallback, or its name is that of a CPU emulation. */
export const isSoftwareAdapter = (info: AdapterFields): boolean =>
  info.isFallbackAdapter === true || isSoftwareDevice(adapterName(info));
