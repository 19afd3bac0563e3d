/**
 * The stage's colours, dark and light, in one table (STYLE.md "One table per concept"): calm
 * surfaces, text at WCAG AA contrast (4.5:1) on every surface it is set on, and one accent. The
 * accent is the map's own highlight, so the card, the progress bar and the focused concept on
 * the map are marked in the same colour; it stands at least 3:1 against the stage (WCAG 1.4.11,
 * what the focused concept needs against its surroundings). The background is the map palette's,
 * the colour the map's node colours were chosen against. tests/component/presentation checks
 * every pair.
 */
import type { CSSProperties } from 'react';
import { mapPalette } from '../../graph/themes';
import type { Theme } from '../Theme/theme';

export interface StageColours {
  /** Behind the map. */
  background: string;
  /** The card and the controls. */
  surface: string;
  border: string;
  text: string;
  /** Secondary text: the tour's name, the section path, hints. */
  muted: string;
  accent: string;
  /** Code blocks and inline code on the card. */
  code: string;
}

export const STAGE_COLOURS: Readonly<Record<Theme, StageColours>> = {
  dark: {
    background: mapPalette('dark').background,
    surface: '#1e293b',
    border: '#334155',
    text: '#f1f5f9',
    muted: '#cbd5e1',
    accent: mapPalette('dark').highlight,
    code: '#0b1220',
  },
  light: {
    background: mapPalette('light').background,
    surface: '#f8fafc',
    border: '#cbd5e1',
    text: '#0f172a',
    muted: '#475569',
    accent: mapPalette('light').highlight,
    code: '#e2e8f0',
  },
};

/** The colours as the custom properties stage.css reads (`--stage-text`, ...). */
export function stageStyle(theme: Theme): CSSProperties {
  const colours = STAGE_COLOURS[theme];
  return Object.fromEntries(
    Object.entries(colours).map(([name, value]) => [`--stage-${name}`, value]),
  ) as CSSProperties;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
