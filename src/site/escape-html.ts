/**
 * Escaping for text written into HTML by the build (node pages). Notes are untrusted input: a
 * label such as `<script>` or `" onload="…` must arrive as text. One function for both element
 * text and double- or single-quoted attribute values (OWASP XSS Prevention, rules 1 and 2: escape
 * `&`, `<`, `>`, `"` and `'`).
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
