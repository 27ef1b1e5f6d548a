import type { Lang } from '../model/lang';
import { targetOf } from '../dom/selector';
import { pageBlocks, excerpt, type LanguageBlock } from '../rules/language/language-blocks';
import { MIN_BLOCK_WORDS } from '../rules/language/hard-text-block';
import {
  countText,
  fleschKincaidGrade,
  fleschReadingEase,
  kandelMoles,
  lix,
  scoreSentences,
  type Sentence,
} from '../rules/language/text-measures';
import { levelLabels } from '../rules/language/level-labels';

/** A block of the page with its reading level, for "the hardest blocks first". */
export interface BlockReadability {
  target: ReturnType<typeof targetOf>;
  role: string;
  excerpt: string;
  words: number;
  sentences: number;
  score: number;
  lix: number;
  level: Record<Lang, string>;
}

/**
 * The page's reading level, stored in PageAudit.metrics.readability. Labels come in both
 * languages so that the popup and reports show them without the text engine.
 */
export interface ReadabilitySummary {
  /** The language most of the page's text is in; null when the page has no French or English text. */
  lang: Lang | null;
  words: number;
  sentences: number;
  syllables: number;
  /** Null without text. */
  score: number | null;
  level: Record<Lang, string> | null;
  lix: number | null;
  kandelMoles?: number | null;
  fleschReadingEase?: number | null;
  fleschKincaidGrade?: number | null;
  /** False under 30 words: a score on so few words is noise. */
  reliable: boolean;
  /** Blocks of 30 words or more, hardest first (at most 5). */
  hardest: BlockReadability[];
}

const PROSE_ROLES = new Set(['heading', 'paragraph', 'hint', 'label', 'legend', 'error']);
const MAX_HARDEST = 5;

const round1 = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);

/** `lang` is the report's language, used when the page has no French or English text. */
export function readabilityMetrics(doc: Document, _lang: Lang): ReadabilitySummary {
  const prose = pageBlocks(doc).readable.filter((b) => PROSE_ROLES.has(b.block.role) && !b.block.inSentence);
  // The page's level is that of its content: header, menus and footer are the same on every page.
  const main = doc.querySelector('main, [role="main"]');
  const content = main ? prose.filter((b) => main.contains(b.block.element)) : prose;
  return summarise(content.length > 0 ? content : prose);
}

/** The summary of already extracted blocks; the command line uses it for text files too. */
export function summarise(prose: readonly LanguageBlock[]): ReadabilitySummary {
  const words: Record<Lang, number> = { fr: 0, en: 0 };
  for (const b of prose) for (const s of b.sentences()) words[b.lang] += s.words.length;
  const main: Lang | null = words.fr + words.en === 0 ? null : words.fr >= words.en ? 'fr' : 'en';
  if (!main) return { lang: null, words: 0, sentences: 0, syllables: 0, score: null, level: null, lix: null, reliable: false, hardest: [] };

  const mainBlocks = prose.filter((b) => b.lang === main);
  const sentences: Sentence[] = mainBlocks.flatMap((b) => b.sentences());
  const counts = countText(sentences, main);
  const score = scoreSentences(sentences, main);
  const summary: ReadabilitySummary = {
    lang: main,
    words: counts.words,
    sentences: counts.sentences,
    syllables: counts.syllables,
    score: round1(score),
    level: score === null ? null : levelLabels(score, main),
    lix: round1(lix(counts)),
    reliable: counts.words >= MIN_BLOCK_WORDS,
    hardest: hardestBlocks(prose),
  };
  if (main === 'fr') summary.kandelMoles = round1(kandelMoles(counts));
  else {
    summary.fleschReadingEase = round1(fleschReadingEase(counts));
    summary.fleschKincaidGrade = round1(fleschKincaidGrade(counts));
  }
  return summary;
}

function hardestBlocks(prose: readonly LanguageBlock[]): BlockReadability[] {
  const scored: Array<Omit<BlockReadability, 'target' | 'excerpt'> & { element: Element; text: string }> = [];
  for (const b of prose) {
    const counts = b.counts();
    if (counts.words < MIN_BLOCK_WORDS) continue;
    const score = b.score();
    if (score === null) continue;
    scored.push({
      element: b.block.element,
      text: b.block.text,
      role: b.block.role,
      words: counts.words,
      sentences: counts.sentences,
      score: Math.round(score),
      lix: Math.round(lix(counts) ?? 0),
      level: levelLabels(score, b.lang),
    });
  }
  // Selectors and excerpts only for the few blocks shown: a selector can query the document, and
  // an excerpt masks personal data in the whole block (a 20,000-word page has hundreds of blocks).
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, MAX_HARDEST)
    .map(({ element, text, role, ...rest }) => ({ target: targetOf(element), role, excerpt: excerpt(text, 140), ...rest }));
}
