import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isUniqueViolation } from '../db/errors';
import { openDatabase } from './database';
import { WriteThread } from './write-thread';

describe('WriteThread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-writer-'));
  const url = `file:${join(dir, 'hub.db')}`;
  let writer: WriteThread | undefined;
  afterAll(async () => writer?.close());

  it('commits a batch on its own connection, returns RETURNING rows, and reports a unique violation as such', async () => {
    const { client } = await openDatabase(url);
    await client.execute('create table t (id integer primary key, name text unique)');
    writer = new WriteThread(url);
    const rows = await writer.execute([
      { sql: 'insert into t (name) values (?), (?) returning id, name', params: ['a', 'b'] },
      { sql: 'select count(*) as n from t', params: [] },
    ]);
    expect(rows).toEqual([
      [
        { id: 1, name: 'a' },
        { id: 2, name: 'b' },
      ],
      [{ n: 2 }],
    ]);
    expect((await client.execute('select count(*) as n from t')).rows[0]!.n).toBe(2);

    const failed = await writer
      .execute([
        { sql: 'insert into t (name) values (?)', params: ['c'] },
        { sql: 'insert into t (name) values (?)', params: ['a'] },
      ])
      .catch((e: unknown) => e);
    expect(isUniqueViolation(failed)).toBe(true);
    // The whole batch was one transaction: "c" was rolled back with it.
    expect((await client.execute("select count(*) as n from t where name = 'c'")).rows[0]!.n).toBe(0);
    client.close();
  });
});
