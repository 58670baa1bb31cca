/**
 * MLflow registry search over the hub catalog: registered models (hub models) and model versions
 * (hub versions), filtered by parsed MLflow clauses (src/lib/mlflow/search-filter.ts), ordered
 * and paged by offset as MLflow's own SQL store does.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { FilterClause } from '../../src/lib/mlflow/search-filter';
import type { Db } from '../client';
import { visibleTo, type Viewer } from './viewer';

export type ModelOrderKey = 'name' | 'creation_timestamp' | 'last_updated_timestamp';
export type VersionOrderKey = ModelOrderKey | 'version_number';
export interface OrderTerm<K> {
  key: K;
  direction: 'asc' | 'desc';
}

/** MLflow's LIKE is case-sensitive; SQLite's is not, so LIKE patterns run as GLOB patterns. */
export function likeToGlob(pattern: string): string {
  let glob = '';
  for (const ch of pattern) {
    if (ch === '%') glob += '*';
    else if (ch === '_') glob += '?';
    else if (ch === '*' || ch === '?' || ch === '[' || ch === ']') glob += `[${ch}]`;
    else glob += ch;
  }
  return glob;
}

/** `value` (SQL) compared as the clause says; undefined when the operator does not apply to text. */
function compareText(column: SQL, clause: FilterClause): SQL | undefined {
  const { op, value } = clause;
  if (op === 'IN') {
    const items = Array.isArray(value) ? value : [String(value)];
    return items.length
      ? sql`${column} in (${sql.join(
          items.map((v) => sql`${v}`),
          sql`, `,
        )})`
      : sql`0`;
  }
  const text = String(value);
  if (op === '=') return sql`${column} = ${text}`;
  if (op === '!=') return sql`${column} <> ${text}`;
  if (op === 'LIKE') return sql`${column} glob ${likeToGlob(text)}`;
  if (op === 'ILIKE') return sql`lower(${column}) like lower(${text}) escape '\\'`;
  return undefined;
}

function compareNumber(column: SQL, clause: FilterClause): SQL | undefined {
  const { op, value } = clause;
  if (op === 'IN') {
    const items = (Array.isArray(value) ? value : [value]).map(Number).filter(Number.isFinite);
    return items.length
      ? sql`${column} in (${sql.join(
          items.map((v) => sql`${v}`),
          sql`, `,
        )})`
      : sql`0`;
  }
  const n = Number(value);
  if (!Number.isFinite(n)) return undefined;
  const ops: Record<string, string> = { '=': '=', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };
  return ops[op] ? sql`${column} ${sql.raw(ops[op])} ${n}` : undefined;
}

const MODEL_NAME = sql`coalesce((select n.name from mlflow_model_names n where n.model_id = m.id), m.slug)`;
const VERSION_SOURCE = sql`coalesce(
  (select s.source from mlflow_version_sources s where s.version_id = v.id),
  (select a.uri from model_artifacts a where a.version_id = v.id order by a.id limit 1))`;

/** Thrown for a clause the query cannot express (the parser lets through only ones it can). */
export class UnsupportedClauseError extends Error {}

function clauseCondition(clause: FilterClause, entity: 'registered_model' | 'model_version'): SQL {
  const { field } = clause;
  let condition: SQL | undefined;
  if (typeof field === 'object') {
    const value = compareText(sql`t.value`, clause);
    condition =
      value &&
      (entity === 'registered_model'
        ? sql`exists (select 1 from mlflow_model_tags t where t.model_id = m.id and t.key = ${field.tag} and ${value})`
        : sql`exists (select 1 from mlflow_version_tags t where t.version_id = v.id and t.key = ${field.tag} and ${value})`);
  } else if (field === 'name') condition = compareText(MODEL_NAME, clause);
  else if (entity === 'model_version' && field === 'run_id')
    condition = compareText(sql`(select s.run_id from mlflow_version_sources s where s.version_id = v.id)`, clause);
  else if (entity === 'model_version' && field === 'source_path') condition = compareText(VERSION_SOURCE, clause);
  else if (entity === 'model_version' && field === 'version_number') condition = compareNumber(sql`v.version`, clause);
  if (!condition) {
    const name = typeof field === 'object' ? `tags.${field.tag}` : field;
    throw new UnsupportedClauseError(`The comparison '${name} ${clause.op}' is not supported for ${entity}s.`);
  }
  return condition;
}

const MODEL_ORDER: Record<ModelOrderKey, SQL> = {
  name: MODEL_NAME,
  creation_timestamp: sql`m.created_at`,
  last_updated_timestamp: sql`m.updated_at`,
};
const VERSION_ORDER: Record<VersionOrderKey, SQL> = {
  name: MODEL_NAME,
  creation_timestamp: sql`v.created_at`,
  last_updated_timestamp: sql`v.updated_at`,
  version_number: sql`v.version`,
};

function orderSql<K extends string>(terms: OrderTerm<K>[], columns: Record<K, SQL>, tiebreak: SQL): SQL {
  return sql.join(
    [...terms.map((t) => sql`${columns[t.key]} ${sql.raw(t.direction === 'desc' ? 'desc' : 'asc')}`), tiebreak],
    sql`, `,
  );
}

function where(conditions: (SQL | undefined)[]): SQL {
  const present = conditions.filter((c): c is SQL => c !== undefined);
  return present.length ? sql.join(present, sql` and `) : sql`1`;
}

export interface SearchPage {
  ids: number[];
  more: boolean;
}

/** Ids of the hub models matching, in order; `more` when rows follow the page. */
export async function searchRegisteredModelIds(
  db: Db,
  viewer: Viewer | undefined,
  clauses: FilterClause[],
  order: OrderTerm<ModelOrderKey>[],
  page: { offset: number; limit: number },
): Promise<SearchPage> {
  const conditions = [
    visibleTo(sql`m.visibility`, sql`m.owner_group_id`, viewer),
    // Archived models leave searches, as they leave the hub's lists; get by name still finds them.
    sql`m.archived_at is null`,
    ...clauses.map((c) => clauseCondition(c, 'registered_model')),
  ];
  const rows = await db.all<{ id: number }>(sql`select m.id as id from models m
    where ${where(conditions)}
    order by ${orderSql(order, MODEL_ORDER, sql`${MODEL_NAME} asc, m.id asc`)}
    limit ${page.limit + 1} offset ${page.offset}`);
  return { ids: rows.slice(0, page.limit).map((r) => Number(r.id)), more: rows.length > page.limit };
}

/** Ids of the hub versions matching, in order; `more` when rows follow the page. */
export async function searchModelVersionIds(
  db: Db,
  viewer: Viewer | undefined,
  clauses: FilterClause[],
  order: OrderTerm<VersionOrderKey>[],
  page: { offset: number; limit: number },
): Promise<SearchPage> {
  const conditions = [
    visibleTo(sql`m.visibility`, sql`m.owner_group_id`, viewer),
    sql`m.archived_at is null and v.archived_at is null`,
    ...clauses.map((c) => clauseCondition(c, 'model_version')),
  ];
  const rows = await db.all<{
    id: number;
  }>(sql`select v.id as id from model_versions v join models m on m.id = v.model_id
    where ${where(conditions)}
    order by ${orderSql(order, VERSION_ORDER, sql`${MODEL_NAME} asc, v.version desc`)}
    limit ${page.limit + 1} offset ${page.offset}`);
  return { ids: rows.slice(0, page.limit).map((r) => Number(r.id)), more: rows.length > page.limit };
}
