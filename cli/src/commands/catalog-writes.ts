import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';

/**
 * Every catalog write a CI job needs, over the REST API: models, versions, datasets, dataset
 * versions, aliases, benchmarks and deployments. Each command prints a short line (or the API's
 * answer with `--json`) and exits with one of these codes, the same for every command.
 */
export const EXIT = {
  ok: 0,
  /** The hub could not be reached, or answered with a server error. */
  unavailable: 1,
  /** No such model, version, dataset, alias or deployment (404). */
  notFound: 2,
  /** The hub refused the input (400, 422): `details.issues` are printed one per line. */
  validation: 3,
  /** Missing, unknown or revoked token, or one without the scope or group (401, 403). */
  auth: 4,
  /** Conflicts with what exists (409): a taken slug, a delete that something still refers to. */
  conflict: 5,
  /** Wrong command line: unknown command or option, missing argument, unreadable --data file. */
  usage: 64,
} as const;

export function exitCodeFor(status: number): number {
  if (status === 404) return EXIT.notFound;
  if (status === 400 || status === 422 || status === 413) return EXIT.validation;
  if (status === 401 || status === 403) return EXIT.auth;
  if (status === 409) return EXIT.conflict;
  return EXIT.unavailable;
}

interface CommonOptions {
  url: string;
  token?: string;
  json?: boolean;
}

class UsageError extends Error {}

const urlOption = () => new Option('--url <url>', 'hub origin').env('HUB_URL').default('http://localhost:4321');
const tokenOption = () => new Option('--token <token>', 'API token (hub_…)').env('HUB_TOKEN');

interface ErrorBody {
  error?: {
    message: string;
    details?: { issues?: { path: string; message: string }[]; blockers?: { message: string }[] };
  };
}

