/**
 * The "Suggest a tool" form's fields → the API's suggestion body. Used by the page script
 * (JSON request) and by the API for plain form posts from browsers without JavaScript.
 */
export interface FormLike {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * Access steps are typed one per line; a line starting with "$ " is the command of the
 * step above it.
 */
export function parseAccessSteps(text: string): { text: string; command?: string }[] {
  const steps: { text: string; command?: string }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const last = steps[steps.length - 1];
    if (line.startsWith('$ ')) {
      if (last && !last.command) last.command = line.slice(2).trim();
      else steps.push({ text: 'Run this command.', command: line.slice(2).trim() });
    } else {
      steps.push({ text: line });
    }
  }
  return steps;
}

export function suggestionFromForm(form: FormLike): Record<string, unknown> {
  const links: Record<string, string> = {};
  for (const key of ['homepage', 'docs'] as const) {
    const value = str(form.get(key));
    if (value) links[key] = value;
  }
  return {
    name: str(form.get('name')),
    summary: str(form.get('summary')),
    description: str(form.get('description')),
    categories: form.getAll('categories').map(str).filter(Boolean),
    experiments: form.getAll('experiments').map(str).filter(Boolean),
    accessSteps: parseAccessSteps(str(form.get('accessSteps'))),
    links,
    suggestedBy: str(form.get('suggestedBy')),
  };
}

/** Maps API field paths (e.g. `accessSteps.0.text`, `links.docs`) to the form field that holds them. */
export function formFieldOf(path: string): string {
  const head = path.split('.')[0] ?? '';
  if (head === 'links') return path.split('.')[1] ?? 'homepage';
  return head || 'name';
}
