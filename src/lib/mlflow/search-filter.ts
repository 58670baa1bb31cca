/**
 * MLflow registry search syntax: the `filter_string` of search-registered-models and
 * search-model-versions, and their `order_by` items. The accepted grammar follows MLflow's
 * SearchModelUtils / SearchModelVersionUtils (mlflow/utils/search_utils.py):
 *
 *   filter   := clause (AND clause)*          (AND in any case; OR and NOT are refused)
 *   clause   := field comparator value
 *   field    := name | run_id | source_path | version_number     (optionally `attribute.` first)
 *             | tags.<key> | tag.<key>       (key bare, `backquoted` or "double quoted")
 *   value    := 'string' | "string" | integer | '(' string (',' string)* ')'
 *
 * Registered models accept `name` and tags; model versions also `run_id` (with IN),
 * `source_path` and `version_number` (numeric comparators). Errors read like MLflow's
 * INVALID_PARAMETER_VALUE messages and quote the clause at fault.
 */
import { isKeyword, tokenize, type Token } from './filter-tokens';

export type SearchEntity = 'registered_model' | 'model_version';
export type FilterField = 'name' | 'run_id' | 'source_path' | 'version_number' | { tag: string };
export type FilterOp = '=' | '!=' | 'LIKE' | 'ILIKE' | 'IN' | '<' | '<=' | '>' | '>=';
export type FilterClause = { field: FilterField; op: FilterOp; value: string | number | string[] };
export type FilterResult = { ok: true; clauses: FilterClause[] } | { ok: false; message: string };

type AttributeKey = Exclude<FilterField, { tag: string }>;

const ATTRIBUTES: Record<SearchEntity, readonly AttributeKey[]> = {
  registered_model: ['name'],
  model_version: ['name', 'run_id', 'source_path', 'version_number'],
};
const STRING_OPS: readonly FilterOp[] = ['=', '!=', 'LIKE', 'ILIKE'];
const NUMERIC_OPS: readonly FilterOp[] = ['=', '!=', '<', '<=', '>', '>='];
const ENTITY_TYPES = ['attribute', 'tag', 'tags'];

const list = (items: readonly string[]) => items.map((s) => `'${s}'`).join(', ');
const invalid = (message: string): { ok: false; message: string } => ({ ok: false, message });

