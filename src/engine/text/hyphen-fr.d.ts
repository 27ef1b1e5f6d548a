// The npm package `hyphen` ships no types; only its French patterns are used here (french-hyphenation.ts).
declare module 'hyphen/patterns/fr' {
  /** The levels of each pattern, the trie of patterns (typed where it is read) and exceptions. */
  const patterns: [ReadonlyArray<readonly number[]>, unknown, unknown];
  export default patterns;
}

// The synchronous French entry point, used by the test that checks french-hyphenation.ts against it.
declare module 'hyphen/fr' {
  const hyphenFr: {
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  };
  export default hyphenFr;
}
