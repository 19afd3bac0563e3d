import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { currentUrl, renderApp } from './support/render-app';

test('the outline lists concepts by section, moves with arrow keys and selects with Enter', async () => {
  const { user, router, fake } = await renderApp('/kubernetes/node/pod');
  await user.click(screen.getByRole('button', { name: 'Outline' }));
  // The outline is a view with its own URL, so it can be shared and survives a reload.
  expect(currentUrl(router)).toBe('/kubernetes/node/pod?view=outline');

  const outline = screen.getByRole('navigation', { name: 'Outline' });
  expect(within(outline).getByRole('heading', { name: '用語的なもの' })).toBeInTheDocument();
  const pod = within(outline).getByRole('link', { name: 'Pod' });
  expect(pod).toHaveAttribute('aria-current', 'true');
  expect(pod).toHaveAttribute('tabindex', '0');
  expect(within(outline).getByRole('link', { name: 'Service' })).toHaveAttribute('tabindex', '-1');

  pod.focus();
  await user.keyboard('{ArrowDown}');
  const service = within(outline).getByRole('link', { name: 'Service' });
  expect(service).toHaveFocus();
  expect(service).toHaveAttribute('tabindex', '0');
  await user.keyboard('{Enter}');

  expect(currentUrl(router)).toBe('/kubernetes/node/service?view=outline');
  expect(fake.current().handle.select).toHaveBeenLastCalledWith('service');
  expect(screen.getByText('Selected Service')).toBeInTheDocument();
  expect(screen.getByText('Selected Service')).toHaveAttribute('aria-live', 'polite');
});

test('a click on the canvas selects through the URL and is announced', async () => {
  const { router, fake } = await renderApp('/kubernetes');
  const { act } = await import('@testing-library/react');
  act(() => fake.current().options.onSelect('ingress' as never));
  expect(currentUrl(router)).toBe('/kubernetes/node/ingress');
  expect(screen.getByText('Selected Ingress')).toBeInTheDocument();
  act(() => fake.current().options.onSelect(null));
  expect(currentUrl(router)).toBe('/kubernetes');
});

test('a shared outline link opens the outline; the button brings the map back', async () => {
  const { user, router } = await renderApp('/kubernetes/node/pod?view=outline');
  expect(screen.getByRole('navigation', { name: 'Outline' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Outline' }));
  expect(currentUrl(router)).toBe('/kubernetes/node/pod');
  expect(screen.queryByRole('navigation', { name: 'Outline' })).not.toBeInTheDocument();
});
