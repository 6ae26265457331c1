/** The programme domain: pure, no I/O, no clock. */
export * from './calendar-date';
export * from './ids';
export * from './result';
export * from './programme';
export * from './tags';
export * from './use-case';
export * from './taxonomy/dimensions';
export * from './taxonomy/taxonomy';
export * from './taxonomy/default-taxonomy';
export * from './dependencies/types';
export * from './dependencies/analyse-programme';
export * from './coverage';
export * from './journey-filter';
export * from './taxonomy/taxonomy-change';
export * from './dependencies/assess';
export { remainingDays } from './dependencies/graph-analysis';
