import { defineRule, review } from '../../model/rule';
import { addFinding, excerptAtWords, findingsOrPass, listShown, pageBlocks, ruleFindings, wordStarts } from './language-blocks';
import { splitWords, type Sentence } from './text-measures';
import { toLang, type Lang } from '../../model/lang';
import { blockCapitalRuns, isCommonWord, isOrdinaryWord } from './word-shapes';

/**
 * Acronyms a reader cannot expand: CAF, APL, NIR... DINUM and GOV.UK guidance: spell it out at
 * first use ("Caisse d'allocations familiales (CAF)") or in an <abbr title>. Explained anywhere
 * on the page counts (a glossary, the first paragraph, words beside it whose initials spell it:
 * "la CAF, Caisse d'allocations familiales"), and the finding points at the first use.
 * Whether a reader knows it is a judgement: needs review.
 *
 * Deliberately not reported (documented choice): file formats people pick files by (PDF, JPG,
 * PNG...), words of daily life written as letters (SMS, OK, TV, CV, ID, USB, PC, GPS, WIFI, and
 * GSM, a mobile phone in Belgium), file sizes (KB, MB, GB), times (AM, PM), countries and
 * currencies (UK, USA, UE, EU, EUR), roman numerals, date formats (JJ/MM/AAAA, DD MM YYYY: the
 * advice to spell out an acronym does not fit them), and capitals that spell a common word
 * ("NOM", "PLEASE": block capitals, another rule).
 */
const WELL_KNOWN = new Set([
  'PDF', 'JPG', 'JPEG', 'PNG', 'GIF', 'HEIC', 'DOC', 'DOCX', 'ODT', 'XLS', 'XLSX', 'CSV', 'ZIP', 'TXT',
  'SMS', 'OK', 'TV', 'CV', 'ID', 'USB', 'PC', 'GPS', 'WIFI', 'GSM', 'AM', 'PM', 'UK', 'USA', 'UE', 'EU', 'EUR',
  'KB', 'MB', 'GB',
]);
const ACRONYM = /^\p{Lu}{2,}[\p{Lu}\d]*$/u;
// Chapter and article numbers ("Titre IV", "XII"): I, V and X only, so that CDI or CM stay acronyms.
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/u;
// "(CAF)" after its expansion, or "CAF (Caisse d'allocations familiales)", "CAF : caisse...", "NIR means...".
const IN_BRACKETS = /\(\s*(\p{Lu}{2,}[\p{Lu}\d]*)\s*\)/gu;
const FOLLOWED_BY_EXPANSION = /(?<![\p{L}\d])(\p{Lu}{2,}[\p{Lu}\d]*)\s*(?:\(\s*\p{L}[^)]*\s[^)]*\)|[:=–—]\s*\p{L}+\s+\p{L}+|,?\s+(?:signifie|veut dire|c'est|c’est|means|stands for)\b)/gu;
// Both patterns above need it: blocks without two capitals in a row (most of them) are not scanned.
const TWO_CAPITALS = /\p{Lu}{2}/u;
// "JJ/MM/AAAA", "DD MM YYYY", "MM-AA": the letters of a date format.
const DATE_PART = '(?:JJ|DD|MM|AAAA|AA|YYYY|YY)';
const DATE_FORMAT = new RegExp(`(?<![\\p{L}\\p{N}])${DATE_PART}(?:(?:\\s?[/.-]\\s?|\\s)${DATE_PART}){1,2}(?![\\p{L}\\p{N}])`, 'gu');
const DATE_FORMAT_NEEDS = /JJ|DD|MM|YY|AA/u;
// A name written with a dot ("GOV.UK", "CAF.FR"): one word in Node, two in Chromium, never an acronym.
const DOTTED_CAPITALS = /\p{Lu}\.\p{L}|\p{L}\.\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Indexes of the sentence's words that are pieces of a name written with dots or of a date format. */
function inNamesOrDateFormats(sentence: Sentence): Set<number> {
  const { text, words } = sentence;
  const dates = [...text.matchAll(DATE_FORMAT)].map((m) => [m.index, m.index + m[0].length] as const);
  const found = new Set<number>();
  wordStarts(sentence).forEach((at, i) => {
    if (at < 0) return;
    const end = at + words[i]!.length;
    const before = text[at - 1] === '.' && LETTER_OR_DIGIT.test(text[at - 2] ?? '');
    const after = text[end] === '.' && LETTER_OR_DIGIT.test(text[end + 1] ?? '');
    if (before || after || dates.some(([from, to]) => at >= from && end <= to)) found.add(i);
  });
  return found;
}

const MAX_SHOWN = 6;
// Small words an expansion skips: "Caisse d'allocations familiales", "HM Revenue and Customs".
const SKIPPED_IN_EXPANSION: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['de', 'des', 'du', 'la', 'le', 'les', 'et', 'à', 'au', 'aux', 'pour', 'en', 'sur', 'par']),
  en: new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'at', 'by']),
};

/**
 * Whether the words from `start` spell the acronym by their initials ("HM Revenue and Customs"
 * spells HMRC): then the acronym, and capitals that are part of its name ("HM"), are explained.
 */
