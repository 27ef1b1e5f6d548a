import type { Rule } from '../model/rule';
import noAccessibilityStatement from './statement/no-accessibility-statement';

/** Every heuristic Balise runs, in report order. A rule not listed here does not run. */
export const rules: readonly Rule[] = [noAccessibilityStatement];
