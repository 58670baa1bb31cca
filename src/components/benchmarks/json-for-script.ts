/**
 * JSON to embed in a `<script type="application/json">`: `<` is escaped so no value (a visitor's
 * user agent, a model name) can close the element or open a comment.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The value embedded by `jsonForScript` in the element matching `selector` under `root`, or `fallback`. */
export function readEmbeddedJson<T>(root: ParentNode, selector: string, fallback: T): T {
  const text = root.querySelector(selector)?.textContent;
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
