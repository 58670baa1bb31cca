import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rateLimitWindows } from '../schema';

/**
 * Counts one hit against `key` in the fixed window containing `now` and returns the
 * count so far, in a single atomic upsert (safe under concurrent requests).
 */
export async function countHit(db: Db, key: string, windowSeconds: number, now = Date.now()): Promise<number> {
  const windowStart = Math.floor(now / 1000 / windowSeconds) * windowSeconds;
  const [row] = await db
    .insert(rateLimitWindows)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: rateLimitWindows.key,
      set: {
        count: sql`case when ${rateLimitWindows.windowStart} = excluded.window_start then ${rateLimitWindows.count} + 1 else 1 end`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ count: rateLimitWindows.count });
  return row!.count;
}

export function windowResetSeconds(windowSeconds: number, now = Date.now()): number {
  const nowSeconds = now / 1000;
  return Math.ceil(Math.floor(nowSeconds / windowSeconds) * windowSeconds + windowSeconds - nowSeconds);
}
