import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrderBy, parseSearchFilter, type FilterResult } from './search-filter';

function clauses(result: FilterResult) {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.clauses;
}
function message(result: { ok: boolean; message?: string }) {
  if (result.ok) throw new Error('expected an error');
  return result.message ?? '';
}

describe('parseSearchFilter', () => {
  it('reads an empty or blank filter as no clauses', () => {
    expect(clauses(parseSearchFilter('', 'registered_model'))).toEqual([]);
    expect(clauses(parseSearchFilter('  \n\t ', 'model_version'))).toEqual([]);
  });

  // The filters MlflowClient users write (MLflow docs: "Search registered models / model versions").
  it('parses name equality, LIKE and ILIKE with single or double quotes', () => {
    expect(clauses(parseSearchFilter("name = 'jet-tagger'", 'registered_model'))).toEqual([
      { field: 'name', op: '=', value: 'jet-tagger' },
    ]);
    expect(clauses(parseSearchFilter('name LIKE "%tagger%"', 'registered_model'))).toEqual([
      { field: 'name', op: 'LIKE', value: '%tagger%' },
    ]);
    expect(clauses(parseSearchFilter("name ilike '%TAG%'", 'model_version'))).toEqual([
      { field: 'name', op: 'ILIKE', value: '%TAG%' },
    ]);
    expect(clauses(parseSearchFilter("name!='x'", 'registered_model'))).toEqual([
      { field: 'name', op: '!=', value: 'x' },
    ]);
  });

  it('parses tag clauses with bare, backquoted, double-quoted and dotted keys', () => {
    expect(clauses(parseSearchFilter("tags.team = 'b-tagging'", 'registered_model'))).toEqual([
      { field: { tag: 'team' }, op: '=', value: 'b-tagging' },
    ]);
    expect(clauses(parseSearchFilter("tags.`my key` = 'v'", 'model_version'))).toEqual([
      { field: { tag: 'my key' }, op: '=', value: 'v' },
    ]);
    expect(clauses(parseSearchFilter('tag."a-b" LIKE \'x%\'', 'model_version'))).toEqual([
      { field: { tag: 'a-b' }, op: 'LIKE', value: 'x%' },
    ]);
    expect(clauses(parseSearchFilter("tags.mlflow.source.type = 'JOB'", 'model_version'))).toEqual([
      { field: { tag: 'mlflow.source.type' }, op: '=', value: 'JOB' },
    ]);
  });

  it('parses model-version fields: run_id (also IN), source_path and version_number', () => {
    expect(
      clauses(
        parseSearchFilter(
          "name = 'm' and run_id IN ('a1', \"b2\") AND source_path LIKE 's3://bucket/%' AND version_number >= 3",
          'model_version',
        ),
      ),
    ).toEqual([
      { field: 'name', op: '=', value: 'm' },
      { field: 'run_id', op: 'IN', value: ['a1', 'b2'] },
      { field: 'source_path', op: 'LIKE', value: 's3://bucket/%' },
      { field: 'version_number', op: '>=', value: 3 },
    ]);
    expect(clauses(parseSearchFilter("run_id IN ('only')", 'model_version'))).toEqual([
      { field: 'run_id', op: 'IN', value: ['only'] },
    ]);
    expect(clauses(parseSearchFilter("version_number = '2'", 'model_version'))).toEqual([
      { field: 'version_number', op: '=', value: 2 },
    ]);
    expect(clauses(parseSearchFilter("attribute.run_id = 'r'", 'model_version'))).toEqual([
      { field: 'run_id', op: '=', value: 'r' },
    ]);
  });

  it('unescapes doubled quotes and backslash-escaped quotes, keeps other backslashes', () => {
    expect(clauses(parseSearchFilter("name = 'it''s'", 'registered_model'))[0]?.value).toBe("it's");
    expect(clauses(parseSearchFilter("name = 'it\\'s'", 'registered_model'))[0]?.value).toBe("it's");
    expect(clauses(parseSearchFilter('name = "say \\"hi\\""', 'registered_model'))[0]?.value).toBe('say "hi"');
    expect(clauses(parseSearchFilter("name LIKE 'a\\_b%'", 'registered_model'))[0]?.value).toBe('a\\_b%');
    expect(clauses(parseSearchFilter("name = 'a AND b'", 'registered_model'))).toHaveLength(1);
  });

  it('refuses OR, naming the clause', () => {
    const m = message(parseSearchFilter("name = 'a' OR name = 'b'", 'registered_model'));
    expect(m).toContain('Invalid clause(s) in filter string');
    expect(m).toContain("OR name = 'b'");
  });

  it('refuses fields the entity does not have, naming the clause', () => {
    const m = message(parseSearchFilter("name = 'a' AND run_id = 'r'", 'registered_model'));
    expect(m).toContain("Invalid attribute key 'run_id'");
    expect(m).toContain(`"run_id = 'r'"`);
    expect(message(parseSearchFilter("owner = 'x'", 'model_version'))).toContain("Invalid attribute key 'owner'");
    expect(message(parseSearchFilter("params.lr = '1'", 'model_version'))).toContain("Invalid entity type 'params'");
  });

  it('refuses comparators a field does not support', () => {
    expect(message(parseSearchFilter("name > 'a'", 'registered_model'))).toContain("Invalid comparator '>'");
    expect(message(parseSearchFilter("version_number LIKE '1%'", 'model_version'))).toContain(
      "Invalid comparator 'LIKE'",
    );
    expect(message(parseSearchFilter("name IN ('a')", 'model_version'))).toContain(
      "Only the 'run_id' attribute supports comparison with a list",
    );
    expect(message(parseSearchFilter("run_id NOT IN ('a')", 'model_version'))).toContain("Invalid comparator 'NOT'");
    expect(message(parseSearchFilter("name <> 'a'", 'model_version'))).toContain("'<>'");
  });

  it('refuses ill-typed values', () => {
    expect(message(parseSearchFilter('name = 3', 'registered_model'))).toContain('Expected a quoted string value');
    expect(message(parseSearchFilter("version_number = 'two'", 'model_version'))).toContain('integer');
    expect(message(parseSearchFilter('version_number = 1.5', 'model_version'))).toContain('integer');
    expect(message(parseSearchFilter('run_id IN ()', 'model_version'))).toContain('non-empty list');
    expect(message(parseSearchFilter("run_id IN ('a' 'b')", 'model_version'))).toContain("expected ',' or ')'");
  });

  it('refuses malformed filters without throwing', () => {
    for (const text of [
      "name = 'unterminated",
      'name =',
      "name 'x'",
      "name = 'a' AND",
      "AND name = 'a'",
      "name = 'a' name = 'b'",
      "name = 'a';",
      'tags. = 1',
      'tags.`open = 1',
      '!',
      "(name = 'a')",
    ]) {
      const result = parseSearchFilter(text, 'model_version');
      expect(result.ok, text).toBe(false);
    }
  });

  it('answers any input with a result, never an exception', () => {
    const pieces = fc.constantFrom(
      'name',
      'tags.',
      '`',
      "'",
      '"',
      '\\',
      '(',
      ')',
      ',',
      ' AND ',
      ' OR ',
      ' IN ',
      '=',
      '!=',
      '<',
      'version_number',
      'run_id',
      '1',
      '-',
      '.',
      ' ',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((p) => p.join('')),
        ),
        (text) => {
          for (const entity of ['registered_model', 'model_version'] as const) {
            expect(typeof parseSearchFilter(text, entity).ok).toBe('boolean');
            expect(typeof parseOrderBy([text], entity).ok).toBe('boolean');
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('parseOrderBy', () => {
  it('reads keys with optional ASC/DESC in any case, backquotes and the attribute prefix', () => {
    expect(
      parseOrderBy(['name', 'last_updated_timestamp DESC', '`creation_timestamp` asc'], 'registered_model'),
    ).toEqual({
      ok: true,
      orderBy: [
        { field: 'name', ascending: true },
        { field: 'last_updated_timestamp', ascending: false },
        { field: 'creation_timestamp', ascending: true },
      ],
    });
    expect(parseOrderBy(['attribute.version_number DESC'], 'model_version')).toEqual({
      ok: true,
      orderBy: [{ field: 'version_number', ascending: false }],
    });
    expect(parseOrderBy([], 'model_version')).toEqual({ ok: true, orderBy: [] });
  });

  it("maps registered models' `timestamp` to last_updated_timestamp, as MLflow's SQL store does", () => {
    expect(parseOrderBy(['timestamp DESC'], 'registered_model')).toEqual({
      ok: true,
      orderBy: [{ field: 'last_updated_timestamp', ascending: false }],
    });
  });

  it('refuses keys the entity cannot sort by, bad directions, duplicates and junk', () => {
    expect(message(parseOrderBy(['version_number'], 'registered_model'))).toContain(
      "Invalid order by key 'version_number'",
    );
    expect(message(parseOrderBy(['timestamp'], 'model_version'))).toContain("Invalid order by key 'timestamp'");
    expect(message(parseOrderBy(['name sideways'], 'model_version'))).toContain('Invalid ordering key');
    expect(message(parseOrderBy(['name', 'name DESC'], 'model_version'))).toContain('duplicate');
    expect(message(parseOrderBy(['tags.team'], 'model_version'))).toContain('order_by entity');
    for (const item of ['', 'name ASC DESC', "'name'", 'name,version_number']) {
      expect(parseOrderBy([item], 'model_version').ok, item).toBe(false);
    }
  });
});
