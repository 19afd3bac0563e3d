import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// The project keeps a verbatim copy of the seed memo; a checksum (not a path to ../shared)
// keeps this test meaningful in any clone.
test('data/kubernetes.rst is the seed memo, byte for byte', () => {
  const data = readFileSync(new URL('../../data/kubernetes.rst', import.meta.url));
  expect(createHash('sha256').update(data).digest('hex')).toBe(
    'd4990e85126598940520ab8b444c4423a2bda66c6a07ece22794ed8c798e8cfc',
  );
});
