import { ENGINE_OP_LISTS } from './engines.generated';
import type { EngineId, EngineOp, EngineOpList } from './op-list-types';
import { qualifiedOp } from './operators';

export function engineList(id: EngineId): EngineOpList {
  const list = ENGINE_OP_LISTS.find((l) => l.id === id);
  if (!list) throw new Error(`no operator list for engine '${id}'`);
  return list;
}

/** Operators of the chosen sections (all when none are named), keyed by qualified name. */
export function opIndex(list: EngineOpList, sections?: (title: string) => boolean): Map<string, EngineOp> {
  const index = new Map<string, EngineOp>();
  for (const section of list.sections) {
    if (sections && !sections(section.title)) continue;
    for (const op of section.ops) index.set(qualifiedOp(op.domain, op.op), op);
  }
  return index;
}
