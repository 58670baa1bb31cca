import type { JobKind } from '../events/vocabulary';

/**
 * Which hub model a native CI run belongs to. A webhook source keeps an ordered list of rules;
 * the first rule whose globs all match the run decides the model and the job kind. Globs know
 * only `*` (any run of characters, `/` included) and `?` (one character): users never write
 * regular expressions.
 */
export interface GithubMapping {
  provider: 'github';
  /** `owner/name` of the repository. */
  repository: string;
  /** The workflow file path (`.github/workflows/train.yml`), its file name, or the workflow's name. */
  workflow: string;
  branch: string;
  /** The job name (workflow_job events); a workflow_run has no job and matches only `*`. */
  job: string;
  model: string;
  kind: JobKind;
}

export interface GitlabMapping {
  provider: 'gitlab';
  /** The project path with its namespace, e.g. `cms-ml/jet-tagger`. */
  project: string;
  /** The pipeline name (`workflow:name`); an unnamed pipeline matches only `*`. */
  pipeline: string;
  /** The job name (Job Hook); a pipeline has no job and matches only `*`. */
  job: string;
  branch: string;
  model: string;
  kind: JobKind;
}

export type SourceMapping = GithubMapping | GitlabMapping;

export const MAX_SOURCE_MAPPINGS = 50;

/** What a native delivery says about its run, for matching. Absent fields are not checked. */
export type RunFacts =
  | {
      provider: 'github';
      repository: string;
      workflowPath?: string | undefined;
      workflowName?: string | undefined;
      branch?: string | undefined;
      job?: string | undefined;
      /** A release: matched on the repository, by rules that do not pick out jobs (`job` is `*`). */
      release?: boolean;
    }
  | {
      provider: 'gitlab';
      project: string;
      pipeline?: string | undefined;
      branch?: string | undefined;
      job?: string | undefined;
      release?: boolean;
    };

/**
 * Wildcard match in O(pattern × text) at worst, without building a RegExp (no backtracking
 * blow-up on patterns such as `*a*a*a*b`).
 */
export function globMatch(pattern: string, text: string, caseInsensitive = false): boolean {
  const p = caseInsensitive ? pattern.toLowerCase() : pattern;
  const t = caseInsensitive ? text.toLowerCase() : text;
  let pi = 0;
  let ti = 0;
  let star = -1;
  let mark = 0;
  while (ti < t.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === t[ti])) {
      pi++;
      ti++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = ti;
    } else if (star >= 0) {
      pi = star + 1;
      ti = ++mark;
    } else return false;
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** `*` matches a missing value; any other pattern needs one. */
const matchesOptional = (pattern: string, value: string | undefined) =>
  pattern === '*' || (value !== undefined && globMatch(pattern, value));

function matches(rule: SourceMapping, run: RunFacts): boolean {
  if (rule.provider === 'github' && run.provider === 'github') {
    if (!globMatch(rule.repository, run.repository, true)) return false;
    if (run.release) return rule.job === '*';
    const workflows = [run.workflowPath, run.workflowPath && basename(run.workflowPath), run.workflowName].filter(
      (w): w is string => !!w,
    );
    if (rule.workflow !== '*' && !workflows.some((w) => globMatch(rule.workflow, w))) return false;
    return matchesOptional(rule.branch, run.branch) && matchesOptional(rule.job, run.job);
  }
  if (rule.provider === 'gitlab' && run.provider === 'gitlab') {
    if (!globMatch(rule.project, run.project, true)) return false;
    if (run.release) return rule.job === '*';
    return (
      matchesOptional(rule.pipeline, run.pipeline) &&
      matchesOptional(rule.branch, run.branch) &&
      matchesOptional(rule.job, run.job)
    );
  }
  return false;
}

/**
 * The first rule that matches the run, if any. A release has no workflow, branch or job: it
 * takes the first rule for its repository (project) whose `job` is `*`.
 */
export function findMapping(rules: readonly SourceMapping[], run: RunFacts): SourceMapping | undefined {
  return rules.find((rule) => matches(rule, run));
}

/** What was seen, for the "no model matches …" reason in the delivery log. */
export function describeRun(run: RunFacts): string {
  const q = (v: string | undefined) => (v === undefined ? '(none)' : JSON.stringify(v));
  if (run.provider === 'github') {
    const parts = [`repository ${q(run.repository)}`];
    if (!run.release) {
      const workflow = run.workflowPath
        ? `${q(run.workflowPath)}${run.workflowName ? ` (${q(run.workflowName)})` : ''}`
        : q(run.workflowName);
      parts.push(`workflow ${workflow}`, `branch ${q(run.branch)}`, `job ${q(run.job)}`);
    }
    return `GitHub ${parts.join(', ')}`;
  }
  const parts = [`project ${q(run.project)}`];
  if (!run.release) parts.push(`pipeline ${q(run.pipeline)}`, `branch ${q(run.branch)}`, `job ${q(run.job)}`);
  return `GitLab ${parts.join(', ')}`;
}
