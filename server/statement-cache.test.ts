import Database from 'libsql';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { cachePreparedStatements, STATEMENT_CACHE_SIZE } from './statement-cache';

const file = (name: string) => join(mkdtempSync(join(tmpdir(), 'hub-statements-')), name);

describe('prepared statement cache', () => {
  cachePreparedStatements();

  it('prepares a statement text once per connection, the least recently used dropped past the limit', () => {
    const db = new Database(':memory:');
    const other = new Database(':memory:');
    const first = db.prepare('select ? as n');
    expect(db.prepare('select ? as n')).toBe(first);
    expect(other.prepare('select ? as n')).not.toBe(first);
    const filled = Array.from({ length: STATEMENT_CACHE_SIZE - 1 }, (_, i) => db.prepare(`select ${i} as n`));
    // Used again: the oldest is now `select 0`, which the next new text pushes out.
    expect(db.prepare('select ? as n')).toBe(first);
    db.prepare('select -1 as n');
    expect(db.prepare('select ? as n')).toBe(first);
    expect(db.prepare('select 1 as n')).toBe(filled[1]);
    expect(db.prepare('select 0 as n')).not.toBe(filled[0]);
    expect(db.prepare('select 0 as n').get()).toMatchObject({ n: 0 });
    db.close();
    other.close();
  });

  it('runs a reused statement from its start after a run left unfinished or failed', () => {
    const db = new Database(':memory:');
    db.exec('create table t (id integer primary key, name text unique)');
    const insert = db.prepare('insert into t (name) values (?)');
    insert.run('a');
    expect(() => db.prepare('insert into t (name) values (?)').run('a')).toThrow(/UNIQUE/);
    db.prepare('insert into t (name) values (?)').run('b');
    db.prepare('insert into t (name) values (?)').run('c');
    const rows = db.prepare('select name from t order by id').iterate();
    expect(rows.next().value).toEqual({ name: 'a' });
    // Left after one row; the same text runs again from the first row.
    expect(db.prepare('select name from t order by id').all()).toEqual([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
    db.close();
  });

  it('answers with the columns a schema change added, through the libSQL client', async () => {
    const { client } = await openDatabase(`file:${file('hub.db')}`);
    await client.execute('create table t (id integer primary key, name text)');
    await client.execute({ sql: 'insert into t (name) values (?)', args: ['a'] });
    expect((await client.execute('select * from t')).columns).toEqual(['id', 'name']);
    await client.execute('alter table t add column size integer default 7');
    const after = await client.execute('select * from t');
    expect(after.columns).toEqual(['id', 'name', 'size']);
    expect({ ...after.rows[0] }).toEqual({ id: 1, name: 'a', size: 7 });
    client.close();
  });
});
