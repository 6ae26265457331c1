/** Baselines: what a publication saw (`takeBaseline`) and what changed between two of them (`diffBaselines`). */
export { takeBaseline, type BaselineInput } from './take-baseline';
export { diffBaselines } from './diff-baselines';
