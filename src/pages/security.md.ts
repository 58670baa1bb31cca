import type { APIRoute } from 'astro';
import policy from '../../SECURITY.md?raw';

/**
 * SECURITY.md as written in the repository: the policy `/.well-known/security.txt` points to.
 * Rendered on request rather than prerendered, so that both hosts send it as Markdown text.
 */
export const GET: APIRoute = () =>
  new Response(policy, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
