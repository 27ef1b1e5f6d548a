/**
 * Masking a long page looks for references (file numbers, claim ids) in every block, and most
 * words of a page hold no digit: running the reference pattern over the whole text would try it at
 * every position. This finds the same matches by running it only from the start of each word that
 * holds a needed character. A "word" here ends at a space or a line break; any other separator
 * (tab, no-break space, other Unicode spaces) only makes a word longer, which costs time but never
 * loses a match. Matches of the same word without the needed character come along too: the caller
 * checks each match anyway (a reference needs a digit).
 *
 * Valid only for a pattern whose matches hold no space or line break and look no further than the
 * character on either side, which must not be a letter or a digit (matches-in-words.test.ts checks
 * the reference pattern against a whole-text search on random strings).
 */
const WORD_BREAK = /[ \n]/g;
const SPACE = 0x20;
const NEWLINE = 0x0a;

export function matchesInWords(text: string, pattern: RegExp, needs: RegExp): RegExpExecArray[] {
  const needed = globalCopy(needs);
  // Run from a word's start in the text itself, not in a copy of the word: the look-arounds see
  // the real neighbours, and no string is copied.
  const inWord = globalCopy(pattern);
  const found: RegExpExecArray[] = [];
  // Where the last word scanned ended: walking back never passes it, so each character is walked
  // over at most once and the whole search stays linear in the text's length.
  let scannedTo = 0;
  for (let m = needed.exec(text); m; m = needed.exec(text)) {
    let start = m.index;
    while (start > scannedTo && !isWordBreak(text.charCodeAt(start - 1))) start--;
    WORD_BREAK.lastIndex = m.index;
    const end = WORD_BREAK.exec(text)?.index ?? text.length;
    inWord.lastIndex = start;
    for (let match = inWord.exec(text); match && match.index < end; match = inWord.exec(text)) found.push(match);
    needed.lastIndex = end;
    scannedTo = end;
  }
  return found;
}

function isWordBreak(code: number): boolean {
  return code === SPACE || code === NEWLINE;
}

function globalCopy(pattern: RegExp): RegExp {
  return new RegExp(pattern, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
}
