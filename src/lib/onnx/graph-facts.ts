import type { onnx } from 'onnx-proto';
import { dataTypeName } from './data-types';
import type { GraphVisit } from './graph-walk';
import { int64ToNumber } from './long';
import { normaliseDomain } from './operators';
import type {
  ConstantStats,
  CustomDomainUse,
  ExternalDataRef,
  OpsetImport,
  SubgraphSummary,
  SymbolicDim,
  TensorType,
} from './report-types';
import { tensorSize } from './tensor-stats';
import { describeType } from './value-summary';

const EXTERNAL = 1;
const FLOAT = 1;
const INT64 = 7;
const STRING = 8;
/** Domains defined by the ONNX standard; anything else is custom (com.microsoft, a company's own ops…). */
const STANDARD_DOMAINS = new Set(['', 'ai.onnx.ml', 'ai.onnx.training', 'ai.onnx.preview.training']);
/** Report lists stay bounded however large the model is; the counts stay exact. */
const MAX_LISTED = 1_000;
const MAX_USED_BY = 20;

/** What a Constant node holds: its output type, its element count and its stored bytes. */
interface ConstantValue {
  type: TensorType;
  elements: number;
  bytes: number;
  tensor: onnx.ITensorProto | null;
}

function tensorType(t: onnx.ITensorProto): TensorType {
  const elemType = dataTypeName(t.dataType ?? 0);
  return { type: elemType, elemType, shape: (t.dims ?? []).map(int64ToNumber) };
}

function listType(elemType: string, length: number | null): TensorType {
  return { type: elemType, elemType, shape: length === null ? [] : [length] };
}

/** The value a Constant node's attribute holds (ONNX Constant: value, sparse_value, value_float(s), value_int(s), value_string(s)). */
export function constantValue(node: onnx.INodeProto, warnings: string[]): ConstantValue | null {
  for (const attr of node.attribute ?? []) {
    switch (attr.name) {
      case 'value':
        if (!attr.t) break;
        return { type: tensorType(attr.t), ...sized(tensorSize(attr.t, warnings)), tensor: attr.t };
      case 'sparse_value': {
        const values = attr.sparseTensor?.values;
        if (!values) break;
        const size = tensorSize(values, warnings);
        const indices = attr.sparseTensor?.indices ? tensorSize(attr.sparseTensor.indices, warnings).bytes : 0;
        const dims = (attr.sparseTensor?.dims ?? []).map(int64ToNumber);
        const elemType = dataTypeName(values.dataType ?? 0);
        return {
          type: { type: `sparse(${elemType})`, elemType, shape: dims },
          elements: size.elements,
          bytes: size.bytes + indices,
          tensor: values,
        };
      }
      case 'value_float':
        return { type: listType(dataTypeName(FLOAT), null), elements: 1, bytes: 4, tensor: null };
      case 'value_floats':
        return {
          type: listType(dataTypeName(FLOAT), attr.floats?.length ?? 0),
          elements: attr.floats?.length ?? 0,
          bytes: 4 * (attr.floats?.length ?? 0),
          tensor: null,
        };
      case 'value_int':
        return { type: listType(dataTypeName(INT64), null), elements: 1, bytes: 8, tensor: null };
      case 'value_ints':
        return {
          type: listType(dataTypeName(INT64), attr.ints?.length ?? 0),
          elements: attr.ints?.length ?? 0,
          bytes: 8 * (attr.ints?.length ?? 0),
          tensor: null,
        };
      case 'value_string':
        return { type: listType(dataTypeName(STRING), null), elements: 1, bytes: attr.s?.length ?? 0, tensor: null };
      case 'value_strings': {
        const strings = attr.strings ?? [];
        return {
          type: listType(dataTypeName(STRING), strings.length),
          elements: strings.length,
          bytes: strings.reduce((sum, s) => sum + s.length, 0),
          tensor: null,
        };
      }
    }
  }
  return null;
}

function sized(size: { elements: number; bytes: number }): { elements: number; bytes: number } {
  return { elements: size.elements, bytes: size.bytes };
}

function isConstant(node: onnx.INodeProto): boolean {
  return node.opType === 'Constant' && normaliseDomain(node.domain) === '';
}

/** Value types visible in one graph: its own declarations, then those of the graphs around it (outer scope). */
class TypeScope {
  private readonly own = new Map<string, TensorType>();
  constructor(private readonly outer: TypeScope | null) {}
  set(name: string | null | undefined, type: TensorType): void {
    if (name && !this.own.has(name)) this.own.set(name, type);
  }
  get(name: string): TensorType | null {
    if (name === '') return null;
    return this.own.get(name) ?? this.outer?.get(name) ?? null;
  }
}

function externalRef(t: onnx.ITensorProto, graph: string): ExternalDataRef {
  const entry = (key: string) => (t.externalData ?? []).find((e) => e.key === key)?.value ?? null;
  const number = (key: string) => {
    const value = entry(key);
    const n = value === null ? NaN : Number(value);
    return Number.isSafeInteger(n) && n >= 0 ? n : null;
  };
  return {
    tensor: t.name ?? '',
    location: entry('location') ?? '',
    offset: number('offset'),
    length: number('length'),
    graph,
  };
}

