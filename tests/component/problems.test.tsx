import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { ConceptGraph, GraphDiagnostic } from '../../src/notes/concepts/model';
import { sourceOf } from './fixtures/build';
import { kubernetesMini } from './fixtures/kubernetes-mini';
import { currentUrl, renderApp } from './support/render-app';

const NOTES = 'data/kubernetes.rst';
const COMPANION = 'data/kubernetes.map.yaml';

function withDiagnostics(diagnostics: GraphDiagnostic[]): ConceptGraph {
  return { ...kubernetesMini, diagnostics };
}

// Out of order on purpose: the panel sorts by file, then line. In the fixture, Pod is written
// on lines 19-22 and Service on lines 27-29.
const mixed = withDiagnostics([
  { file: NOTES, line: 28, severity: 'warning', message: 'Service: unknown role "abbr".' },
  { file: COMPANION, line: 3, severity: 'error', message: 'Tour step "Nope" is no concept.' },
  { file: NOTES, line: 20, severity: 'error', message: 'Pod: unterminated inline literal.' },
  { file: NOTES, line: 100, severity: 'info', message: 'Trailing comment ignored.' },
]);

const problemsPanel = () => screen.getByRole('region', { name: 'Problems' });

/** "Problems (4)": jsdom's name computation drops the space before the hidden count. */
const problemsButton = (count: number) => new RegExp(`^Problems ?\\(${count}\\)$`);

