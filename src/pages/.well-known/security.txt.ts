import type { APIRoute } from 'astro';
import { securityTxt } from '../../lib/security-txt';

export const GET: APIRoute = ({ locals }) =>
  new Response(securityTxt(locals.hub.config.publicUrl), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
