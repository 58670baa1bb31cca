import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap';

export const GET: APIRoute = ({ locals }) =>
  new Response(robotsTxt(locals.hub.config.publicUrl), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
