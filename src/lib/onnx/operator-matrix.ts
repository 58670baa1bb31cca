import { JSEP_KNOWN_ISSUES } from './coverage';
import { engineList, opIndex } from './engine-lists';
import type { EngineId, EngineOp, EngineOpList, SourceRef } from './op-list-types';
import { displayDomain } from './operators';
import { describeSpans, opsetInSpans } from './opset-range';

/**
 * Every operator named by the engine operator lists (the ones the inspector checks models
 * against) against each engine: does it take the operator, from which opset, and where.
 */

export const MATRIX_ENGINES = ['ort-cpu', 'webgpu', 'webgpu-native', 'wasm', 'sofie', 'hls4ml'] as const;
export type MatrixEngine = (typeof MATRIX_ENGINES)[number];

export interface MatrixEngineInfo {
  id: MatrixEngine;
  name: string;
  /** what the column means, in a sentence */
  detail: string;
  list: EngineId;
}

export const MATRIX_ENGINE_INFO: readonly MatrixEngineInfo[] = [
  {
    id: 'ort-cpu',
    name: 'ONNX Runtime CPU',
    detail: 'CPUExecutionProvider of ONNX Runtime 1.30 (Python, C++, onnxruntime-node).',
    list: 'ort-cpu',
  },
  {
    id: 'webgpu',
    name: 'onnxruntime-web WebGPU',
    detail:
      "Default 'onnxruntime-web' import (JSEP back end): an operator without a WebGPU kernel runs on the WASM CPU kernels instead.",
    list: 'ort-web-webgpu',
  },
  {
    id: 'webgpu-native',
    name: 'WebGPU (native EP)',
    detail: "The 'onnxruntime-web/webgpu' import (C++ WebGPU execution provider); also falls back to WASM.",
    list: 'ort-web-webgpu',
  },
  {
    id: 'wasm',
    name: 'onnxruntime-web WASM',
    detail: 'The WASM (CPU) back end of onnxruntime-web: the same CPU kernels as ONNX Runtime CPU.',
    list: 'ort-cpu',
  },
  {
    id: 'sofie',
    name: 'TMVA SOFIE',
    detail: 'ROOT TMVA SOFIE ONNX parser: default domain only, no opset ranges (it keys on op_type).',
    list: 'tmva-sofie',
  },
  {
    id: 'hls4ml',
    name: 'hls4ml',
    detail: 'hls4ml ONNX/QONNX front end, after qonnx clean-up; no opset ranges.',
    list: 'hls4ml',
  },
];

/** `yes`: runs; `fallback`: runs, but on WASM; `opset`: listed, not at this opset; `no`: not taken. */
export type MatrixCellStatus = 'yes' | 'fallback' | 'opset' | 'no';

export interface MatrixCell {
  status: MatrixCellStatus;
  /** the list's opset range (`7+`, `9-10`), null when the list gives none */
  range: string | null;
  note: string | null;
}

export interface MatrixRow {
  /** `Relu`, `ai.onnx.ml:Scaler`, `qonnx:Quant` */
  op: string;
  opType: string;
  /** `ai.onnx`, `ai.onnx.ml`, `com.microsoft`, `qonnx (custom)` */
  domain: string;
  cells: Record<MatrixEngine, MatrixCell>;
}

// Same rules as the inspector's coverage (coverage.ts, SOURCES.md).
const ORT_ALWAYS = new Map([
  ['Constant', 'becomes an initializer when the model loads'],
  ['HardSwish', 'an ONNX function: runs by function expansion'],
  ['Mish', 'an ONNX function: runs by function expansion'],
]);

/** The ops of a list, keyed as in the matrix (QONNX custom ops get their own domain). */
function keyed(list: EngineOpList, sections?: (title: string) => boolean): Map<string, EngineOp> {
  const out = new Map<string, EngineOp>();
  for (const [key, op] of opIndex(list, sections)) out.set(op.note === 'qonnx' ? `qonnx:${op.op}` : key, op);
  return out;
}

function listedCell(entry: EngineOp | undefined, opset: number | null): MatrixCell | null {
  if (!entry) return null;
  if (opset !== null && !opsetInSpans(opset, entry.spans))
    return { status: 'opset', range: entry.range, note: `${describeSpans(entry.spans!)}` };
  return { status: 'yes', range: entry.range, note: entry.note };
}

const NO: MatrixCell = { status: 'no', range: null, note: null };

