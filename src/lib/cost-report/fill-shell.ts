/**
 * The static /costs/ page marks the parts a server fills in with comment pairs:
 * `<!--cost-form-->…<!--/cost-form-->`. Replaces what lies between one pair.
 */
export function fillBetween(shell: string, name: string, html: string): string {
  const start = `<!--${name}-->`;
  const end = `<!--/${name}-->`;
  const i = shell.indexOf(start);
  const j = shell.indexOf(end, i);
  if (i < 0 || j < 0) return shell;
  return shell.slice(0, i + start.length) + html + shell.slice(j);
}
