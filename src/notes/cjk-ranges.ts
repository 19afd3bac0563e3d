/**
 * Japanese and Chinese characters that need no Unicode normalisation where Musubi normalises:
 * kana, CJK ideographs and CJK punctuation. None has a compatibility decomposition, all have
 * combining class 0, and none is the second half of a canonical composition, so NFKC leaves a
 * text made of them (and ASCII) as it is (the mention scan); NFKD may split a voiced kana
 * (が → か + ゛) but never yields ASCII from one, so they drop out of docutils' ASCII ids alike
 * (the reader). Most of a Japanese memo is such text, so both test for it and skip normalising.
 *
 * Deliberately outside: 0x3000 (ideographic space -> ' '), 0x302a-0x302f (combining marks),
 * 0x3036, 0x3038-0x303a, 0x309b, 0x309c, 0x309f and 0x30ff (compatibility decompositions).
 */
const NORMALISATION_STABLE_CJK: readonly (readonly [number, number])[] = [
  [0x3001, 0x3029],
  [0x3030, 0x3035],
  [0x3041, 0x3096],
  [0x30a1, 0x30fe],
  [0x4e00, 0x9fff],
];

/**
 * A lookup by UTF-16 code unit: 1 for the stable CJK characters (and ASCII, when asked), 0 for
 * the rest. A table, not a regular expression, because it is read once per character.
 */
export function stableCjkTable(options: { ascii: boolean }): Uint8Array {
  const table = new Uint8Array(0x10000);
  if (options.ascii) table.fill(1, 0x00, 0x80);
  for (const [first, last] of NORMALISATION_STABLE_CJK) table.fill(1, first, last + 1);
  return table;
}