/** The whole matrix at an opset (null: any opset the lists name). Sorted by domain, then name. */
export function operatorMatrix(opset: number | null = null): MatrixRow[] {
  const cpu = keyed(engineList('ort-cpu'));
  const web = engineList('ort-web-webgpu');
  const jsep = keyed(web, (t) => t.startsWith('jsep'));
  const native = keyed(web, (t) => t.startsWith('native'));
  const sofie = keyed(engineList('tmva-sofie'));
  const hlsList = engineList('hls4ml');
  const hls = keyed(hlsList);
  const bypassed = keyed(hlsList, (t) => t.startsWith('skipped'));

  const ortCell = (key: string, opType: string, domain: string): MatrixCell => {
    const listed = listedCell(cpu.get(key), opset);
    if (listed) return listed;
    const always = domain === '' ? ORT_ALWAYS.get(opType) : undefined;
    return always ? { status: 'yes', range: null, note: always } : NO;
  };
  const gpuCell = (gpu: Map<string, EngineOp>, key: string, cpuCell: MatrixCell): MatrixCell => {
    if (key === 'Constant' && cpuCell.status === 'yes') return cpuCell;
    const listed = listedCell(gpu.get(key), opset);
    const issue = gpu === jsep ? JSEP_KNOWN_ISSUES[key] : undefined;
    if (listed?.status === 'yes') return issue ? { ...listed, note: `Known problem: ${issue}` } : listed;
    if (cpuCell.status === 'yes')
      return {
        status: 'fallback',
        range: listed?.range ?? null,
        note: listed ? `WebGPU kernel ${listed.note}; runs on WASM` : 'no WebGPU kernel: runs on the WASM CPU kernels',
      };
    return listed ?? NO;
  };

  const keys = new Set([...cpu.keys(), ...jsep.keys(), ...native.keys(), ...sofie.keys(), ...hls.keys()]);
  const rows: MatrixRow[] = [];
  for (const key of keys) {
    const colon = key.indexOf(':');
    const rawDomain = colon < 0 ? '' : key.slice(0, colon);
    const opType = colon < 0 ? key : key.slice(colon + 1);
    const ort = ortCell(key, opType, rawDomain);
    rows.push({
      op: key,
      opType,
      domain: rawDomain === 'qonnx' ? 'qonnx (custom)' : displayDomain(rawDomain),
      cells: {
        'ort-cpu': ort,
        webgpu: gpuCell(jsep, key, ort),
        'webgpu-native': gpuCell(native, key, ort),
        wasm: ort,
        sofie: rawDomain === '' ? (listedCell(sofie.get(key), null) ?? NO) : NO,
        hls4ml: bypassed.has(key)
          ? { status: 'yes', range: null, note: 'bypassed as a no-op' }
          : (listedCell(hls.get(key), null) ?? NO),
      },
    });
  }
  const domainOrder = (d: string) => (d === 'ai.onnx' ? 0 : d === 'ai.onnx.ml' ? 1 : d.startsWith('qonnx') ? 3 : 2);
  return rows.sort(
    (a, b) =>
      domainOrder(a.domain) - domainOrder(b.domain) ||
      a.domain.localeCompare(b.domain) ||
      a.opType.localeCompare(b.opType),
  );
}

export type MatrixShow = 'all' | 'supported' | 'unsupported';

export interface MatrixQuery {
  engines: MatrixEngine[];
  opset: number | null;
  show: MatrixShow;
  q: string;
  /** what could not be read from the URL, said on the page */
  problems: string[];
}

/** The page's GET parameters; anything unreadable falls back to the default and is reported. */
export function readMatrixQuery(params: URLSearchParams): MatrixQuery {
  const problems: string[] = [];
  const asked = params.getAll('engine').filter((e) => e.trim() !== '');
  const engines = asked.filter((e): e is MatrixEngine => (MATRIX_ENGINES as readonly string[]).includes(e));
  if (engines.length < asked.length)
    problems.push(`Unknown engine: ${asked.filter((e) => !engines.includes(e as MatrixEngine)).join(', ')}.`);
  const rawOpset = params.get('opset')?.trim() ?? '';
  let opset: number | null = null;
  if (rawOpset !== '') {
    if (/^\d{1,3}$/.test(rawOpset) && Number(rawOpset) >= 1) opset = Number(rawOpset);
    else problems.push(`Opset "${rawOpset.slice(0, 20)}" is not a whole number from 1: showing every opset.`);
  }
  const rawShow = params.get('show') ?? 'all';
  const show: MatrixShow = rawShow === 'supported' || rawShow === 'unsupported' ? rawShow : 'all';
  return {
    engines: engines.length > 0 ? [...new Set(engines)] : [...MATRIX_ENGINES],
    opset,
    show,
    q: (params.get('q') ?? '').trim().slice(0, 80),
    problems,
  };
}

/** Rows that pass the filters: name contains `q`; `supported` = runs (on GPU or WASM) in every chosen engine. */
export function filterMatrix(rows: MatrixRow[], query: MatrixQuery): MatrixRow[] {
  const q = query.q.toLowerCase();
  const runs = (c: MatrixCell) => c.status === 'yes' || c.status === 'fallback';
  return rows.filter((r) => {
    if (q && !r.op.toLowerCase().includes(q)) return false;
    if (query.show === 'supported') return query.engines.every((e) => runs(r.cells[e]));
    if (query.show === 'unsupported') return query.engines.some((e) => !runs(r.cells[e]));
    return true;
  });
}

/** Where each engine's list comes from, for the page's sources. */
export function matrixSources(): { engine: MatrixEngineInfo; list: EngineOpList; sources: readonly SourceRef[] }[] {
  return MATRIX_ENGINE_INFO.map((engine) => {
    const list = engineList(engine.list);
    const sources =
      engine.id === 'webgpu'
        ? list.sources.filter((s) => s.sections.length === 0 || s.sections.some((t) => t.startsWith('jsep')))
        : engine.id === 'webgpu-native'
          ? list.sources.filter((s) => s.sections.length === 0 || s.sections.some((t) => t.startsWith('native')))
          : list.sources;
    return { engine, list, sources };
  });
}

/** A link for a source: the repository at the list's commit, or the npm package version. */
export function sourceHref(s: SourceRef): string | null {
  const gh = /^github\.com\/([\w.-]+\/[\w.-]+)$/.exec(s.repository);
  if (gh) return s.commit ? `https://github.com/${gh[1]}/tree/${s.commit}` : `https://github.com/${gh[1]}`;
  const npm = /^npm (@?[\w./-]+?)@(\d[\w.-]*)$/.exec(s.repository);
  if (npm) return `https://www.npmjs.com/package/${npm[1]}/v/${npm[2]}`;
  return null;
}
