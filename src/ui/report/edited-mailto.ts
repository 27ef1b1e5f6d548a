import { MAX_MAILTO_LENGTH } from '../../report';

/**
 * The mailto: link for a draft the person may have edited. An unedited draft keeps the link
 * draftFiling made (it already shortens the text sensibly); an edited one is encoded as typed and,
 * when too long for mail programs, cut by code point so that no surrogate pair is split.
 */
export function editedMailto(to: string, subject: string, body: string): { url: string; cut: boolean } {
  const build = (text: string) => {
    const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
    return `mailto:${encodeURIComponent(to.trim()).replace(/%40/g, '@').replace(/%2C/gi, ',')}?subject=${enc(subject)}&body=${enc(text)}`;
  };
  let text = body;
  let url = build(text);
  while (url.length > MAX_MAILTO_LENGTH && text.length > 0) {
    const chars = [...text];
    text = chars.slice(0, Math.floor(chars.length * 0.9)).join('');
    url = build(text);
  }
  return { url, cut: text !== body };
}
