import { describe, expect, it } from 'vitest';
import { formatModelRef, parseModelRef } from './model-ref';

describe('parseModelRef', () => {
  it('reads a bare slug, an alias and a version', () => {
    expect(parseModelRef('jet-btag')).toEqual({ slug: 'jet-btag', kind: 'default' });
    expect(parseModelRef('jet-btag@production')).toEqual({ slug: 'jet-btag', kind: 'alias', alias: 'production' });
    expect(parseModelRef(' jet-btag:12 ')).toEqual({ slug: 'jet-btag', kind: 'version', version: 12 });
  });

  it('refuses malformed references with a message that shows the forms', () => {
    for (const bad of ['', 'Jet', 'jet@', 'jet:0', 'jet:1.5', 'jet@a@b', 'jet@prod:2', 'jet@Bad Alias']) {
      expect(() => parseModelRef(bad), bad).toThrow(RangeError);
    }
    expect(() => parseModelRef('x y')).toThrow(/slug@alias/);
  });

  it('formats a reference back to the text it came from', () => {
    for (const text of ['jet-btag', 'jet-btag@staging', 'jet-btag:3'])
      expect(formatModelRef(parseModelRef(text))).toBe(text);
  });
});
