/** Escapes text for HTML element content and quoted attribute values (as numeric character references). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
