/**
 * The HTML evidence of a finding: the element's opening tag only, with every attribute that can
 * carry what a person entered or chose removed. Children are never copied: they may hold a
 * textarea's text, a contenteditable's content or a nested field.
 */
const VALUE_ATTRIBUTES = new Set(['value', 'checked', 'selected', 'data-value', 'srcdoc']);
const MAX_ATTRIBUTE_LENGTH = 120;

export function safeSnippet(element: Element): string {
  const tag = element.localName;
  const attributes = [...element.attributes]
    .filter((attr) => !VALUE_ATTRIBUTES.has(attr.name.toLowerCase()) && !attr.name.toLowerCase().startsWith('on'))
    .map((attr) => (attr.value === '' ? attr.name : `${attr.name}="${escapeAttribute(shorten(attr.value))}"`));
  return `<${[tag, ...attributes].join(' ')}>`;
}

/** For HTML we only have as a string (axe's related nodes): drop value-like attributes and children. */
export function sanitizeHtmlString(html: string): string {
  const opening = /^<[^>]*>/.exec(html.trim())?.[0] ?? '';
  return opening.replace(/\s(value|checked|selected|data-value|srcdoc|on\w+)(\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?/gi, '');
}

function shorten(value: string): string {
  return value.length > MAX_ATTRIBUTE_LENGTH ? value.slice(0, MAX_ATTRIBUTE_LENGTH) + '…' : value;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
