import type { KeyboardEvent } from 'react';

/**
 * For the buttons of a card: Enter and Space on a focused button press that button, as they do
 * everywhere (WAI-ARIA button pattern), instead of reaching the screen's shortcuts (where Space
 * and Enter show the answer). Stopping the event here leaves the browser's own activation alone.
 */
export function keepKeyForButton(event: KeyboardEvent<HTMLElement>): void {
  if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
}
