import type { ArtifactInfo, EngineInfo, HardwareInfo } from './record';

/** Short, stable labels: the hub stores them for filtering and the pages use them as series names. */

export function engineLabel(engine: EngineInfo): string {
  return `${engine.name} ${engine.version} · ${engine.executionProvider}${engine.buildVariant ? ` (${engine.buildVariant})` : ''}`;
}

const majorOf = (version: string) => version.split('.')[0] ?? version;

export function hardwareLabel(hardware: HardwareInfo): string {
  const parts: string[] = [];
  for (const a of hardware.accelerators ?? []) parts.push(`${a.count > 1 ? `${a.count}× ` : ''}${a.model}`);
  if (hardware.browser) {
    const adapter = hardware.webgpuAdapter;
    const gpu = adapter
      ? [adapter.vendor, adapter.architecture].filter(Boolean).join(' ') || adapter.description || 'WebGPU adapter'
      : '';
    parts.push(`${hardware.browser.name} ${majorOf(hardware.browser.version)}`.trim());
    if (adapter) parts.push(adapter.softwareRendered ? `${gpu} (software-rendered)` : gpu);
  }
  if (hardware.cpu) parts.push(`${hardware.cpu.model}${hardware.cpu.cores ? `, ${hardware.cpu.cores} cores` : ''}`);
  if (parts.length === 0) parts.push(hardware.description ?? 'unknown hardware');
  return parts.join(' · ').slice(0, 200);
}

/** `fp32`, `fp16`, `int8-qdq`, `fp32, 50 % sparse`. */
export function precisionLabel(artifact: Pick<ArtifactInfo, 'precision' | 'sparsityPct'>): string {
  const precision = artifact.precision ?? 'unknown precision';
  return artifact.sparsityPct ? `${precision}, ${artifact.sparsityPct} % sparse` : precision;
}
