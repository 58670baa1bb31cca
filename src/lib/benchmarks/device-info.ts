import type { BrowserInfo, WebGpuAdapterInfo } from './record';

/** The WebGPU adapter as `GPUAdapter.info` gives it (every field optional: browsers may hide them). */
export interface AdapterInfoInput {
  vendor?: string | undefined;
  architecture?: string | undefined;
  device?: string | undefined;
  description?: string | undefined;
}

const SOFTWARE_RASTERISERS = /swiftshader|llvmpipe|lavapipe|softpipe|microsoft basic render|\bwarp\b/i;

/** Adapter info for the record, with software rasterisers (SwiftShader, llvmpipe, WARP) marked. */
export function describeAdapter(info: AdapterInfoInput): WebGpuAdapterInfo {
  const clean = (s: string | undefined) => (s && s.trim() ? s.trim().slice(0, 200) : undefined);
  const fields = {
    vendor: clean(info.vendor),
    architecture: clean(info.architecture),
    device: clean(info.device),
    description: clean(info.description),
  };
  const text = Object.values(fields).filter(Boolean).join(' ');
  return { ...fields, softwareRendered: SOFTWARE_RASTERISERS.test(text) };
}

export interface ParsedUserAgent {
  browser: BrowserInfo;
  os: string;
}

/**
 * Browser name, version and OS from a user-agent string: enough to label a result, never used
 * to decide anything. Order matters: Edge and Opera say "Chrome", Chrome says "Safari".
 */
export function parseUserAgent(userAgent: string): ParsedUserAgent {
  const ua = userAgent.slice(0, 512);
  const pick = (pattern: RegExp) => pattern.exec(ua)?.[1];
  const candidates: [string, RegExp][] = [
    ['Edge', /Edg(?:e|A|iOS)?\/([\d.]+)/],
    ['Opera', /OPR\/([\d.]+)/],
    ['Firefox', /Firefox\/([\d.]+)/],
    ['Chrome Headless', /HeadlessChrome\/([\d.]+)/],
    ['Chromium', /Chromium\/([\d.]+)/],
    ['Chrome', /Chrome\/([\d.]+)/],
    ['Safari', /Version\/([\d.]+).*Safari\//],
  ];
  let browser: BrowserInfo = { name: 'unknown browser', version: '', userAgent: ua };
  for (const [name, pattern] of candidates) {
    const version = pick(pattern);
    if (version) {
      browser = { name, version, userAgent: ua };
      break;
    }
  }
  const os = /Windows NT ([\d.]+)/.test(ua)
    ? `Windows NT ${pick(/Windows NT ([\d.]+)/)}`
    : /Android ([\d.]+)/.test(ua)
      ? `Android ${pick(/Android ([\d.]+)/)}`
      : /(iPhone|iPad)/.test(ua)
        ? `iOS ${(pick(/OS ([\d_]+) like Mac/) ?? '').replace(/_/g, '.')}`.trim()
        : /Mac OS X ([\d_]+)/.test(ua)
          ? `macOS ${(pick(/Mac OS X ([\d_]+)/) ?? '').replace(/_/g, '.')}`
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Linux/.test(ua)
              ? `Linux${/x86_64/.test(ua) ? ' x86_64' : /aarch64|arm64/i.test(ua) ? ' aarch64' : ''}`
              : 'unknown OS';
  return { browser, os };
}
