/**
 * How the project starts Debian's Chromium (npx playwright install cannot download here), for
 * the e2e tests and the benchmark alike: WebGPU on SwiftShader behind --enable-unsafe-webgpu,
 * and no background networking (this machine refuses it).
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-angle=swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
