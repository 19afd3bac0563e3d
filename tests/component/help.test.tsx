import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { commandsOf } from '../../src/ui/commands/commands';
import { messages } from '../../src/ui/i18n/messages';
import { renderApp } from './support/render-app';

test('? opens the help overlay listing exactly the map screen’s commands; Escape closes it', async () => {
  const { user } = await renderApp('/kubernetes');
  await user.keyboard('?');

  const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const listed = commandsOf('map');
  for (const command of listed) {
    expect(within(dialog).getByText(messages.en[command.label])).toBeInTheDocument();
  }
  expect(within(dialog).getAllByRole('row')).toHaveLength(listed.length);
  expect(within(dialog).queryByText(messages.en['command.next'])).toBeNull();
  expect(within(dialog).getByText('Ctrl+K')).toBeInTheDocument();

  // Keys of the map do nothing while the dialog is open.
  await user.keyboard('/');
  expect(screen.getAllByRole('dialog')).toHaveLength(1);

  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).toBeNull();
});

test('the help button opens the same overlay and Tab stays inside it', async () => {
  const { user } = await renderApp('/kubernetes');
  await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
  const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const close = within(dialog).getByRole('button', { name: 'Close' });
  expect(close).toHaveFocus();
  await user.tab();
  expect(close).toHaveFocus();
  await user.click(close);
  expect(screen.getByRole('button', { name: 'Keyboard shortcuts' })).toHaveFocus();
});

test('zoom keys and buttons go to the map handle', async () => {
  const { user, fake } = await renderApp('/kubernetes');
  const { handle } = fake.current();
  await user.keyboard('+-0');
  await user.click(screen.getByRole('button', { name: 'Zoom in' }));
  expect(handle.zoomIn).toHaveBeenCalledTimes(2);
  expect(handle.zoomOut).toHaveBeenCalledTimes(1);
  expect(handle.fit).toHaveBeenCalledTimes(1);
});
