import type { onnx } from 'onnx-proto';
import { decodeModel, type DecodeLimits } from './decode';
import { GraphFacts } from './graph-facts';
import { walkGraphs } from './graph-walk';
import { int64ToNumber } from './long';
import { scalarAttributes } from './node-attributes';
import { OperatorHistogram, displayDomain, normaliseDomain } from './operators';
import type { FunctionSummary, InspectReport, NodeSummary, OpsetImport } from './report-types';
import { sha256Hex } from './sha256';
import { initializerStats } from './tensor-stats';
import { summariseValue } from './value-summary';

export interface InspectOptions extends DecodeLimits {
  /** Nodes listed in `report.nodes` (all are counted). Default 10,000. */
  maxListedNodes?: number;
  /** Characters of doc_string and of each metadata value kept. Default 2,000. */
  maxTextLength?: number;
}

const DEFAULTS = { maxListedNodes: 10_000, maxTextLength: 2_000 };

function truncate(text: string, max: number): { text: string; truncated: boolean } {
  return text.length > max ? { text: `${text.slice(0, max)}…`, truncated: true } : { text, truncated: false };
}

/** Opset imports with normalised domains; the first import of a domain wins. */
function opsetImports(list: onnx.IOperatorSetIdProto[], warnings: string[], where: string): OpsetImport[] {
  const out: OpsetImport[] = [];
  for (const o of list) {
    const domain = normaliseDomain(o.domain);
    const version = int64ToNumber(o.version);
    const seen = out.find((x) => x.domain === domain);
    if (seen) {
      warnings.push(
        `${where} imports ${displayDomain(domain)} twice (opsets ${seen.version} and ${version}); using ${seen.version}.`,
      );
      continue;
    }
    out.push({ domain, version });
  }
  return out;
}

function warnUnimported(domains: Iterable<string>, imports: OpsetImport[], warnings: string[], where: string): void {
  for (const domain of domains) {
    if (!imports.some((o) => o.domain === domain)) {
      warnings.push(`${where} uses operators from ${displayDomain(domain)} but imports no opset for that domain.`);
    }
  }
}

function summariseFunction(f: onnx.IFunctionProto, modelImports: OpsetImport[], warnings: string[]): FunctionSummary {
  const name = f.name ?? '';
  const domain = normaliseDomain(f.domain);
  const where = `Function ${domain ? `${domain}:` : ''}${name}`;
  const own = opsetImports(f.opsetImport ?? [], warnings, where);
  // A function may rely on the model's imports for domains it does not import itself.
  const imports = [...own, ...modelImports.filter((m) => !own.some((o) => o.domain === m.domain))];
  const histogram = new OperatorHistogram();
  let nodeCount = 0;
  for (const visit of walkGraphs({ node: f.node ?? [] })) {
    for (const node of visit.graph.node ?? []) {
      histogram.add(node.domain, node.opType);
      nodeCount += 1;
    }
  }
  const operators = histogram.rows(imports);
  warnUnimported(new Set(operators.filter((o) => o.opset === null).map((o) => o.domain)), imports, warnings, where);
  return { domain, name, nodeCount, opsetImports: own, operators };
}

/**
 * Inspects an .onnx file: metadata, inputs/outputs, initializer sizes, operator histogram
 * (subgraphs included), node list, local functions and a SHA-256 of the bytes.
 * Throws OnnxInspectError for anything that is not a readable ONNX model.
 */
export async function inspectModel(bytes: Uint8Array, options: InspectOptions = {}): Promise<InspectReport> {
  const { maxListedNodes, maxTextLength } = { ...DEFAULTS, ...options };
  const { model } = decodeModel(bytes, options);
  const graph = model.graph!;
  const warnings: string[] = [];
  const irVersion = int64ToNumber(model.irVersion);

  let imports = opsetImports(model.opsetImport, warnings, 'The model');
  if (imports.length === 0) {
    imports = [{ domain: '', version: 1 }];
    warnings.push(`IR version ${irVersion} predates opset_import; assuming ai.onnx opset 1.`);
  }

  const histogram = new OperatorHistogram();
  const nodes: NodeSummary[] = [];
  const dense: onnx.ITensorProto[] = [];
  const sparse: onnx.ISparseTensorProto[] = [];
  let nodeCount = 0;
  let subgraphCount = 0;
  let subgraphNodeCount = 0;
  const facts = new GraphFacts(warnings);
  for (const visit of walkGraphs(graph)) {
    facts.add(visit);
    if (visit.depth > 0) subgraphCount += 1;
    dense.push(...(visit.graph.initializer ?? []));
    sparse.push(...(visit.graph.sparseInitializer ?? []));
    for (const node of visit.graph.node ?? []) {
      nodeCount += 1;
      if (visit.depth > 0) subgraphNodeCount += 1;
      histogram.add(node.domain, node.opType);
      if (nodes.length < maxListedNodes) {
        nodes.push({
          name: node.name ?? '',
          opType: node.opType ?? '',
          domain: normaliseDomain(node.domain),
          inputs: [...(node.input ?? [])],
          outputs: [...(node.output ?? [])],
          graph: visit.path,
          ...facts.nodeTypes(visit, node),
          attributes: scalarAttributes(node),
        });
      }
    }
  }
  const operators = histogram.rows(imports);
  warnUnimported(
    new Set(operators.filter((o) => o.opset === null).map((o) => o.domain)),
    imports,
    warnings,
    'The model',
  );

  // Old IR versions list every initializer as a graph input too; those are weights, not inputs.
  const initializerNames = new Set([
    ...(graph.initializer ?? []).map((t) => t.name ?? ''),
    ...(graph.sparseInitializer ?? []).map((s) => s.values?.name ?? ''),
  ]);
  const doc = truncate(model.docString ?? '', maxTextLength);
  const functions = model.functions.map((f) => summariseFunction(f, imports, warnings));
  const initializers = initializerStats(dense, sparse, warnings);

  return {
    schemaVersion: 1,
    byteSize: bytes.length,
    sha256: await sha256Hex(bytes),
    irVersion,
    opsetImports: imports,
    producer: { name: model.producerName ?? '', version: model.producerVersion ?? '' },
    model: { domain: model.domain ?? '', version: int64ToNumber(model.modelVersion) },
    docString: doc.text,
    docStringTruncated: doc.truncated,
    graphName: graph.name ?? '',
    inputs: (graph.input ?? []).filter((v) => !initializerNames.has(v.name ?? '')).map(summariseValue),
    outputs: (graph.output ?? []).map(summariseValue),
    initializers,
    constants: facts.constants,
    parameters: initializers.parameters + facts.constants.parameters,
    nodeCount,
    subgraphCount,
    subgraphNodeCount,
    subgraphs: facts.subgraphs,
    customDomains: facts.customDomains(imports, model.functions),
    externalData: facts.externalData,
    symbolicDims: facts.symbolicDims(),
    operators,
    nodes,
    nodesTruncated: nodes.length < nodeCount,
    functions,
    metadata: model.metadataProps.map((p) => ({
      key: p.key ?? '',
      value: truncate(p.value ?? '', maxTextLength).text,
    })),
    warnings,
  };
}
