import patternsFr from 'hyphen/patterns/fr';

/*
 * Hyphenation points of French words, by Liang's algorithm on the French TeX patterns that npm
 * `hyphen` ships, giving exactly the points of `hyphen/fr`'s hyphenateSync with minWordLength 1
 * (syllables.test.ts compares the two on thousands of words). That library reads its input one
 * character at a time through closures, a regular expression and a Date per call; on a long page
 * this one pass over each new word cost more than all the other text measures together.
 */
interface Trie {
  readonly [letter: string]: Trie | TrieLeaf;
}
/** A pattern ends here: its levels (an index into LEVELS) alone, or with the deeper trie. */
type TrieLeaf = number | readonly [Trie, number];

const LEVELS = patternsFr[0];
const TRIE = patternsFr[1] as Trie;

/** Letters of a word's hyphenation run are separated by ASCII digits, as `hyphen` reads text. */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Number of hyphenation points in `word` (lower case, letters and digits only). Runs of letters
 * between digits are hyphenated on their own, as `hyphen` does.
 */
export function frenchHyphenationPoints(word: string): number {
  let points = 0;
  let start = 0;
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length && !isDigit(word.charCodeAt(i))) continue;
    if (i > start) points += runPoints(word.slice(start, i));
    start = i + 1;
  }
  return points;
}

// Scratch space for the levels of one run, reused: runs are short and one is hyphenated at a time.
let levels = new Float64Array(64);

/**
 * Liang's algorithm on one run, following `hyphen`'s hyphenateWord step by step, including what
 * makes it differ from the textbook: the pattern found at the leading dot and the one at the
 * first letter both start at level 0, and a pattern reaching past the word's end lengthens the
 * levels, which moves the last two levels that are cleared.
 */
function runPoints(run: string): number {
  const dotted = '.' + run + '.';
  const n = run.length;
  if (levels.length < n + 4) levels = new Float64Array(2 * (n + 4));
  levels.fill(0, 0, n + 4);
  // `hyphen` keeps levels in an array of n + 1 zeros; a write past it makes it longer, with NaN there.
  let length = n + 1;
  for (let s = 0; dotted.length - s >= 3; s++) {
    const at = s === 0 ? 0 : s - 1;
    let node: Trie | undefined = TRIE;
    for (let c = s; c < dotted.length && node !== undefined; c++) {
      const next: Trie | TrieLeaf | undefined = node[dotted[c]!];
      if (next === undefined) break;
      let index = -1;
      if (typeof next === 'number') {
        index = next;
        node = undefined;
      } else if (Array.isArray(next)) {
        [node, index] = next as readonly [Trie, number];
      } else {
        node = next as Trie;
      }
      if (index < 0) continue;
      const pattern = LEVELS[index]!;
      for (let k = 0; k < pattern.length; k++) {
        const cell = at + k;
        if (cell >= length) {
          // Math.max(level, undefined) is NaN: never odd, and it stays NaN.
          levels[cell] = Number.NaN;
          length = cell + 1;
        } else if (!Number.isNaN(levels[cell]!)) {
          levels[cell] = Math.max(pattern[k]!, levels[cell]!);
        }
      }
    }
  }
  levels[0] = levels[1] = levels[length - 1] = levels[length - 2] = 0;
  let points = 0;
  for (let i = 0; i < length; i++) if ((levels[i]! & 1) === 1) points++;
  return points;
}
