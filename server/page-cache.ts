import { LRUCache } from 'lru-cache';
import type { CachedPage, PageCache } from '../functions/hub';

/**
 * The Node host's render cache: rendered data pages, least recently used first out, bounded by
 * the bytes of their HTML. A write drops exactly the pages tagged with what it changed.
 */
export class RenderCache implements PageCache {
  private readonly pages: LRUCache<string, CachedPage>;
  private readonly keysByTag = new Map<string, Set<string>>();
  private gen = 0;

  constructor(readonly maxBytes: number) {
    this.pages = new LRUCache<string, CachedPage>({
      maxSize: maxBytes,
      sizeCalculation: (page) => Math.max(1, page.body.length * 2 + 256),
      dispose: (page, key) => this.untag(key, page.tags),
    });
  }

  get(key: string): CachedPage | undefined {
    return this.pages.get(key);
  }

  set(key: string, page: CachedPage, renderedAtGeneration: number): void {
    if (renderedAtGeneration !== this.gen) return;
    this.pages.set(key, page);
    if (!this.pages.has(key)) return; // larger than the whole cache
    for (const tag of page.tags) {
      let keys = this.keysByTag.get(tag);
      if (!keys) this.keysByTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
  }

  generation(): number {
    return this.gen;
  }

  /** Drops every page showing one of the tags; returns how many. */
  invalidate(tags: readonly string[]): number {
    this.gen++;
    let dropped = 0;
    for (const tag of tags) {
      for (const key of [...(this.keysByTag.get(tag) ?? [])]) if (this.pages.delete(key)) dropped++;
    }
    return dropped;
  }

  stats() {
    return { pages: this.pages.size, bytes: this.pages.calculatedSize, maxBytes: this.maxBytes };
  }

  private untag(key: string, tags: readonly string[]): void {
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
  }
}