/**
 * Facts gathered in one pass over every graph: Constant-node weights, subgraphs, custom domains in use,
 * external data, symbolic dimensions, and a type scope per graph for the node list.
 */
export class GraphFacts {
  readonly constants: ConstantStats = { count: 0, bytes: 0, parameters: 0 };
  readonly subgraphs: SubgraphSummary[] = [];
  readonly externalData: ExternalDataRef[] = [];
  private readonly scopes = new Map<GraphVisit, TypeScope>();
  private readonly domains = new Map<string, { nodeCount: number; opTypes: Set<string> }>();
  private readonly dims = new Map<string, string[]>();

  constructor(private readonly warnings: string[]) {}

  /** Visit graphs parents first (as walkGraphs returns them). */
  add(visit: GraphVisit): void {
    const { graph, path } = visit;
    const scope = new TypeScope(visit.parent ? (this.scopes.get(visit.parent) ?? null) : null);
    this.scopes.set(visit, scope);
    const where = path ? `${path}: ` : '';
    for (const [label, list] of [
      ['input', graph.input],
      ['output', graph.output],
      ['value', graph.valueInfo],
    ] as const) {
      for (const info of list ?? []) {
        const type = describeType(info.type);
        scope.set(info.name, type);
        for (const d of type.shape ?? [])
          if (typeof d === 'string') this.useDim(d, `${where}${label} ${info.name ?? ''}`);
      }
    }
    for (const t of graph.initializer ?? []) {
      scope.set(t.name, tensorType(t));
      if (t.dataLocation === EXTERNAL) this.externalData.push(externalRef(t, path));
    }
    for (const s of graph.sparseInitializer ?? []) {
      if (!s.values) continue;
      const elemType = dataTypeName(s.values.dataType ?? 0);
      scope.set(s.values.name, { type: `sparse(${elemType})`, elemType, shape: (s.dims ?? []).map(int64ToNumber) });
    }
    for (const node of graph.node ?? []) {
      const domain = normaliseDomain(node.domain);
      if (!STANDARD_DOMAINS.has(domain)) {
        const use = this.domains.get(domain) ?? { nodeCount: 0, opTypes: new Set<string>() };
        use.nodeCount += 1;
        use.opTypes.add(node.opType ?? '');
        this.domains.set(domain, use);
      }
      // ConstantOfShape's element type is that of its `value` tensor attribute, float32 without one (ONNX spec).
      if (node.opType === 'ConstantOfShape' && domain === '') {
        const value = (node.attribute ?? []).find((a) => a.name === 'value')?.t;
        const elemType = value ? dataTypeName(value.dataType ?? 0) : 'float32';
        scope.set(node.output?.[0], { type: elemType, elemType, shape: null });
      }
      if (!isConstant(node)) continue;
      const value = constantValue(node, this.warnings);
      if (!value) continue;
      this.constants.count += 1;
      this.constants.parameters += value.elements;
      this.constants.bytes += value.bytes;
      scope.set(node.output?.[0], value.type);
      if (value.tensor?.dataLocation === EXTERNAL) {
        this.externalData.push({
          ...externalRef(value.tensor, path),
          tensor: value.tensor.name || (node.output?.[0] ?? ''),
        });
      }
    }
    if (visit.depth > 0 && this.subgraphs.length < MAX_LISTED) {
      this.subgraphs.push({
        path,
        opType: visit.opType,
        attribute: visit.attribute,
        depth: visit.depth,
        nodeCount: graph.node?.length ?? 0,
        initializerCount: (graph.initializer?.length ?? 0) + (graph.sparseInitializer?.length ?? 0),
      });
    }
  }

  /** Input and output types of a node of `visit`'s graph, null where the model does not state them. */
  nodeTypes(
    visit: GraphVisit,
    node: onnx.INodeProto,
  ): { inputTypes: (TensorType | null)[]; outputTypes: (TensorType | null)[] } {
    const scope = this.scopes.get(visit);
    const lookup = (name: string) => scope?.get(name) ?? null;
    return { inputTypes: (node.input ?? []).map(lookup), outputTypes: (node.output ?? []).map(lookup) };
  }

  customDomains(imports: OpsetImport[], functions: onnx.IFunctionProto[]): CustomDomainUse[] {
    return [...this.domains.entries()]
      .map(([domain, use]) => {
        const opTypes = [...use.opTypes].sort();
        const local = new Set(functions.filter((f) => normaliseDomain(f.domain) === domain).map((f) => f.name ?? ''));
        return {
          domain,
          nodeCount: use.nodeCount,
          opTypes,
          opset: imports.find((o) => o.domain === domain)?.version ?? null,
          localFunctions: opTypes.filter((op) => local.has(op)),
        };
      })
      .sort((a, b) => b.nodeCount - a.nodeCount || a.domain.localeCompare(b.domain));
  }

  symbolicDims(): SymbolicDim[] {
    return [...this.dims.entries()]
      .map(([name, usedBy]) => ({ name, usedBy }))
      .sort((a, b) => a.name.localeCompare(b.name))
      .slice(0, MAX_LISTED);
  }

  private useDim(name: string, user: string): void {
    const users = this.dims.get(name) ?? [];
    if (users.length < MAX_USED_BY && !users.includes(user)) users.push(user);
    this.dims.set(name, users);
  }
}