function explainedBy(words: readonly string[], start: number, acronym: string, lang: Lang): string[] {
  const names = [acronym];
  let k = 0;
  for (let j = start; j < words.length && k < acronym.length; j++) {
    // "d'allocations" counts by its noun; a word in capitals by all its letters ("HM" in HMRC).
    const word = words[j]!.replace(/^\p{L}['’]/u, '');
    if (SKIPPED_IN_EXPANSION[lang].has(word.toLowerCase())) continue;
    if (word.length > 1 && ACRONYM.test(word) && acronym.startsWith(word, k)) {
      k += word.length;
      names.push(word);
    } else if (word.charAt(0).toUpperCase() === acronym.charAt(k)) k++;
    else return [];
  }
  return k === acronym.length ? names : [];
}

/** The same, for words that end just before the acronym ("HM Revenue and Customs (HMRC)"). */
function explainedByWordsBefore(words: readonly string[], end: number, acronym: string, lang: Lang): string[] {
  const names = [acronym];
  let k = acronym.length;
  for (let j = end - 1; j >= 0 && k > 0; j--) {
    const word = words[j]!.replace(/^\p{L}['’]/u, '');
    if (SKIPPED_IN_EXPANSION[lang].has(word.toLowerCase())) continue;
    if (word.length > 1 && ACRONYM.test(word) && acronym.slice(0, k).endsWith(word)) {
      k -= word.length;
      names.push(word);
    } else if (word.charAt(0).toUpperCase() === acronym.charAt(k - 1)) k--;
    else return [];
  }
  return k === 0 ? names : [];
}

/** A cheap first look before ACRONYM: most words start with a lower-case ASCII letter or a digit. */
function startsWithCapital(word: string): boolean {
  const first = word.charCodeAt(0);
  return !(first >= 97 && first <= 122) && !(first >= 48 && first <= 57);
}

export default defineRule({
  id: 'unexplained-acronym',
  scope: 'page',
  impact: 'minor',
  tags: ['cat.language', 'cat.balise'],
  barriers: ['complex-language'],
  text: {
    fr: {
      description: 'Chaque sigle est écrit en entier la première fois.',
      help: 'Un sigle non expliqué bloque le lecteur : écrivez les mots en entier la première fois, le sigle entre parenthèses.',
      messages: {
        unexplained: 'Sigles sans explication sur la page : {acronyms}. Dans « {excerpt} ». Écrivez les mots en entier la première fois, par exemple « Caisse d’allocations familiales (CAF) ».',
      },
    },
    en: {
      description: 'Each acronym is spelt out the first time.',
      help: 'An unexplained acronym stops the reader: spell it out the first time, with the acronym in brackets.',
      messages: {
        unexplained: 'Acronyms not explained on the page: {acronyms}. In "{excerpt}". Spell them out the first time, for example "National Insurance (NI) number".',
      },
    },
  },
  evaluatePage(doc, ctx) {
    const { readable } = pageBlocks(doc);
    const explained = new Set<string>();
    for (const abbr of doc.querySelectorAll('abbr[title], acronym[title]')) explained.add((abbr.textContent ?? '').trim());
    for (const item of readable) {
      if (!TWO_CAPITALS.test(item.block.text)) continue;
      for (const m of item.block.text.matchAll(IN_BRACKETS)) explained.add(m[1]!);
      for (const m of item.block.text.matchAll(FOLLOWED_BY_EXPANSION)) explained.add(m[1]!);
      // "la CAF, Caisse d'allocations familiales, ...", "HM Revenue and Customs (HMRC)"
      for (const s of item.sentences()) {
        s.words.forEach((word, i) => {
          if (!startsWithCapital(word) || !ACRONYM.test(word)) return;
          for (const name of explainedBy(s.words, i + 1, word, item.lang)) explained.add(name);
          for (const name of explainedByWordsBefore(s.words, i, word, item.lang)) explained.add(name);
        });
      }
    }
    // A glossary: the acronym alone in a term or a cell, its words in the next one.
    for (const cell of doc.querySelectorAll('dt, th, td')) {
      const word = (cell.textContent ?? '').trim();
      const next = cell.nextElementSibling;
      if (!ACRONYM.test(word) || !next) continue;
      const lang = toLang(cell.closest('[lang]')?.getAttribute('lang') ?? null) ?? 'fr';
      for (const name of explainedBy(splitWords(next.textContent ?? '', lang), 0, word, lang)) explained.add(name);
    }
    const reported = new Set<string>();
    const findings = ruleFindings();
    for (const item of readable) {
      if (item.block.inSentence) continue;
      const here: string[] = [];
      let first: { sentence: Sentence; index: number } | undefined;
      for (const s of item.sentences()) {
        // In a text written in block capitals every word looks like an acronym: that text is the
        // block-capitals rule's finding, its words are not reported one by one as acronyms.
        const runs = TWO_CAPITALS.test(s.text) ? blockCapitalRuns(s.words, item.lang) : [];
        const skipped = DOTTED_CAPITALS.test(s.text) || DATE_FORMAT_NEEDS.test(s.text) ? inNamesOrDateFormats(s) : null;
        for (let i = 0, run = 0; i < s.words.length; i++) {
          while (run < runs.length && runs[run]![1] <= i) run++;
          if (run < runs.length && runs[run]![0] <= i) continue;
          // Cut from a run by "(A)" or a figure, a long word of that sentence is still a word.
          if (runs.length > 0 && isOrdinaryWord(s.words[i]!, item.lang)) continue;
          if (skipped?.has(i)) continue;
          const word = s.words[i]!;
          if (!startsWithCapital(word) || !ACRONYM.test(word) || reported.has(word) || explained.has(word)) continue;
          if (WELL_KNOWN.has(word) || ROMAN.test(word) || isCommonWord(word, item.lang)) continue;
          reported.add(word);
          here.push(word);
          first ??= { sentence: s, index: i };
        }
      }
      if (!first) continue;
      const at = first;
      addFinding(findings, () => {
        const data = { acronyms: listShown(here, MAX_SHOWN, ctx.lang), excerpt: excerptAtWords(item.block, at.sentence, at.index) };
        return { element: item.block.element, outcome: review('unexplained', data, { acronyms: here.join(' '), lang: item.lang }) };
      });
    }
    return findingsOrPass(readable, findings);
  },
});
