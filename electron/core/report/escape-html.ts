import { escapeForDisplay } from '../../../shared/lib/display-text'

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * The one escape for every string that reached a report from an image (tags, labels, history
 * commands, evidence) or from the user: safe in element text and in quoted attribute values alike.
 */
export function escapeHtml(text: string): string {
  return escapeForDisplay(text, { keepLineBreaks: true }).replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character)
}