describe('the Problems panel', () => {
  test('the header button counts the problems and marks errors apart from warnings', async () => {
    const { unmount } = await renderApp('/kubernetes', sourceOf(mixed));
    const button = screen.getByRole('button', { name: problemsButton(4) });
    expect(button).toHaveTextContent('4');
    expect(button).toHaveTextContent('✖'); // the error icon, not only a colour
    unmount();

    const warningsOnly = withDiagnostics([
      { file: NOTES, line: 28, severity: 'warning', message: 'Service: unknown role.' },
    ]);
    await renderApp('/kubernetes', sourceOf(warningsOnly));
    const calmer = screen.getByRole('button', { name: problemsButton(1) });
    expect(calmer).toHaveTextContent('⚠');
    expect(calmer).not.toHaveTextContent('✖');
  });

  test('lists every diagnostic as file:line: severity: message, errors first, then by file and line', async () => {
    const { user } = await renderApp('/kubernetes', sourceOf(mixed));
    const button = screen.getByRole('button', { name: problemsButton(4) });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');

    const lines = within(problemsPanel()).getAllByText(/^data\//);
    expect(lines.map((line) => line.textContent)).toEqual([
      'data/kubernetes.map.yaml:3: error: Tour step "Nope" is no concept.',
      'data/kubernetes.rst:20: error: Pod: unterminated inline literal.',
      'data/kubernetes.rst:28: warning: Service: unknown role "abbr".',
      'data/kubernetes.rst:100: info: Trailing comment ignored.',
    ]);
  });

  test('choosing a problem selects the concept containing its line, through the URL', async () => {
    const { user, router, fake } = await renderApp('/kubernetes?depth=2', sourceOf(mixed));
    await user.click(screen.getByRole('button', { name: problemsButton(4) }));

    await user.click(
      within(problemsPanel()).getByRole('link', {
        name: 'data/kubernetes.rst:28: warning: Service: unknown role "abbr".',
      }),
    );
    expect(currentUrl(router)).toBe('/kubernetes/node/service?depth=2');
    expect(fake.current().handle.select).toHaveBeenLastCalledWith('service');
    expect(screen.getByRole('complementary', { name: 'Service' })).toBeInTheDocument();

    // The panel stays open, to walk through the problems one by one.
    await user.click(
      within(problemsPanel()).getByRole('link', { name: /^data\/kubernetes\.rst:20: error/ }),
    );
    expect(currentUrl(router)).toBe('/kubernetes/node/pod?depth=2');
    expect(screen.getByRole('complementary', { name: 'Pod' })).toBeInTheDocument();
    expect(within(problemsPanel()).getByText('in Pod')).toBeInTheDocument();
  });

  test('problems in the companion file, or outside every concept, select nothing', async () => {
    const { user } = await renderApp('/kubernetes', sourceOf(mixed));
    await user.click(screen.getByRole('button', { name: problemsButton(4) }));
    const panel = problemsPanel();
    expect(within(panel).getAllByRole('link')).toHaveLength(2);
    expect(within(panel).getByText(/^data\/kubernetes\.map\.yaml:3: error/)).not.toHaveAttribute(
      'href',
    );
    expect(within(panel).getByText(/^data\/kubernetes\.rst:100: info/)).not.toHaveAttribute('href');
  });

  test('errors come first, however late in the notes they are', async () => {
    const { user } = await renderApp(
      '/kubernetes',
      sourceOf(
        withDiagnostics([
          { file: NOTES, line: 19, severity: 'info', message: 'An info early on.' },
          { file: NOTES, line: 20, severity: 'warning', message: 'A warning.' },
          { file: NOTES, line: 28, severity: 'severe', message: 'Something severe.' },
          { file: NOTES, line: 27, severity: 'error', message: 'An error.' },
        ]),
      ),
    );
    await user.click(screen.getByRole('button', { name: problemsButton(4) }));
    const lines = within(problemsPanel()).getAllByText(/^data\//);
    expect(lines.map((line) => line.textContent)).toEqual([
      'data/kubernetes.rst:28: severe: Something severe.',
      'data/kubernetes.rst:27: error: An error.',
      'data/kubernetes.rst:20: warning: A warning.',
      'data/kubernetes.rst:19: info: An info early on.',
    ]);
  });

  test('the same problem in several places is one entry that lists its places', async () => {
    const repeated = 'Unknown role ":foo:" (shown as plain text).';
    const { user, router } = await renderApp(
      '/kubernetes',
      sourceOf(
        withDiagnostics([
          { file: NOTES, line: 28, severity: 'info', message: repeated },
          { file: NOTES, line: 20, severity: 'info', message: repeated },
          { file: 'data/other.rst', line: 3, severity: 'info', message: repeated },
          { file: NOTES, line: 21, severity: 'warning', message: 'Once.' },
        ]),
      ),
    );
    await user.click(screen.getByRole('button', { name: problemsButton(4) }));
    const panel = problemsPanel();
    // Two entries: the repeated info, and the warning.
    expect(panel.querySelectorAll('.problems-list > li')).toHaveLength(2);
    const summary = within(panel).getByText(`info: ${repeated} — 3 places`);
    await user.click(summary);
    // Its places, in reading order, each leading to the concept written there.
    const places = within(summary.closest('details')!).getAllByText(/^data\//);
    expect(places.map((place) => place.textContent)).toEqual([
      'data/kubernetes.rst:20',
      'data/kubernetes.rst:28',
      'data/other.rst:3',
    ]);
    await user.click(within(panel).getByRole('link', { name: 'data/kubernetes.rst:28' }));
    expect(currentUrl(router)).toBe('/kubernetes/node/service');
  });

  test('a severity filter shows only the severities chosen', async () => {
    const { user } = await renderApp('/kubernetes', sourceOf(mixed));
    await user.click(screen.getByRole('button', { name: problemsButton(4) }));
    const panel = problemsPanel();
    const filter = within(panel).getByRole('group', { name: 'Show problems by severity' });
    const info = within(filter).getByRole('button', { name: /Info \(1\)/ });
    expect(within(filter).getByRole('button', { name: /Errors \(2\)/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(info);
    expect(info).toHaveAttribute('aria-pressed', 'false');
    expect(within(panel).queryByText(/: info: /)).toBeNull();
    expect(within(panel).getAllByText(/^data\//)).toHaveLength(3);

    await user.click(within(filter).getByRole('button', { name: /Errors/ }));
    await user.click(within(filter).getByRole('button', { name: /Warnings/ }));
    expect(within(panel).getByText(/hidden by the severity filter/)).toBeVisible();
    await user.click(info);
    expect(within(panel).getAllByText(/^data\//)).toHaveLength(1);
  });

  test('a map without diagnostics still has the button, and the panel says "No problems"', async () => {
    const { user } = await renderApp('/kubernetes');
    const button = screen.getByRole('button', { name: problemsButton(0) });
    // No badge to see: the count is only spoken.
    expect(button.querySelector('[aria-hidden="true"]')).toBeNull();
    await user.click(button);
    expect(within(problemsPanel()).getByText(/^No problems/)).toBeVisible();
    expect(within(problemsPanel()).queryByRole('listitem')).toBeNull();
  });

  test('hostile text in a message is shown as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const { user } = await renderApp(
      '/kubernetes',
      sourceOf(withDiagnostics([{ file: NOTES, line: 20, severity: 'warning', message: hostile }])),
    );
    await user.click(screen.getByRole('button', { name: problemsButton(1) }));
    expect(
      within(problemsPanel()).getByRole('link', {
        name: `data/kubernetes.rst:20: warning: ${hostile}`,
      }),
    ).toBeInTheDocument();
    expect(document.querySelector('img, script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('! opens and closes the panel; Escape inside it closes it and keeps the selection', async () => {
    const { user, router } = await renderApp('/kubernetes/node/pod', sourceOf(mixed));
    await user.keyboard('!');
    expect(problemsPanel()).toHaveFocus();
    await user.keyboard('!');
    expect(screen.queryByRole('region', { name: 'Problems' })).toBeNull();

    await user.keyboard('!');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Problems' })).toBeNull();
    expect(currentUrl(router)).toBe('/kubernetes/node/pod');

    await user.click(screen.getByRole('button', { name: problemsButton(4) }));
    await user.click(within(problemsPanel()).getByRole('button', { name: 'Close the problems' }));
    expect(screen.queryByRole('region', { name: 'Problems' })).toBeNull();
  });

  test('speaks Japanese too: the button, the heading, the severity words', async () => {
    const { user } = await renderApp('/kubernetes', sourceOf(mixed));
    await user.keyboard('l');
    await user.click(screen.getByRole('button', { name: /問題/ }));
    const panel = screen.getByRole('region', { name: '問題' });
    expect(
      within(panel).getByRole('link', { name: /^data\/kubernetes\.rst:28: 警告: Service/ }),
    ).toBeInTheDocument();
    expect(within(panel).getByText('Pod 内')).toBeInTheDocument();
  });
});
