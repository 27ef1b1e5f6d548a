/**
 * The engine's data model without the audit machinery: the report, the popup and the
 * background import this, so that axe-core is bundled only where audits run.
 */
export * from './barriers';
export * from './lang';
export * from './result';
export * from './report';
export { formatMessage, placeholdersOf } from './message';
export { BARRIER_TEXT, type BarrierText } from '../locales/barriers';
export { findPersonalData, type NotePersonalKind, type PersonalDataHit, type PersonalDataKind } from '../privacy/personal-data';
