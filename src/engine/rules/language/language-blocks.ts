import type { Lang } from '../../model/lang';
import type { Evidence } from '../../model/result';
import { pass, type PageFinding } from '../../model/rule';
import { toLang } from '../../model/lang';
import type { TextBlock } from '../../dom/text-blocks';
import { sharedTextBlocks } from '../../dom/text-search';
import { once } from '../../dom/read-once';
import { countText, scoreSentences, segmentText, type Counts, type Sentence } from './text-measures';
import { maskPersonalData, maskPersonalDataStart } from '../../privacy/mask-personal-data';

/** A block as pageBlocks gives it: its text masked as a whole (see readBlocks). */
export interface PageBlock extends TextBlock {
  readonly masked: true;
}

/**
 * A block in a language our rules read (French or English), segmented, counted and scored on
 * first use: the rules and the readability metric of one audit share the same block objects
 * (pageBlocks), so each measure is worked out once per block and audit.
 */
export interface LanguageBlock {
  block: PageBlock;
  lang: Lang;
  sentences(): Sentence[];
  counts(): Counts;
  /** Our readability score (0-100, higher is easier), null without words. */
  score(): number | null;
}

export interface PageBlocks {
  all: PageBlock[];
  /** Blocks in French or English: the only ones language-dependent rules judge. */
  readable: LanguageBlock[];
}

// "Lorem" is no French or English word: filler wherever it stands ("Lorem, ipsum", "commodo Lorem labore").
const PLACEHOLDER = /(?<![\p{L}\p{N}])lorem(?![\p{L}\p{N}])/iu;

/**
 * The page's blocks, shared by all plain-language rules and the readability metric of one audit
 * (read once per page read, read-once.ts).
 */
export function pageBlocks(doc: Document): PageBlocks {
  return once('page-blocks', doc, readBlocks);
}

function readBlocks(doc: Document): PageBlocks {
  // Masked before any rule reads them: a rule quoting a word (an acronym, a block in capitals)
  // cannot quote a name or a file number, even out of the context that told what it was.
  const all = sharedTextBlocks(doc).map((block): PageBlock => ({ ...block, text: maskPersonalData(block.text), masked: true }));
  const readable: LanguageBlock[] = [];
  for (const block of all) {
    const lang = toLang(block.lang);
    // Design-system examples fill blocks with Latin placeholder text: not the service's wording.
    if (lang && !PLACEHOLDER.test(block.text)) readable.push(languageBlock(block, lang));
  }
  return { all, readable };
}

function languageBlock(block: PageBlock, lang: Lang): LanguageBlock {
  let sentences: Sentence[] | null = null;
  let counts: Counts | null = null;
  let score: number | null | undefined;
  const segmented = () => (sentences ??= segmentLong(block.text, lang));
  return {
    block,
    lang,
    sentences: segmented,
    counts: () => (counts ??= countText(segmented(), lang)),
    score: () => (score === undefined ? (score = scoreSentences(segmented(), lang)) : score),
  };
}

const CHUNK = 2000;
// A sentence end followed by a capital: a safe place to cut a very long text.
const CUT = /[.!?…]\s+(?=[\p{Lu}\p{N}«"“])/gu;

/**
 * Sentence segmentation slows down more than linearly on one very long line (a 1 MB paragraph
 * took minutes), so long texts are cut at sentence ends into pieces of about 2,000 characters.
 */
export function segmentLong(text: string, lang: Lang): Sentence[] {
  if (text.length <= 2 * CHUNK) return segmentText(text, lang);
  const out: Sentence[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (text.length - start > 2 * CHUNK) {
      CUT.lastIndex = start + CHUNK;
      const m = CUT.exec(text);
      end = m && m.index < start + 4 * CHUNK ? m.index + m[0].length : text.indexOf(' ', start + CHUNK) + 1 || text.length;
    }
    for (const s of segmentText(text.slice(start, end), lang)) out.push(s);
    start = end;
  }
  return out;
}

const MAX_EXCERPT = 160;
/*
 * Direction overrides and isolates (U+202A-202E, U+2066-2069), direction marks, zero-width space
 * and soft hyphen: invisible on the page, but quoted in a report an override cut by the excerpt
 * would turn the rest of the message around.
 */
const INVISIBLE_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\u00ad]/gu;

function withoutControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}

/**
 * A short excerpt of the service's own text for a finding: whitespace collapsed, personal data
 * masked (before the cut, which could leave half a file number unrecognised), cut on a word.
 * Only the start of a long block is masked: enough of it to cut the excerpt from (see
 * maskPersonalDataStart), the same characters as masking the whole block.
 */
export function excerpt(text: string, max = MAX_EXCERPT): string {
  return cutExcerpt(maskPersonalDataStart(withoutControls(text).replace(/\s+/g, ' ').trim(), max), max);
}

/** At most `max` characters of a flat, masked text, cut on a word. */
function cutExcerpt(flat: string, max: number): string {
  if (flat.length <= max) return flat;
  // Never half an emoji or other astral character: a lone surrogate prints as "�".
  const cut = flat.slice(0, /[\ud800-\udbff]/u.test(flat[max - 1] ?? '') ? max - 1 : max);
  const space = cut.lastIndexOf(' ');
  // "la CAF.…": the ellipsis says the text goes on, so punctuation before it is dropped.
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/u, '') + '…';
}

