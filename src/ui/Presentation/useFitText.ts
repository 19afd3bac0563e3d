import { useLayoutEffect, type RefObject } from 'react';

/** The smallest type the stage sets a card in, as a share of its full size: still readable. */
export const MIN_FIT = 0.65;
/**
 * Below the readable minimum only when a card would otherwise be cut (a block that cannot be
 * split, a very long name): smaller text beats lost text. card-parts.ts sees that this is rare.
 */
const LAST_RESORT_FIT = 0.35;
const STEPS = 7;

/**
 * Sets a box's type as large as fits without scrolling (its `--fit` custom property, a factor on
 * its CSS font size), measured again whenever its content or its size changes. The box must have
 * a size of its own (not grow with its content). `data-fit` says what was chosen, for checks.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, contentKey: string): void {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const fit = () => fitBox(box);
    fit();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(fit);
    observer?.observe(box);
    // Web fonts arriving late change the text's size.
    void document.fonts?.ready.then(fit);
    return () => observer?.disconnect();
  }, [ref, contentKey]);
}

function fitBox(box: HTMLElement): void {
  const set = (scale: number) => box.style.setProperty('--fit', scale.toFixed(3));
  const fits = () =>
    box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;
  set(1);
  let chosen = 1;
  if (!fits()) {
    // Binary search between the floor that fits and the size that does not.
    let low = MIN_FIT;
    let high = 1;
    set(low);
    if (!fits()) [low, high] = [LAST_RESORT_FIT, MIN_FIT];
    for (let step = 0; step < STEPS; step++) {
      const middle = (low + high) / 2;
      set(middle);
      if (fits()) low = middle;
      else high = middle;
    }
    chosen = low;
    set(chosen);
  }
  box.dataset.fit = chosen.toFixed(3);
}
