/**
 * A plain-text letter as a small HTML page, so that it goes through the same text blocks and
 * rules as a web page: paragraphs are separated by blank lines; inside a paragraph, a line that
 * starts a list item stays a line, other lines are the same sentence wrapped.
 */
const LIST_ITEM = /^\s*(?:[-–—•*·▪]|\d{1,3}[.)]|[a-z][.)])\s+/u;

export function textToHtml(text: string, lang: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const lines: string[] = [];
      for (const line of p.split('\n')) {
        if (lines.length === 0 || LIST_ITEM.test(line)) lines.push(line.trim());
        else lines[lines.length - 1] += ' ' + line.trim();
      }
      return `<p>${lines.map(escapeHtml).join('<br>')}</p>`;
    });
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>text</title></head><body>${paragraphs.join('\n')}</body></html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
