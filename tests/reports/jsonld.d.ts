// jsonld ships no types; the golden test only needs expand().
declare module 'jsonld' {
  const jsonld: { expand(input: object, options?: object): Promise<Array<Record<string, unknown>>> };
  export default jsonld;
}
