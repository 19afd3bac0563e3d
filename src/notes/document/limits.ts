/**
 * Nesting deeper than this (block quotes in list items in definitions ...) is kept as literal
 * text by every reader, so later stages may recurse over blocks (model.ts). docutils itself
 * recurses per level and hits Python's recursion limit long before thousands of levels; a reader
 * must neither crash nor overflow the stack.
 */
export const MAX_NESTING = 100;
