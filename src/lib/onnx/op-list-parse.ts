import type { EngineId, EngineOp, EngineOpList, EngineSection, SourceRef } from './op-list-types';
import { parseOpsetRange } from './opset-range';

/** What the list files do not say in a parseable way: ids, display names and source facts. */
export interface EngineListConfig {
  id: EngineId;
  name: string;
  version: string;
  file: string;
  /** Title for operators listed before any `# == section: … ==` line. */
  defaultSection: string;
  /** Checked against the file's comments: every value must appear there verbatim. */
  sources: readonly SourceRef[];
}

const SECTION_LINE = /^# == section: (.+) ==$/;
const OP_NAME = /^(?:([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*):)?([A-Za-z_][A-Za-z0-9_]*)$/;

function parseOpLine(line: string, where: string): EngineOp {
  // hls4ml.txt appends notes after two spaces and '#'.
  const noteAt = line.indexOf('  #');
  const note = noteAt >= 0 ? line.slice(noteAt + 3).trim() : null;
  const body = (noteAt >= 0 ? line.slice(0, noteAt) : line).trimEnd();
  const [name = '', range, ...extra] = body.split('\t');
  const m = OP_NAME.exec(name);
  if (!m || extra.length > 0) throw new Error(`${where}: cannot read operator line '${line}'`);
  let spans: EngineOp['spans'] = null;
  if (range !== undefined) {
    try {
      spans = parseOpsetRange(range);
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`);
    }
  }
  return { op: m[2]!, domain: m[1] ?? '', range: range ?? null, spans, note };
}

function checkSources(config: EngineListConfig, comments: string[], sections: EngineSection[]): void {
  const text = comments.join('\n');
  for (const source of config.sources) {
    for (const value of [source.repository, source.path, source.commit, source.date]) {
      if (value !== null && !text.includes(value)) {
        throw new Error(
          `${config.file}: source value '${value}' does not appear in the file's comments; update the engine list config`,
        );
      }
    }
    for (const title of source.sections) {
      if (!sections.some((s) => s.title === title)) throw new Error(`${config.file}: no section '${title}'`);
    }
  }
}

/** Parses one reference list (see ../shared/reference/onnx-ops/SOURCES.md for the format). */
export function parseOpList(text: string, config: EngineListConfig): EngineOpList {
  const comments: string[] = [];
  const sections: { title: string; ops: EngineOp[] }[] = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    const where = `${config.file}:${i + 1}`;
    if (line === '') return;
    const section = SECTION_LINE.exec(line);
    if (section) {
      sections.push({ title: section[1]!, ops: [] });
      return;
    }
    if (line.startsWith('#')) {
      comments.push(line.replace(/^# ?/, ''));
      return;
    }
    const op = parseOpLine(line, where);
    let current = sections[sections.length - 1];
    if (!current) {
      current = { title: config.defaultSection, ops: [] };
      sections.push(current);
    }
    if (current.ops.some((o) => o.op === op.op && o.domain === op.domain)) {
      throw new Error(`${where}: '${line}' is listed twice in section '${current.title}'`);
    }
    current.ops.push(op);
  });
  checkSources(config, comments, sections);
  return {
    id: config.id,
    name: config.name,
    version: config.version,
    file: config.file,
    sources: config.sources,
    comments,
    sections,
  };
}
