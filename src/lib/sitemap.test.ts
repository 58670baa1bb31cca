import { describe, expect, it } from 'vitest';
import {
  parseSitemapName,
  renderSitemapIndex,
  renderUrlset,
  robotsTxt,
  sitemapFileName,
  sitemapFileTags,
  sitemapPageCount,
} from './sitemap';

describe('sitemap files', () => {
  it('names and reads back every file, and refuses other names', () => {
    expect(sitemapFileName({ series: 'pages' })).toBe('pages.xml');
    expect(sitemapFileName({ series: 'model-versions', page: 3 })).toBe('model-versions-3.xml');
    expect(parseSitemapName('model-versions-3')).toEqual({ series: 'model-versions', page: 3 });
    expect(parseSitemapName('pages')).toEqual({ series: 'pages' });
    for (const bad of ['tools', 'tools-0', 'tools-01', 'pages-1', 'users-1', 'tools-1.xml', '', 'tools--1'])
      expect(parseSitemapName(bad)).toBeNull();
  });

  it('pages a series in files of at most the page size, and an empty one in none', () => {
    expect(sitemapPageCount(0, 10_000)).toBe(0);
    expect(sitemapPageCount(1, 10_000)).toBe(1);
    expect(sitemapPageCount(10_000, 10_000)).toBe(1);
    expect(sitemapPageCount(100_001, 10_000)).toBe(11);
  });

  it('tags each file with the kind of record it lists', () => {
    expect(sitemapFileTags({ series: 'pages' })).toEqual([]);
    expect(sitemapFileTags({ series: 'model-versions', page: 1 })).toEqual(['models']);
    expect(sitemapFileTags({ series: 'datasets', page: 2 })).toEqual(['datasets']);
  });
});

describe('sitemap XML', () => {
  it('writes a urlset with escaped locations and second-precision UTC lastmod', () => {
    const xml = renderUrlset([
      { loc: 'https://hub.example.org/tools/a&b/', lastmod: new Date('2026-03-04T05:06:07.890Z') },
      { loc: 'https://hub.example.org/' },
    ]);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    expect(xml).toContain(
      '<url><loc>https://hub.example.org/tools/a&amp;b/</loc><lastmod>2026-03-04T05:06:07Z</lastmod></url>',
    );
    expect(xml).toContain('<url><loc>https://hub.example.org/</loc></url>');
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
  });

  it('writes a sitemap index of the files', () => {
    const xml = renderSitemapIndex([
      'https://hub.example.org/sitemaps/pages.xml',
      'https://hub.example.org/sitemaps/tools-1.xml',
    ]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect([...xml.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((m) => m[1])).toEqual([
      'https://hub.example.org/sitemaps/pages.xml',
      'https://hub.example.org/sitemaps/tools-1.xml',
    ]);
  });
});

describe('robots.txt', () => {
  it('allows everything but the API and names the sitemap by its absolute URL', () => {
    const text = robotsTxt('https://hub.example.org');
    expect(text.split('\n')).toEqual([
      'User-agent: *',
      'Allow: /',
      'Disallow: /api/',
      '',
      'Sitemap: https://hub.example.org/sitemap.xml',
      '',
    ]);
  });
});