/** Calls the hub; prints the answer (or why it failed) and sets the exit code. */
async function send(
  options: CommonOptions,
  method: string,
  path: string,
  body: unknown,
  describe: (answer: unknown) => string,
): Promise<void> {
  if (method !== 'GET' && !options.token) {
    console.error('error: this command writes: pass --token or set HUB_TOKEN.');
    process.exitCode = EXIT.auth;
    return;
  }
  let res: Response;
  try {
    res = await fetch(new URL(path, options.url), {
      method,
      headers: {
        accept: 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    const e = error as Error & { cause?: Error };
    console.error(`error: could not reach the hub at ${options.url}: ${e.cause?.message ?? e.message}`);
    process.exitCode = EXIT.unavailable;
    return;
  }
  const text = await res.text();
  let answer: unknown = null;
  try {
    answer = text ? JSON.parse(text) : null;
  } catch {
    answer = null;
  }
  if (!res.ok) {
    const error = (answer as ErrorBody | null)?.error;
    if (options.json && answer) console.log(JSON.stringify(answer, null, 2));
    console.error(`error: ${error?.message ?? `the hub answered ${res.status}`}`);
    for (const issue of error?.details?.issues ?? []) console.error(`  ${issue.path}: ${issue.message}`);
    for (const blocker of error?.details?.blockers ?? []) console.error(`  - ${blocker.message}`);
    process.exitCode = exitCodeFor(res.status);
    return;
  }
  if (options.json) console.log(JSON.stringify(answer ?? { ok: true, status: res.status }, null, 2));
  else console.log(describe(answer));
}

/** `--data '{…}'`, `--data @file.json` or `--data -` (stdin): the request body, merged under the flags. */
function readData(data: string | undefined): Record<string, unknown> {
  if (data === undefined) return {};
  let text = data;
  try {
    if (data === '-') text = readFileSync(0, 'utf8');
    else if (data.startsWith('@')) text = readFileSync(data.slice(1), 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read --data ${data}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError('--data is not JSON');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new UsageError('--data must be a JSON object');
  return parsed as Record<string, unknown>;
}

/** Flags that were given, by their API field names. */
function fields(options: object, names: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const given = options as Record<string, unknown>;
  for (const [flag, field] of Object.entries(names)) if (given[flag] !== undefined) out[field] = given[flag];
  return out;
}

function integer(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`"${value}" is not a version number`);
  return Number(value);
}

const enc = encodeURIComponent;
const reasonQuery = (reason: string | undefined) => (reason ? `?reason=${enc(reason)}` : '');

/** Adds the options every catalog command takes, and runs its action with usage errors mapped to exit 64. */
function command<O extends CommonOptions>(
  parent: Command,
  spec: string,
  description: string,
  action: (args: string[], options: O) => Promise<void>,
): Command {
  const cmd = parent
    .command(spec)
    .description(description)
    .addOption(urlOption())
    .addOption(tokenOption())
    .option('--json', 'print the API answer as JSON');
  cmd.action(async (...received: unknown[]) => {
    const options = received[received.length - 2] as O;
    const args = received.slice(0, received.length - 2) as string[];
    try {
      await action(args, options);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      console.error(`error: ${error.message}`);
      process.exitCode = EXIT.usage;
    }
  });
  return cmd;
}

function group(program: Command, name: string, description: string): Command {
  return program.commands.find((c) => c.name() === name) ?? program.command(name).description(description);
}

type Obj = Record<string, unknown>;
const dataOption = (cmd: Command) =>
  cmd.option('--data <json>', 'request body: JSON, @file.json or - for stdin (flags win over it)');

function lifecycleCommands(
  parent: Command,
  what: string,
  args: string,
  pathOf: (args: string[]) => string,
  label: (args: string[]) => string,
) {
  for (const action of ['archive', 'unarchive'] as const) {
    command<CommonOptions & { reason?: string }>(
      parent,
      `${action} ${args}`,
      `${action === 'archive' ? 'Archive' : 'Unarchive'} a ${what} (POST …/${action})`,
      async (a, o) =>
        send(o, 'POST', `${pathOf(a)}/${action}`, o.reason ? { reason: o.reason } : {}, () => `${label(a)} ${action}d`),
    ).option('--reason <text>', 'why (kept in the audit record)');
  }
  command<CommonOptions & { reason?: string }>(
    parent,
    `delete ${args}`,
    `Delete a ${what} (DELETE); refused with exit 5 while something refers to it`,
    async (a, o) => send(o, 'DELETE', `${pathOf(a)}${reasonQuery(o.reason)}`, undefined, () => `${label(a)} deleted`),
  ).option('--reason <text>', 'why (kept in the audit record)');
}

export function registerCatalogWriteCommands(program: Command) {
  const model = group(program, 'model', 'Models in a hub catalog');
  const modelFlags = { name: 'name', summary: 'summary', task: 'task', license: 'license', visibility: 'visibility' };
  const withModelFlags = (cmd: Command) =>
    dataOption(
      cmd
        .option('--name <name>')
        .option('--summary <text>')
        .option('--task <task>')
        .option('--license <spdx>')
        .option('--visibility <public|internal>')
        .option('--tag <tag...>', 'tags'),
    );
  withModelFlags(
    command<CommonOptions & Obj>(model, 'create <slug>', 'Register a model (POST /api/models)', async ([slug], o) =>
      send(
        o,
        'POST',
        '/api/models',
        { ...readData(o.data as string), slug, ...fields(o, { ...modelFlags, tag: 'tags', ownerGroup: 'ownerGroup' }) },
        (m) => `created model ${(m as Obj).slug}`,
      ),
    ).option('--owner-group <group>', 'owner (admins only; default: the token group)'),
  );
  withModelFlags(
    command<CommonOptions & Obj>(
      model,
      'update <slug>',
      'Change a model (PATCH /api/models/{slug})',
      async ([slug], o) =>
        send(
          o,
          'PATCH',
          `/api/models/${enc(slug!)}`,
          { ...readData(o.data as string), ...fields(o, { ...modelFlags, tag: 'tags' }) },
          (m) => `updated model ${(m as Obj).slug}`,
        ),
    ),
  );
  lifecycleCommands(
    model,
    'model',
    '<slug>',
    ([s]) => `/api/models/${enc(s!)}`,
    ([s]) => `model ${s}`,
  );

  const version = group(program, 'version', 'Model versions');
  dataOption(
    command<CommonOptions & Obj>(
      version,
      'register <model>',
      'Register a version (POST /api/models/{slug}/versions); the body (artifacts, metrics, datasets…) comes from --data',
      async ([slug], o) =>
        send(
          o,
          'POST',
          `/api/models/${enc(slug!)}/versions`,
          { ...readData(o.data as string), ...fields(o, { description: 'description', status: 'status' }) },
          (v) => `registered ${slug} v${(v as Obj).version}`,
        ),
    )
      .option('--description <text>')
      .option('--status <status>', 'ready, registering or failed'),
  );
  dataOption(
    command<CommonOptions & Obj>(
      version,
      'update <model> <version>',
      'Change a version (PATCH /api/models/{slug}/versions/{n})',
      async ([slug, n], o) =>
        send(
          o,
          'PATCH',
          `/api/models/${enc(slug!)}/versions/${integer(n!)}`,
          { ...readData(o.data as string), ...fields(o, { description: 'description', status: 'status' }) },
          () => `updated ${slug} v${n}`,
        ),
    )
      .option('--description <text>')
      .option('--status <status>'),
  );
  lifecycleCommands(
    version,
    'model version',
    '<model> <version>',
    ([s, n]) => `/api/models/${enc(s!)}/versions/${integer(n!)}`,
    ([s, n]) => `${s} v${n}`,
  );

  const dataset = group(program, 'dataset', 'Datasets');
  const datasetFlags = {
    name: 'name',
    summary: 'summary',
    format: 'format',
    license: 'license',
    visibility: 'visibility',
  };
  const withDatasetFlags = (cmd: Command) =>
    dataOption(
      cmd
        .option('--name <name>')
        .option('--summary <text>')
        .option('--format <format>')
        .option('--license <spdx>')
        .option('--visibility <public|internal>')
        .option('--tag <tag...>', 'tags'),
    );
  withDatasetFlags(
    command<CommonOptions & Obj>(
      dataset,
      'create <slug>',
      'Register a dataset (POST /api/datasets)',
      async ([slug], o) =>
        send(
          o,
          'POST',
          '/api/datasets',
          {
            ...readData(o.data as string),
            slug,
            ...fields(o, { ...datasetFlags, tag: 'tags', ownerGroup: 'ownerGroup' }),
          },
          (d) => `created dataset ${(d as Obj).slug}`,
        ),
    ).option('--owner-group <group>', 'owner (admins only; default: the token group)'),
  );
  withDatasetFlags(
    command<CommonOptions & Obj>(
      dataset,
      'update <slug>',
      'Change a dataset (PATCH /api/datasets/{slug})',
      async ([slug], o) =>
        send(
          o,
          'PATCH',
          `/api/datasets/${enc(slug!)}`,
          { ...readData(o.data as string), ...fields(o, { ...datasetFlags, tag: 'tags' }) },
          (d) => `updated dataset ${(d as Obj).slug}`,
        ),
    ),
  );
  lifecycleCommands(
    dataset,
    'dataset',
    '<slug>',
    ([s]) => `/api/datasets/${enc(s!)}`,
    ([s]) => `dataset ${s}`,
  );
  const datasetVersion = dataset.command('version').description('Dataset versions');
  dataOption(
    command<CommonOptions & Obj>(
      datasetVersion,
      'register <dataset> <version>',
      'Register a dataset version (POST /api/datasets/{slug}/versions); bytes, files and replicas from flags or --data',
      async ([slug, label], o) =>
        send(
          o,
          'POST',
          `/api/datasets/${enc(slug!)}/versions`,
          {
            ...readData(o.data as string),
            version: label,
            ...(o.bytes === undefined ? {} : { bytes: Number(o.bytes) }),
            ...(o.files === undefined ? {} : { fileCount: Number(o.files) }),
            ...(o.replica === undefined ? {} : { replicas: (o.replica as string[]).map((uri) => ({ uri })) }),
          },
          () => `registered ${slug} ${label}`,
        ),
    )
      .option('--bytes <n>', 'total size in bytes')
      .option('--files <n>', 'number of files')
      .option('--replica <uri...>', 'where it can be read (root://…, s3://…)'),
  );
  lifecycleCommands(
    datasetVersion,
    'dataset version',
    '<dataset> <version>',
    ([s, v]) => `/api/datasets/${enc(s!)}/versions/${enc(v!)}`,
    ([s, v]) => `${s} ${v}`,
  );

  const alias = group(program, 'alias', 'Model aliases (production, staging, …)');
  command<CommonOptions & { reason?: string }>(
    alias,
    'set <model> <alias> <version>',
    'Point an alias at a version (PUT /api/models/{slug}/aliases/{alias})',
    async ([slug, name, n], o) =>
      send(
        o,
        'PUT',
        `/api/models/${enc(slug!)}/aliases/${enc(name!)}`,
        { version: integer(n!), ...(o.reason ? { reason: o.reason } : {}) },
        () => `${slug}@${name} → v${n}`,
      ),
  ).option('--reason <text>');
  command<CommonOptions & { reason?: string }>(
    alias,
    'delete <model> <alias>',
    'Remove an alias (DELETE /api/models/{slug}/aliases/{alias})',
    async ([slug, name], o) =>
      send(
        o,
        'DELETE',
        `/api/models/${enc(slug!)}/aliases/${enc(name!)}${reasonQuery(o.reason)}`,
        undefined,
        () => `removed ${slug}@${name}`,
      ),
  ).option('--reason <text>');

  const benchmark = group(program, 'benchmark', 'Inference benchmark results');
  command<CommonOptions & { model?: string; version?: string; limit?: string }>(
    benchmark,
    'list',
    'List benchmark results (GET /api/benchmarks)',
    async (_args, o) => {
      const query = new URLSearchParams();
      if (o.model) query.set('model', o.model);
      if (o.version) query.set('version', String(integer(o.version)));
      if (o.limit) query.set('limit', o.limit);
      await send(o, 'GET', `/api/benchmarks${query.size ? `?${query}` : ''}`, undefined, (page) => {
        const items = ((page as { items?: Obj[] }).items ?? []) as Obj[];
        if (items.length === 0) return 'no benchmark results';
        return items.map((r) => `${r.id}  ${r.model} v${r.version}`).join('\n');
      });
    },
  )
    .option('--model <slug>')
    .option('--version <n>')
    .option('--limit <n>');
  dataOption(
    command<CommonOptions & Obj>(
      benchmark,
      'post',
      'Record a benchmark result (POST /api/benchmarks); the record (harness JSON) comes from --data',
      async (_args, o) =>
        send(
          o,
          'POST',
          '/api/benchmarks',
          readData((o.data as string | undefined) ?? '-'),
          (r) => `recorded benchmark ${(r as Obj).id}`,
        ),
    ),
  );

  const deployment = group(program, 'deployment', 'Where model versions run');
  command<CommonOptions & { active?: boolean }>(
    deployment,
    'list <model>',
    'List deployments (GET /api/models/{slug}/deployments)',
    async ([slug], o) =>
      send(o, 'GET', `/api/models/${enc(slug!)}/deployments${o.active ? '?active=true' : ''}`, undefined, (page) => {
        const items = ((page as { items?: Obj[] }).items ?? []) as Obj[];
        if (items.length === 0) return 'no deployments';
        return items
          .map((d) => `${d.id}  v${d.version}  ${d.kind}  ${d.target}${d.active ? '' : ' (ended)'}`)
          .join('\n');
      }),
  ).option('--active', 'only running ones');
  command<CommonOptions & Obj>(
    deployment,
    'create <model> <version>',
    'Record that a version runs somewhere (POST /api/models/{slug}/deployments)',
    async ([slug, n], o) =>
      send(
        o,
        'POST',
        `/api/models/${enc(slug!)}/deployments`,
        {
          version: integer(n!),
          ...fields(o, { kind: 'kind', target: 'target', link: 'url', notes: 'notes', startedAt: 'startedAt' }),
        },
        (d) => `deployment ${(d as Obj).id}: ${slug} v${n} → ${(d as Obj).target}`,
      ),
  )
    .requiredOption('--kind <kind>', 'cmssw, hlt, triton, fpga, …')
    .requiredOption('--target <text>', 'where it runs')
    .option('--link <url>', 'a link to the deployment (its `url`)')
    .option('--notes <text>')
    .option('--started-at <iso>');
  command<CommonOptions & { reason?: string; endedAt?: string }>(
    deployment,
    'end <model> <id>',
    'End a deployment (POST /api/models/{slug}/deployments/{id}/end)',
    async ([slug, id], o) =>
      send(
        o,
        'POST',
        `/api/models/${enc(slug!)}/deployments/${integer(id!)}/end`,
        fields(o, { reason: 'reason', endedAt: 'endedAt' }),
        () => `ended deployment ${id}`,
      ),
  )
    .option('--reason <text>')
    .option('--ended-at <iso>');
}
