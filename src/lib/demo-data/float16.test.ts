import { describe, expect, it } from 'vitest';
import { float16Bits, float16ToNumber, roundToFloat16 } from './float16';

describe('float16', () => {
  it('encodes reference values like numpy.float16', () => {
    expect(float16Bits(1)).toBe(0x3c00);
    expect(float16Bits(65504)).toBe(0x7bff);
    expect(float16Bits(0.1)).toBe(0x2e66);
    expect(float16Bits(70000)).toBe(0x7c00);
    expect(float16Bits(1e-8)).toBe(0);
    expect(float16Bits(2 ** -24)).toBe(1);
    expect(float16Bits(-2)).toBe(0xc000);
  });

  it('rounds ties to even', () => {
    expect(float16Bits(1 + 2 ** -11)).toBe(0x3c00);
    expect(float16Bits(1 + 3 * 2 ** -11)).toBe(0x3c02);
    expect(float16Bits(3 * 2 ** -25)).toBe(2);
  });

  it('decodes what it encodes', () => {
    for (const v of [0.5, -3.25, 1024, 6.103515625e-5, 2 ** -20]) {
      expect(float16ToNumber(float16Bits(v))).toBe(v);
    }
    expect(roundToFloat16(0.1)).toBe(0.0999755859375);
  });
});
