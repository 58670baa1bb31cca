import { describe, expect, it } from 'vitest';
import { pageHref, pageLinks, pageWindow } from './pagination';

describe('pageWindow', () => {
  it('reads ?page= as a 1-based page within the list', () => {
    expect(pageWindow(null, 250, 100)).toEqual({ page: 1, pageCount: 3, pageSize: 100, total: 250, offset: 0 });
    expect(pageWindow('3', 250, 100)).toMatchObject({ page: 3, offset: 200 });
    expect(pageWindow(null, 0, 100)).toMatchObject({ page: 1, pageCount: 1 });
  });

  it('refuses pages that do not exist', () => {
    for (const bad of ['0', '-1', '4', 'abc', '1.5', '01', '99999999']) expect(pageWindow(bad, 250, 100)).toBeNull();
  });
});

describe('pageLinks and pageHref', () => {
  it('links the ends and the neighbourhood, with gaps', () => {
    expect(pageLinks({ page: 10, pageCount: 200 })).toEqual([1, null, 8, 9, 10, 11, 12, null, 200]);
    expect(pageLinks({ page: 1, pageCount: 3 })).toEqual([1, 2, 3]);
  });

  it('keeps the other parameters and drops page=1', () => {
    const url = new URL('http://hub/models/?sort=name&page=4');
    expect(pageHref(url, 5)).toBe('/models/?sort=name&page=5');
    expect(pageHref(url, 1)).toBe('/models/?sort=name');
  });
});
