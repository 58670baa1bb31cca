import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import type { EngineInfo, HardwareInfo, SoftwareInfo } from '../../src/lib/benchmarks/record';

const require = createRequire(import.meta.url);

export interface Environment {
  engine: EngineInfo;
  hardware: HardwareInfo;
  software: SoftwareInfo;
}

function linuxDistribution(): string | undefined {
  try {
    return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

function packageVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

/**
 * The machine and software a node-harness result was measured on, read from the OS and the
 * installed packages. `CONTAINER_IMAGE_DIGEST` (set by CI) records the image, when there is one.
 */
export function captureEnvironment(env: Record<string, string | undefined> = process.env): Environment {
  const cpus = os.cpus();
  const cpu = cpus[0];
  const ortVersion = packageVersion('onnxruntime-node');
  const digest = env.CONTAINER_IMAGE_DIGEST;
  return {
    engine: { name: 'onnxruntime-node', version: ortVersion, executionProvider: 'cpu' },
    hardware: {
      cpu: {
        model: cpu?.model.trim() || 'unknown CPU',
        cores: os.availableParallelism(),
        architecture: os.arch(),
        ...(cpu?.speed ? { frequencyMhz: cpu.speed } : {}),
      },
      memoryBytes: os.totalmem(),
    },
    software: {
      os: (os.platform() === 'linux' ? linuxDistribution() : undefined) ?? `${os.type()} ${os.release()}`,
      kernel: `${os.type()} ${os.release()} (${os.version()})`.slice(0, 200),
      runtime: `Node ${process.versions.node}`,
      ...(digest && /^sha256:[0-9a-f]{64}$/.test(digest) ? { containerImageDigest: digest } : {}),
      libraries: { 'onnxruntime-node': ortVersion },
    },
  };
}
