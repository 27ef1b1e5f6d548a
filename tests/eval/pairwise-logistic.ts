/** One training pair: feature vectors of the easier and the harder text, and the pair's weight. */
export interface Pair {
  easier: number[];
  harder: number[];
  weight: number;
  source: string;
}

/** Small seeded PRNG: pair sampling must give the same weights on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/**
 * Linear pairwise logistic regression (RankNet with a linear scorer): finds beta such that
 * beta . (harder - easier) > 0, by Newton's method with an L2 penalty on standardised features.
 * `direction[i]` is the sign a weight must have (+1: the feature makes text harder, -1: easier,
 * 0: left out). A feature whose weight comes out with the wrong sign is dropped and the fit redone:
 * a corpus quirk (theatre in capitals, poems without full stops) must not teach the score that
 * longer sentences are easier. Returns beta in raw feature units.
 */
export function fitPairwiseLogistic(pairs: readonly Pair[], direction: readonly number[], l2: number): number[] {
  const dims = direction.length;
  let active = [...Array(dims).keys()].filter((i) => direction[i] !== 0);
  // Spread of each feature over all texts seen in pairs, for standardisation.
  const spread = [...Array(dims).keys()].map((i) => {
    let sum = 0;
    for (const p of pairs) sum += (p.easier[i] ?? 0) + (p.harder[i] ?? 0);
    const m = sum / (2 * pairs.length);
    let v = 0;
    for (const p of pairs) v += ((p.easier[i] ?? 0) - m) ** 2 + ((p.harder[i] ?? 0) - m) ** 2;
    return Math.sqrt(v / (2 * pairs.length)) || 1;
  });
  // Each refit starts from the previous solution (same optimum, a few Newton steps instead of many).
  let start = new Array<number>(dims).fill(0);
  for (;;) {
    const beta = fitActive(pairs, dims, active, l2, start, spread);
    start = beta;
    const wrong = active.filter((i) => (beta[i] ?? 0) * (direction[i] ?? 0) < 0);
    if (wrong.length === 0) return beta;
    const worst = wrong.reduce((a, b) => ((beta[a] ?? 0) * (direction[a] ?? 0) < (beta[b] ?? 0) * (direction[b] ?? 0) ? a : b));
    active = active.filter((i) => i !== worst);
  }
}

function fitActive(pairs: readonly Pair[], dims: number, active: readonly number[], l2: number, start: readonly number[], spread: readonly number[]): number[] {
  const sd = active.map((i) => spread[i]!);
  const k = active.length;
  // Standardised differences in one flat typed array: tens of thousands of pairs, fitted many times
  // over by cross-validation (cv-readability.ts).
  const diffs = new Float64Array(pairs.length * k);
  pairs.forEach((p, n) => active.forEach((i, c) => (diffs[n * k + c] = ((p.harder[i] ?? 0) - (p.easier[i] ?? 0)) / sd[c]!)));
  let beta = active.map((i, c) => (start[i] ?? 0) * sd[c]!);
  for (let iter = 0; iter < 50; iter++) {
    const grad = beta.map((b) => 2 * l2 * b);
    const h = new Float64Array(k * k);
    for (let n = 0; n < pairs.length; n++) {
      const o = n * k;
      let z = 0;
      for (let i = 0; i < k; i++) z += diffs[o + i]! * beta[i]!;
      const sig = 1 / (1 + Math.exp(z)); // sigma(-z)
      const w = pairs[n]!.weight;
      const g = w * sig;
      const c = g * (1 - sig);
      for (let i = 0; i < k; i++) {
        const di = diffs[o + i]!;
        grad[i]! -= g * di;
        const cdi = c * di;
        for (let j = i; j < k; j++) h[i * k + j]! += cdi * diffs[o + j]!;
      }
    }
    const hess = [...Array(k)].map((_, i) => [...Array(k)].map((__, j) => (i <= j ? h[i * k + j]! : h[j * k + i]!) + (i === j ? 2 * l2 : 0)));
    const step = solve(hess, grad);
    beta = beta.map((b, i) => b - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  const raw = new Array<number>(dims).fill(0);
  active.forEach((i, n) => (raw[i] = beta[n]! / sd[n]!));
  return raw;
}
