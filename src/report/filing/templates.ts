import type { Lang } from '../../engine/model';
import en from './templates/en.json';
import fr from './templates/fr.json';

/**
 * Filing templates are JSON data files so that a reviewer or translator can change the wording
 * without reading code. `{name}` placeholders are filled by draftFiling and barrierEvidence; a test checks both
 * languages have the same keys and placeholders.
 */
export const RECIPIENTS = ['service', 'defenseur-des-droits', 'unia', 'ombudsman-be', 'association'] as const;
export type Recipient = (typeof RECIPIENTS)[number];

export type FilingTemplate = typeof fr;

export const FILING_TEMPLATES: Readonly<Record<Lang, FilingTemplate>> = { fr, en };