/**
 * The excerpt of a whole block: its text is masked already, as a whole, so it is not masked a
 * second time, unless collapsing its whitespace or dropping invisible characters changed it
 * (that could join the pieces of a number or a name across a line break).
 */
export function blockExcerpt(block: PageBlock, max = MAX_EXCERPT): string {
  const flat = withoutControls(block.text).replace(/\s+/g, ' ').trim();
  return flat === block.text ? cutExcerpt(flat, max) : excerpt(block.text, max);
}

/**
 * The excerpt of a block for a finding about some of its words (`count` words from the
 * `index`th of `sentence`): the block's start when the words are in it, else the words with a
 * few around, so that the excerpt always shows what the finding names.
 */
export function excerptAtWords(block: PageBlock, sentence: Sentence, index: number, count = 1, max = 120): string {
  const starts = wordStarts(sentence);
  const last = Math.min(index + count, sentence.words.length) - 1;
  const start = starts[index] ?? -1;
  const end = (starts[last] ?? -1) + (sentence.words[last]?.length ?? 0);
  const base = block.text.indexOf(sentence.text);
  if (start < 0 || end <= start || base < 0 || base + end <= max * 0.9) return blockExcerpt(block, max);
  return excerptAround(block.text, base + start, end - start, max / 2);
}

/** Where each of a sentence's words starts in its text (-1 past one not found): words are slices of it, in order. */
export function wordStarts({ text, words }: Sentence): number[] {
  const starts: number[] = [];
  let end = 0;
  for (const word of words) {
    const at = end < 0 ? -1 : text.indexOf(word, end);
    starts.push(at);
    end = at < 0 ? -1 : at + word.length;
  }
  return starts;
}

// A title or a name quoted in the text: «…», “…”, "…" (single quotes are also apostrophes).
const QUOTED = /«[^»]*»|“[^”]*”|"[^"]*"/gu;
const QUOTE_MARK = /[«“"]/u;

/** Indexes of a sentence's words that stand between quotation marks, or null when it has none. */
export function quotedWords(sentence: Sentence): Set<number> | null {
  if (!QUOTE_MARK.test(sentence.text)) return null;
  const spans = [...sentence.text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
  const quoted = new Set<number>();
  wordStarts(sentence).forEach((at, i) => {
    if (at >= 0 && spans.some(([from, to]) => at > from && at < to)) quoted.add(i);
  });
  return quoted;
}

/** The excerpt around a match: a few words before, the match, a few after. */
export function excerptAround(text: string, index: number, length: number, radius = 60): string {
  // One space per whitespace character: indexes into `text` stay valid.
  const flat = text.replace(/\s/g, ' ');
  const start = Math.max(0, flat.lastIndexOf(' ', Math.max(0, index - radius)) + 1);
  const endSpace = flat.indexOf(' ', Math.min(flat.length, index + length + radius));
  const end = endSpace === -1 ? flat.length : endSpace;
  // The window starts and ends on spaces, so no token is cut before masking.
  return (start > 0 ? '…' : '') + maskPersonalData(withoutControls(flat.slice(start, end)).trim()) + (end < flat.length ? '…' : '');
}

/** Items of a list cut for a message, then how many more there are: "a, b et 3 autres". */
export function listShown(items: readonly string[], max: number, lang: Lang): string {
  const shown = items.slice(0, max).join(', ');
  const more = items.length - max;
  if (more <= 0) return shown;
  return lang === 'fr' ? `${shown} et ${more} ${more === 1 ? 'autre' : 'autres'}` : `${shown} and ${more} more`;
}

/**
 * At most this many places per rule and page: past it, a report is no easier to act on (the
 * service must rewrite the page) and a 20,000-word page would spend its time building selectors.
 */
export const MAX_FINDINGS_PER_RULE = 30;

/** One rule's findings on one page: the places shown, and how many more were only counted. */
export interface RuleFindings {
  shown: PageFinding[];
  more: number;
}

export const ruleFindings = (): RuleFindings => ({ shown: [], more: 0 });

/**
 * Adds a finding: built while fewer than MAX_FINDINGS_PER_RULE are shown, only counted after. A
 * certain one (a fail) then takes the place of the last "to check" shown, so that however many
 * reviews come first, the page's violations are never among those only counted.
 */
export function addFinding(findings: RuleFindings, make: () => PageFinding, certain = false): void {
  const { shown } = findings;
  if (shown.length < MAX_FINDINGS_PER_RULE) {
    shown.push(make());
    return;
  }
  findings.more++;
  if (!certain) return;
  for (let i = shown.length - 1; i >= 0; i--) {
    if (shown[i]!.outcome.kind === 'review') {
      shown[i] = make();
      return;
    }
  }
}

/**
 * What a page rule returns: its findings (the first carrying how many more the page has), a
 * pass when there was text and nothing to say, nothing at all without text.
 */
export function findingsOrPass(readable: readonly unknown[], { shown, more }: RuleFindings, evidence?: Evidence): PageFinding[] {
  if (shown.length === 0) return readable.length > 0 ? [{ outcome: pass(evidence) }] : [];
  const first = shown[0]!;
  if (more > 0 && (first.outcome.kind === 'fail' || first.outcome.kind === 'review')) {
    return [{ ...first, outcome: { ...first.outcome, evidence: { ...first.outcome.evidence, moreOnPage: more } } }, ...shown.slice(1)];
  }
  return shown;
}
