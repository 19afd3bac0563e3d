import { render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../../../src/App';
import type { MapSource } from '../../../src/graph/map-bundle';
import type { MapAdapter } from '../../../src/ui/ConceptMap/adapter';
import { createAppRoutes } from '../../../src/ui/routes';
import { kubernetesMini } from '../fixtures/kubernetes-mini';
import { sourceOf } from '../fixtures/build';
import { createFakeAdapter } from './fake-adapter';

/**
 * Renders the whole app at `url` in a memory router (bulletproof-react's renderApp), with an
 * in-memory map source and the fake adapter. Waits until the first screen has loaded.
 */
export async function renderApp(
  url: string,
  source: MapSource = sourceOf(kubernetesMini),
  adjust: (adapter: MapAdapter) => MapAdapter = (adapter) => adapter,
) {
  window.localStorage.clear();
  const fake = createFakeAdapter();
  const router = createMemoryRouter(createAppRoutes(), { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(<App source={source} adapter={adjust(fake.adapter)} router={router} />);
  await screen.findByRole('main');
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
  return { ...view, router, fake, user };
}

export function currentUrl(router: { state: { location: { pathname: string; search: string } } }) {
  return router.state.location.pathname + router.state.location.search;
}
