import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/** Light Markdown for user-written text: no raw HTML in, only a safe subset of tags out. */
const md = new MarkdownIt({ html: false, linkify: true, breaks: true });

const ALLOWED = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'blockquote', 'code', 'pre', 'h2', 'h3', 'h4', 'hr'],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }) },
};

export function renderMarkdown(source: string): string {
  return sanitizeHtml(md.render(source ?? ''), ALLOWED);
}

/** Renders every language of a translated Markdown field. */
export function renderTranslatedMarkdown<T extends Partial<Record<string, string | undefined>>>(text: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(text).map(([lang, value]) => [lang, renderMarkdown(value ?? '')])) as Partial<
    Record<keyof T, string>
  >;
}
