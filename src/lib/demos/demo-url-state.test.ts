import { describe, expect, it } from 'vitest';
import { readDemoUrlState, writeDemoUrlState } from './demo-url-state';

describe('demo state in the URL', () => {
  it('writes provider, inputs and preset, keeping other parameters, and reads them back', () => {
    const href = writeDemoUrlState('https://hub.example/demos/jet-btag/?utm=x#run', {
      provider: 'webgpu',
      inputs: [0.5, -1.25, 3, 1e-7],
      preset: 'ttbar',
    });
    expect(href).toBe(
      'https://hub.example/demos/jet-btag/?utm=x&provider=webgpu&inputs=0.5%2C-1.25%2C3%2C1e-7&preset=ttbar#run',
    );
    expect(readDemoUrlState(new URL(href).search, 4)).toEqual({
      provider: 'webgpu',
      inputs: [0.5, -1.25, 3, 1e-7],
      preset: 'ttbar',
    });
  });

  it('leaves out the default provider and replaces earlier state', () => {
    const href = writeDemoUrlState('https://hub.example/demos/pid-dedx/?provider=wasm&inputs=1,2&preset=old', {
      provider: 'auto',
      inputs: [3, 4],
    });
    expect(href).toBe('https://hub.example/demos/pid-dedx/?inputs=3%2C4');
  });

  it('ignores inputs of the wrong length or that are not numbers, and unknown providers', () => {
    expect(readDemoUrlState('?inputs=1,2,3', 2)).toEqual({});
    expect(readDemoUrlState('?inputs=1,,3', 3)).toEqual({});
    expect(readDemoUrlState('?inputs=1,x', 2)).toEqual({});
    expect(readDemoUrlState('?inputs=1,Infinity', 2)).toEqual({});
    expect(readDemoUrlState('?provider=cuda&preset=ttbar', 2)).toEqual({});
    expect(readDemoUrlState('?provider=wasm&inputs=1,2&preset=%3Cb%3E', 2)).toEqual({
      provider: 'wasm',
      inputs: [1, 2],
    });
  });
});
