import { describe, expect, it } from 'vitest';
import { describeAdapter, parseUserAgent } from './device-info';
import { engineLabel, hardwareLabel, precisionLabel } from './labels';

const HEADLESS =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.7339.80 Safari/537.36';

describe('parseUserAgent', () => {
  it('names headless Chromium, Chrome, Edge, Firefox and Safari with their versions and OS', () => {
    expect(parseUserAgent(HEADLESS)).toMatchObject({
      browser: { name: 'Chrome Headless', version: '140.0.7339.80' },
      os: 'Linux x86_64',
    });
    expect(
      parseUserAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36 Edg/139.0.3405.86',
      ),
    ).toMatchObject({ browser: { name: 'Edge', version: '139.0.3405.86' }, os: 'Windows NT 10.0' });
    expect(
      parseUserAgent(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15',
      ),
    ).toMatchObject({ browser: { name: 'Safari', version: '26.0' }, os: 'macOS 14.6' });
    expect(parseUserAgent('Mozilla/5.0 (X11; Linux x86_64; rv:141.0) Gecko/20100101 Firefox/141.0').browser.name).toBe(
      'Firefox',
    );
  });

  it('says unknown rather than guessing', () => {
    expect(parseUserAgent('curl/8.5.0')).toMatchObject({ browser: { name: 'unknown browser' }, os: 'unknown OS' });
  });
});

describe('describeAdapter', () => {
  it('marks SwiftShader and other CPU rasterisers as software-rendered', () => {
    expect(describeAdapter({ vendor: 'google', architecture: 'swiftshader', description: '' })).toEqual({
      vendor: 'google',
      architecture: 'swiftshader',
      device: undefined,
      description: undefined,
      softwareRendered: true,
    });
    expect(describeAdapter({ description: 'llvmpipe (LLVM 15.0.7, 256 bits)' }).softwareRendered).toBe(true);
    expect(describeAdapter({ vendor: 'nvidia', architecture: 'ampere' }).softwareRendered).toBe(false);
  });
});

describe('labels', () => {
  it('labels browsers with their adapter and says when it is software-rendered', () => {
    const hw = {
      browser: { name: 'Chrome Headless', version: '140.0.1', userAgent: HEADLESS },
      webgpuAdapter: describeAdapter({ vendor: 'google', architecture: 'swiftshader' }),
    };
    expect(hardwareLabel(hw)).toBe('Chrome Headless 140 · google swiftshader (software-rendered)');
  });

  it('labels machines by accelerator then CPU', () => {
    expect(
      hardwareLabel({
        cpu: { model: 'AMD EPYC 7763', cores: 16 },
        accelerators: [{ kind: 'gpu', model: 'NVIDIA A100', count: 4 }],
      }),
    ).toBe('4× NVIDIA A100 · AMD EPYC 7763, 16 cores');
    expect(hardwareLabel({})).toBe('unknown hardware');
  });

  it('labels engines and precisions', () => {
    expect(engineLabel({ name: 'onnxruntime-node', version: '1.30.0', executionProvider: 'cpu' })).toBe(
      'onnxruntime-node 1.30.0 · cpu',
    );
    expect(precisionLabel({ precision: 'fp32', sparsityPct: 50 })).toBe('fp32, 50 % sparse');
    expect(precisionLabel({})).toBe('unknown precision');
  });
});
