/**
 * `order_by` items of MLflow's registry searches: `<key> [ASC|DESC]`, the key optionally
 * backquoted or prefixed with `attribute.`. Keys per entity follow MLflow: registered models
 * sort by name, creation_timestamp or last_updated_timestamp (`timestamp` is MLflow's older
 * name for last_updated_timestamp); model versions by name, version_number,
 * creation_timestamp or last_updated_timestamp.
 */
import { isKeyword, tokenize } from './filter-tokens';

export type OrderField = 'name' | 'version_number' | 'creation_timestamp' | 'last_updated_timestamp';
export type OrderByClause = { field: OrderField; ascending: boolean };
export type OrderByResult = { ok: true; orderBy: OrderByClause[] } | { ok: false; message: string };

const ORDER_KEYS: Record<'registered_model' | 'model_version', readonly string[]> = {
  registered_model: ['name', 'creation_timestamp', 'last_updated_timestamp', 'timestamp'],
  model_version: ['name', 'version_number', 'creation_timestamp', 'last_updated_timestamp'],
};

function parseItem(
  item: string,
  entity: 'registered_model' | 'model_version',
): { ok: true; clause: OrderByClause } | { ok: false; message: string } {
  const unparsable = { ok: false as const, message: `Invalid order_by clause '${item}'. Could not be parsed.` };
  const tokenized = tokenize(item);
  if (!tokenized.ok) return unparsable;
  const [keyToken, direction, end] = tokenized.tokens;
  if (!keyToken || !direction) return unparsable;
  if (keyToken.kind !== 'ident') return unparsable;

  let ascending = true;
  if (direction.kind !== 'eof') {
    if (end?.kind !== 'eof') return unparsable;
    if (isKeyword(direction, 'DESC')) ascending = false;
    else if (!isKeyword(direction, 'ASC')) {
      return { ok: false, message: `Invalid ordering key in order_by clause '${item}'.` };
    }
  }

  const parts = keyToken.parts;
  if (parts.length > 2 || (parts.length === 2 && parts[0] !== 'attribute')) {
    return {
      ok: false,
      message: `Invalid order_by entity in clause '${item}'. Only attributes can be ordered by.`,
    };
  }
  const key = parts[parts.length - 1] ?? '';
  const valid = ORDER_KEYS[entity];
  if (!valid.includes(key)) {
    return {
      ok: false,
      message: `Invalid order by key '${key}' specified. Valid keys are ${valid.map((k) => `'${k}'`).join(', ')}`,
    };
  }
  const field = (key === 'timestamp' ? 'last_updated_timestamp' : key) as OrderField;
  return { ok: true, clause: { field, ascending } };
}

export function parseOrderBy(items: readonly string[], entity: 'registered_model' | 'model_version'): OrderByResult {
  const orderBy: OrderByClause[] = [];
  for (const item of items) {
    const parsed = parseItem(item, entity);
    if (!parsed.ok) return parsed;
    if (orderBy.some((o) => o.field === parsed.clause.field)) {
      return { ok: false, message: `\`order_by\` contains duplicate fields: ${item}` };
    }
    orderBy.push(parsed.clause);
  }
  return { ok: true, orderBy };
}
