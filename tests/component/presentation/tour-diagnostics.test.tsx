import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { sourceOf } from '../fixtures/build';
import { renderApp } from '../support/render-app';
import { demoGraph } from './demo-map';

// A companion file with one good tour, one tour with a bad and an unknown step, one broken tour.
const COMPANION = `tours:
  mixed:
    title: Mixed
    steps:
      - Alpha
      - 42
      - Nobody
      - Pod
  broken: 7
`;

const messages = (graph = demoGraph(COMPANION)) =>
  graph.diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity}: ${d.message}`);

describe('tour problems in the companion file', () => {
  test('become diagnostics with the file, the line and the key path', () => {
    expect(messages()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^data\/demo\.map\.yaml:6: error: tours\.mixed\.steps\[1\]: expected a concept name/,
        ),
        expect.stringMatching(
          /^data\/demo\.map\.yaml:7: warning: tours\.mixed\.steps\[2\]: no concept "Nobody"/,
        ),
        expect.stringMatching(/^data\/demo\.map\.yaml:9: error: tours\.broken: expected a tour/),
      ]),
    );
  });

  test('the rest of the tour still presents, without the dropped steps', async () => {
    await renderApp('/demo/present/mixed/alpha', sourceOf(demoGraph(COMPANION)));
    expect(screen.getByText('Step 1 of 2')).toBeInTheDocument();
  });

  test('the broken tour is not offered: its URL says there is no such tour', async () => {
    await renderApp('/demo/present/broken/pod', sourceOf(demoGraph(COMPANION)));
    expect(screen.getByRole('alert')).toHaveTextContent('There is no tour “broken” in this map.');
  });
});
