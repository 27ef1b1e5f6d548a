/** Whether a field asks for a date, from its type, autocomplete token or what the page says about it. */
const DATE_WORDING = /\bdate\b|naissance|birth|\bJJ\s*\/\s*MM|\bDD\s*\/\s*MM|\bMM\s*\/\s*DD/i;

export function looksLikeDate(field: Element, text: string): boolean {
  const type = field.getAttribute('type') ?? '';
  if (type === 'date') return true;
  if (/^bday/.test(field.getAttribute('autocomplete') ?? '')) return true;
  return /^(text|tel|)$/.test(type) && DATE_WORDING.test(text);
}
