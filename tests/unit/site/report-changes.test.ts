import { expect, test } from 'vitest';
import type { ReportLine } from '../../../src/site/load-bundles';
import { reportChanges } from '../../../src/site/report-changes';

const error = (text: string): ReportLine => ({ severity: 'error', text });

test('a save reports only the problems that appeared and those that went away', () => {
  const before = [
    error('data/a.rst:3: error: Unknown role :foo:.'),
    error('data/b.rst:9: error: X.'),
  ];
  const after = [
    error('data/b.rst:9: error: X.'),
    error('data/a.rst:7: error: Unknown target "y".'),
  ];
  expect(reportChanges(before, after)).toEqual({
    appeared: [error('data/a.rst:7: error: Unknown target "y".')],
    resolved: [error('data/a.rst:3: error: Unknown role :foo:.')],
  });
});

test('a problem moved by lines added above it is not reported again', () => {
  const before = [error('data/a.rst:3: error: Unknown role :foo:.')];
  const after = [error('data/a.rst:5: error: Unknown role :foo:.')];
  expect(reportChanges(before, after)).toEqual({ appeared: [], resolved: [] });
});

test('a problem counts as often as it occurs', () => {
  const once = [error('data/a.rst:3: error: Unknown role :foo:.')];
  const twice = [...once, error('data/a.rst:8: error: Unknown role :foo:.')];
  expect(reportChanges(once, twice).appeared).toHaveLength(1);
  expect(reportChanges(twice, once).resolved).toHaveLength(1);
});
