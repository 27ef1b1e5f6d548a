/*
 * Every run of whitespace (\s) as one space: what text.replace(/\s+/g, ' ') gives, at a fraction
 * of its cost on page text, where most runs are one space already. Those are left as they are
 * rather than replaced one by one: a run starting with a space is matched only when more
 * whitespace follows, and any other run whole.
 */
const NOT_ONE_SPACE = / \s+|[^\S ]\s*/g;

export function collapseWhitespace(text: string): string {
  return text.replace(NOT_ONE_SPACE, ' ');
}
