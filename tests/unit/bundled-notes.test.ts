import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SEED_NOTES_PATH } from '../support/seed';

// The tests read a verbatim copy of the seed memo (data/ holds the same bytes, but data/ is the
// user's to change); a checksum (not a path to ../shared) keeps this meaningful in any clone.
test('the tests’ copy of the seed memo is the seed, byte for byte', () => {
  const data = readFileSync(SEED_NOTES_PATH);
  expect(createHash('sha256').update(data).digest('hex')).toBe(
    'd4990e85126598940520ab8b444c4423a2bda66c6a07ece22794ed8c798e8cfc',
  );
});
