// The npm package `hyphen` ships no types; only the synchronous French entry point is used here.
declare module 'hyphen/fr' {
  interface HyphenOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  const hyphenFr: {
    hyphenateSync(text: string, options?: HyphenOptions): string;
  };
  export default hyphenFr;
}
