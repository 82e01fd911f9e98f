// Text made safe to put in HTML, in an element or an attribute. Its own module, so what only
// escapes (the consultation report on the main thread) does not load the HTML renderer, which
// brings the picture and font libraries.
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
