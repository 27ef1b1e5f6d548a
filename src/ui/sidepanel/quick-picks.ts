import type { BarrierId } from '../../engine/model';

/** What workers meet most often, one click away: the barrier it is, and the words of the note. */
export const QUICK_PICKS: ReadonlyArray<{ key: string; barrier: BarrierId }> = [
  { key: 'recPickNoEmail', barrier: 'email-required' },
  { key: 'recPickNoScan', barrier: 'document-upload' },
  { key: 'recPickSiteDown', barrier: 'no-alternative-channel' },
  { key: 'recPickPhoneBusy', barrier: 'no-alternative-channel' },
];
