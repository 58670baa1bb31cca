import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The system Chromium (Debian package); CHROMIUM_PATH overrides. */
export function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

const BASE_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** WebGPU on machines without a GPU runs on SwiftShader (software rendering). */
const WEBGPU_FLAGS = [
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-angle=swiftshader',
  '--use-webgpu-adapter=swiftshader',
  '--enable-unsafe-swiftshader',
];

export async function launchChromium(options: { webgpu?: boolean } = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found (install the Debian "chromium" package or set CHROMIUM_PATH).');
  const args = options.webgpu ? [...BASE_FLAGS, ...WEBGPU_FLAGS] : [...BASE_FLAGS, '--disable-gpu'];
  return chromium.launch({ executablePath, args });
}
