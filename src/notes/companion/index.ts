/**
 * The companion file (`<map>.map.yaml`): what the notes cannot say themselves. Read by
 * parse.ts (YAML + schema.ts, with line numbers), applied to a concept graph by apply.ts.
 */
export { applyCompanion } from './apply';
export { companionAliases } from './model';
export { emptyCompanion, parseCompanion } from './parse';
