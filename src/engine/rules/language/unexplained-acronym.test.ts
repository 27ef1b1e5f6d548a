import { describe, expect, it, vi } from 'vitest';

/*
 * Chromium's ICU does not join letters across "." (latin-words.ts): there "GOV.UK" is the two
 * words "GOV" and "UK", where Node keeps one. This file segments words as Chromium does, before
 * the word scanner asks the segmenter which punctuation joins letters (once per language).
 */
const NodeSegmenter = Intl.Segmenter;
class ChromiumLikeSegmenter extends NodeSegmenter {
  readonly #words: boolean;
  constructor(locales?: string | string[], options?: Intl.SegmenterOptions) {
    super(locales, options);
    this.#words = options?.granularity === 'word';
  }
  // @ts-expect-error an array of segments stands for Intl.Segments: the engine only iterates it
  override segment(input: string): Intl.SegmentData[] {
    const out: Intl.SegmentData[] = [];
    for (const s of super.segment(input)) {
      if (!this.#words || !s.isWordLike || !/[.:]/u.test(s.segment)) {
        out.push(s);
        continue;
      }
      for (const m of s.segment.matchAll(/[^.:]+|[.:]/gu)) {
        const isWordLike = m[0] !== '.' && m[0] !== ':';
        out.push({ segment: m[0], index: s.index + m.index, input, isWordLike });
      }
    }
    return out;
  }
}
vi.stubGlobal('Intl', { ...Intl, Segmenter: ChromiumLikeSegmenter });

const { runRules } = await import('../run-rules');
const { default: unexplainedAcronym } = await import('./unexplained-acronym');
const { splitWords } = await import('./text-measures');

function acronyms(html: string, lang: string): unknown[] {
  document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = html;
  const out = runRules(document, [unexplainedAcronym], { lang: 'fr', profile: 'general' });
  return out.incomplete.flatMap((r) => r.nodes.map((n) => n.evidence?.acronyms));
}

describe('unexplained acronyms, with words cut as in Chromium', () => {
  it('cuts "GOV.UK" in two, as Chromium does', () => {
    expect(splitWords('Search GOV.UK now', 'en')).toEqual(['Search', 'GOV', 'UK', 'now']);
  });
  it('a name written with a dot is not an acronym: "GOV.UK", "CAF.FR"', () => {
    expect(acronyms('<label>Sign in with GOV.UK Verify</label><p>Search GOV.UK</p>', 'en')).toEqual([]);
    expect(acronyms('<p>Rendez-vous sur CAF.FR pour votre demande.</p>', 'fr')).toEqual([]);
  });
  it('the same capitals alone still are', () => {
    expect(acronyms('<p>Search GOV.UK or ask the DWP.</p>', 'en')).toEqual(['DWP']);
    expect(acronyms('<p>Allez sur CAF.FR ou appelez la CAF.</p>', 'fr')).toEqual(['CAF']);
  });
  it('a surname in capitals beside a first name, or a whole name in capitals, is a person, never listed nor quoted', () => {
    document.documentElement.setAttribute('lang', 'fr');
    document.body.innerHTML =
      '<header><a href="/compte">Zébulon QUIXOTTE</a><p>Espace de ZÉBULON QUIXOTTE, suivi par la MDPH</p></header>' +
      '<p>Dossier de QUIXOTTE Zébulon transmis à la CNAV.</p>';
    const out = runRules(document, [unexplainedAcronym], { lang: 'fr', profile: 'general' });
    expect(out.incomplete.flatMap((r) => r.nodes.map((n) => n.evidence?.acronyms))).toEqual(['MDPH', 'CNAV']);
    expect(JSON.stringify(out)).not.toMatch(/z[ée]bulon|quixotte/i);
  });
});