export function parseSearchFilter(text: string, entity: SearchEntity): FilterResult {
  const tokenized = tokenize(text);
  if (!tokenized.ok) return invalid(`Error on parsing filter '${text}': ${tokenized.message}`);
  const tokens = tokenized.tokens;
  // The token list always ends with `eof`; reading past it reads `eof` again.
  const at = (k: number): Token => tokens[Math.min(k, tokens.length - 1)]!;
  let pos = 0;

  // The source text of the clause starting at token `from`: up to the next AND outside a list.
  const clauseText = (from: number): string => {
    let depth = 0;
    let end = from;
    for (let k = from; at(k).kind !== 'eof'; k += 1) {
      const t = at(k);
      if (depth === 0 && k > from && isKeyword(t, 'AND')) break;
      if (t.kind === 'punct' && t.value === '(') depth += 1;
      if (t.kind === 'punct' && t.value === ')') depth -= 1;
      end = k;
    }
    return text.slice(at(from).start, at(end).end);
  };

  const parseClause = (): { ok: true; clause: FilterClause } | { ok: false; message: string } => {
    const start = pos;
    const inClause = () => ` in clause "${clauseText(start)}"`;
    const head = at(pos);
    if (head.kind !== 'ident' || ['AND', 'OR', 'NOT'].some((k) => isKeyword(head, k))) {
      return invalid(
        at(pos).kind === 'eof'
          ? `Invalid filter '${text}': expected a comparison after AND`
          : `Invalid clause(s) in filter string: "${clauseText(start)}". Expected a field such as name or tags.<key>`,
      );
    }
    pos += 1;

    let field: FilterField;
    if (head.parts.length === 1) {
      const key = head.parts[0];
      const known = ATTRIBUTES[entity].find((a) => a === key);
      if (!known) {
        return invalid(
          `Invalid attribute key '${key}' specified${inClause()}. Valid keys are ${list(ATTRIBUTES[entity])} and tags.<key>`,
        );
      }
      field = known;
    } else {
      const [type = '', ...rest] = head.parts;
      const key = rest.join('.');
      if (!ENTITY_TYPES.includes(type)) {
        return invalid(`Invalid entity type '${type}'${inClause()}. Valid entity types are ${list(ENTITY_TYPES)}`);
      }
      if (type === 'attribute') {
        const known = ATTRIBUTES[entity].find((a) => a === key);
        if (!known) {
          return invalid(
            `Invalid attribute key '${key}' specified${inClause()}. Valid keys are ${list(ATTRIBUTES[entity])}`,
          );
        }
        field = known;
      } else {
        if (key === '') return invalid(`Tag key is empty${inClause()}`);
        field = { tag: key };
      }
    }

    const opToken = at(pos);
    let op: FilterOp;
    if (opToken.kind === 'op') {
      if (opToken.value === '<>') {
        return invalid(`Invalid comparator '<>'${inClause()}. Use '!=' instead`);
      }
      op = opToken.value;
      pos += 1;
    } else if (isKeyword(opToken, 'LIKE') || isKeyword(opToken, 'ILIKE') || isKeyword(opToken, 'IN')) {
      op = (opToken as { parts: string[] }).parts[0]!.toUpperCase() as FilterOp;
      pos += 1;
    } else if (isKeyword(opToken, 'NOT')) {
      return invalid(`Invalid comparator 'NOT'${inClause()}. Negated comparisons are not supported`);
    } else {
      return invalid(`Invalid comparison clause${inClause()}. Expected a comparator after the field`);
    }

    const valueToken = at(pos);
    let value: string | number | string[];
    if (valueToken.kind === 'string') {
      value = valueToken.value;
      pos += 1;
    } else if (valueToken.kind === 'number') {
      const n = Number(valueToken.text);
      if (!Number.isFinite(n)) return invalid(`Invalid number '${valueToken.text}'${inClause()}`);
      value = n;
      pos += 1;
    } else if (valueToken.kind === 'punct' && valueToken.value === '(') {
      pos += 1;
      const items: string[] = [];
      for (;;) {
        const item = at(pos);
        if (item.kind !== 'string') {
          return invalid(
            `While parsing a list in the query, expected a non-empty list of string values, but got ill-formed list${inClause()}`,
          );
        }
        items.push(item.value);
        pos += 1;
        const sep: Token = at(pos);
        if (sep.kind === 'punct' && sep.value === ',') pos += 1;
        else if (sep.kind === 'punct' && sep.value === ')') {
          pos += 1;
          break;
        } else {
          return invalid(`While parsing a list in the query, expected ',' or ')'${inClause()}`);
        }
      }
      value = items;
    } else {
      return invalid(`Expected a quoted string value${field === 'version_number' ? ' or a number' : ''}${inClause()}`);
    }

    const name = typeof field === 'string' ? field : 'tag';
    if (field === 'version_number') {
      if (!NUMERIC_OPS.includes(op)) {
        return invalid(`Invalid comparator '${op}' not one of ${list(NUMERIC_OPS)}${inClause()}`);
      }
      const n = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n)) {
        return invalid(`Expected an integer value for 'version_number'${inClause()}`);
      }
      value = n;
    } else if (Array.isArray(value) || op === 'IN') {
      if (field !== 'run_id') {
        return invalid(
          `Only the 'run_id' attribute supports comparison with a list of quoted string values${inClause()}`,
        );
      }
      if (op !== 'IN' || !Array.isArray(value)) {
        return invalid(`'run_id' compares with a list only through IN${inClause()}`);
      }
    } else {
      if (!STRING_OPS.includes(op)) {
        return invalid(`Invalid comparator '${op}' not one of ${list(STRING_OPS)}${inClause()}`);
      }
      if (typeof value !== 'string') {
        return invalid(`Expected a quoted string value for ${name} (e.g. 'my-value')${inClause()}`);
      }
    }
    return { ok: true, clause: { field, op, value } };
  };

  const clauses: FilterClause[] = [];
  if (at(0).kind === 'eof') return { ok: true, clauses };
  for (;;) {
    const parsed = parseClause();
    if (!parsed.ok) return parsed;
    clauses.push(parsed.clause);
    const next = at(pos);
    if (next.kind === 'eof') return { ok: true, clauses };
    if (isKeyword(next, 'AND')) {
      pos += 1;
      continue;
    }
    const rest = text.slice(next.start).trim();
    return invalid(
      isKeyword(next, 'OR')
        ? `Invalid clause(s) in filter string: "${rest}". Only AND is supported to combine clauses`
        : `Invalid clause(s) in filter string: "${rest}". Combine clauses with AND`,
    );
  }
}

export { parseOrderBy, type OrderByClause, type OrderByResult, type OrderField } from './order-by';
