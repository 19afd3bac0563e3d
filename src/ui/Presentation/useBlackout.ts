import { useEffect, useState } from 'react';

/**
 * The black screen (reveal.js `B` / `.`): while it is on, any key or click only brings the
 * picture back. The key is caught on the way down (capture phase on window) so no action runs.
 */
export function useBlackout(): {
  blackout: boolean;
  setBlackout(on: boolean | ((on: boolean) => boolean)): void;
} {
  const [blackout, setBlackout] = useState(false);
  useEffect(() => {
    if (!blackout) return;
    function restore(event: Event) {
      event.preventDefault();
      event.stopImmediatePropagation();
      setBlackout(false);
    }
    window.addEventListener('keydown', restore, true);
    window.addEventListener('pointerdown', restore, true);
    return () => {
      window.removeEventListener('keydown', restore, true);
      window.removeEventListener('pointerdown', restore, true);
    };
  }, [blackout]);
  return { blackout, setBlackout };
}
