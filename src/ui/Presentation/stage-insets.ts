import type { Insets } from '../../graph/concept-map-handle';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The parts of the stage the map must keep clear of, in CSS pixels from each edge: the footer
 * along the bottom, and the card on whichever side it stands (right on a wide screen, bottom on
 * a tall one). The card is taken to cover its whole side, whichever leaves the map the larger
 * free area, so that nothing the step is about is ever drawn under it.
 */
export function stageInsets(stage: Box, card: Box | null, footer: Box | null): Insets {
  const base: Insets = {
    top: 0,
    right: 0,
    bottom: footer ? Math.max(0, stage.bottom - footer.top) : 0,
    left: 0,
  };
  if (!card || card.right <= card.left || card.bottom <= card.top) return base;
  const sides: Insets[] = [
    { ...base, right: Math.max(0, stage.right - card.left) },
    { ...base, left: Math.max(0, card.right - stage.left) },
    { ...base, bottom: Math.max(base.bottom, stage.bottom - card.top) },
    { ...base, top: Math.max(0, card.bottom - stage.top) },
  ];
  const width = stage.right - stage.left;
  const height = stage.bottom - stage.top;
  const area = (insets: Insets) =>
    Math.max(0, width - insets.left - insets.right) *
    Math.max(0, height - insets.top - insets.bottom);
  return sides.reduce((best, side) => (area(side) > area(best) ? side : best));
}
