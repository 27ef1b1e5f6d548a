/**
 * URLs carry tokens, file numbers and names in their query strings and fragments: by default we
 * keep the origin and path only. For local files only the file name stays: a folder path can
 * name the person whose papers it holds.
 */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.split(/[?#]/)[0] ?? '';
  }
  if (url.protocol === 'file:') return 'file:///…/' + (url.pathname.split('/').pop() ?? '');
  if (url.protocol === 'about:' || url.protocol === 'data:' || url.protocol === 'blob:') return url.protocol;
  url.username = '';
  url.password = '';
  return url.origin + url.pathname;
}
