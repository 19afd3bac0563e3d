import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { BLANK } from '../../../src/notes/concepts/blank-names';
import type { ConceptGraph } from '../../../src/notes/concepts/model';
import { id, node, paragraph, sourceOf, text } from '../fixtures/build';
import { currentUrl, renderApp } from '../support/render-app';

// Recall first: a question step shows the concept's text with its name blanked and the concept
// unlabelled on the map; the next press reveals the name.

const COMPANION = `
aliases:
  Service: [Svc]
tours:
  recall:
    title: Name it
    quiz: true
    steps:
      - { concept: Pod, notes: "Ask first, then point at the containers." }
      - Service
  told:
    steps: [Pod, Service]
`;

function quizGraph(): ConceptGraph {
  const graph: ConceptGraph = {
    mapId: 'quiz',
    title: 'Quiz notes',
    nodes: [
      node({
        id: 'pod',
        label: 'Pod',
        line: 1,
        order: 0,
        blocks: [paragraph(2, text('The smallest unit. Pods share one address.'))],
      }),
      node({
        id: 'service',
        label: 'Service',
        aliases: ['Svc'],
        line: 4,
        order: 1,
        blocks: [paragraph(5, text('A Service (or Svc) finds Pods.'))],
      }),
    ],
    edges: [],
    tours: [],
    diagnostics: [],
  };
  return graph;
}

async function withCompanion() {
  const { applyCompanion, parseCompanion } = await import('../../../src/notes/companion');
  const { companion } = parseCompanion(COMPANION, 'data/quiz.map.yaml');
  return sourceOf(applyCompanion(quizGraph(), companion, 'data/quiz.map.yaml', 'quiz.rst'));
}

const card = () => document.querySelector('[data-stage-card]') as HTMLElement;

describe('a question step', () => {
  test('hides the name on the card, in the text and on the map; the next press reveals it', async () => {
    const { user, router, fake } = await renderApp(
      '/quiz/present/recall/pod',
      await withCompanion(),
    );
    const { handle } = fake.current();
    expect(within(card()).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Which concept is this?',
    );
    expect(card()).toHaveTextContent(`The smallest unit. ${BLANK} share one address.`);
    expect(card().textContent).not.toMatch(/Pod/);
    expect(handle.setMasked).toHaveBeenLastCalledWith(new Set([id('pod')]));
    // The window's title would give it away on a projector showing the tab bar.
    expect(document.title).not.toMatch(/Pod/);

    await user.keyboard('{PageDown}');
    expect(currentUrl(router)).toBe('/quiz/present/recall/pod?answer=shown');
    expect(within(card()).getByRole('heading', { level: 1, name: 'Pod' })).toBeInTheDocument();
    expect(card()).toHaveTextContent('Pods share one address.');
    expect(handle.setMasked).toHaveBeenLastCalledWith(null);

    await user.keyboard('{PageDown}');
    expect(currentUrl(router)).toBe('/quiz/present/recall/service');
    // Aliases are hidden too.
    expect(card()).toHaveTextContent(`A ${BLANK} (or ${BLANK}) finds Pods.`);

    // Back from a question goes to the previous answer.
    await user.keyboard('{PageUp}');
    expect(currentUrl(router)).toBe('/quiz/present/recall/pod?answer=shown');
  });

  test('a reload on the answer stays on the answer', async () => {
    await renderApp('/quiz/present/recall/pod?answer=shown', await withCompanion());
    expect(within(card()).getByRole('heading', { level: 1, name: 'Pod' })).toBeInTheDocument();
  });

  test('Q turns any tour into questions, kept in the URL, and off again', async () => {
    const { user, router } = await renderApp('/quiz/present/told/pod', await withCompanion());
    expect(within(card()).getByRole('heading', { level: 1, name: 'Pod' })).toBeInTheDocument();
    await user.keyboard('q');
    expect(currentUrl(router)).toBe('/quiz/present/told/pod?quiz=on');
    expect(within(card()).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Which concept is this?',
    );
    await user.keyboard('{PageDown}{PageDown}');
    expect(currentUrl(router)).toBe('/quiz/present/told/service?quiz=on');
    await user.keyboard('q');
    expect(currentUrl(router)).toBe('/quiz/present/told/service?quiz=off');
    expect(within(card()).getByRole('heading', { level: 1, name: 'Service' })).toBeInTheDocument();
  });

  test('the title says the tour is a quiz', async () => {
    await renderApp('/quiz/present/recall/pod?slide=title', await withCompanion());
    expect(card()).toHaveTextContent('Quiz: each concept’s name is asked before it is shown');
  });

  test('the speaker sees the name, that the room is asked, and the step’s notes', async () => {
    await renderApp('/quiz/speaker/recall/pod', await withCompanion());
    const now = screen.getByRole('region', { name: 'Now' });
    expect(within(now).getByRole('heading', { name: 'Pod' })).toBeInTheDocument();
    expect(
      within(now).getByText(/the room sees the text with the name hidden/),
    ).toBeInTheDocument();
    expect(within(now).getByRole('region', { name: 'Speaker notes' })).toHaveTextContent(
      'Ask first, then point at the containers.',
    );
    const next = screen.getByRole('region', { name: 'Next' });
    expect(within(next).getByRole('heading', { name: 'Service' })).toBeInTheDocument();
    expect(within(next).getByText('No notes for this step.')).toBeInTheDocument();
    // The answer is one more press on this step.
    expect(screen.getByText('Presses left on this step before the next: 1')).toBeInTheDocument();
  });
});

describe('the handout of a quiz tour', () => {
  test('prints the questions with blanks, and the answers with the map on a last page', async () => {
    await renderApp('/quiz/handout/recall', await withCompanion());
    const questions = screen.getByRole('region', { name: 'Questions: name each concept' });
    expect(
      within(questions)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Q1', 'Q2']);
    expect(questions.textContent).not.toMatch(/Pod\b|Service|Svc/);
    expect(within(questions).getAllByText('Answer:')).toHaveLength(2);
    const answers = screen.getByRole('region', { name: 'Answers' });
    expect(
      within(answers)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Q1 Pod', 'Q2 Service']);
    // The map names every concept: it is printed with the answers, not before the questions.
    expect(within(answers).getByRole('img', { name: 'The whole map' })).toBeInTheDocument();
    expect(within(questions).queryByRole('img')).toBeNull();
  });

  test('?quiz=on makes a quiz handout of any tour', async () => {
    await renderApp('/quiz/handout/told?quiz=on', await withCompanion());
    expect(screen.getByRole('region', { name: 'Answers' })).toBeInTheDocument();
  });

  test('a plain handout names everything and has no answers page', async () => {
    await renderApp('/quiz/handout/told', await withCompanion());
    expect(screen.queryByRole('region', { name: 'Answers' })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Pod',
      'Service',
    ]);
  });
});
