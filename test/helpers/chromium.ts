import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

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

/**
 * Collects every Content-Security-Policy violation in the pages of `context`: the documents'
 * `securitypolicyviolation` events and Chromium's console reports (which also cover workers).
 */
export async function watchCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__hubCspViolation', (_source, violation: string) => void violations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __hubCspViolation: (v: string) => void }).__hubCspViolation;
      void report(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} on ${e.documentURI}` +
          (e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : '') +
          (e.sample ? `: ${e.sample}` : ''),
      );
    });
  });
  context.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
