/**
 * Every keyboard command, in one place (STYLE.md "Commands and keys"; excalidraw's actions/).
 * One listener (useActionKeys) dispatches them and the help overlay lists them. Presentation
 * mode's actions have `context: 'present'` and act through `env.present`.
 */
import type { Language } from '../i18n/messages';
import type { Depth } from '../../routes/depth';

/** Where an action applies. `global` is always active; `map` and `present` never together. */
export type ActionContext = 'global' | 'map' | 'present';

/** The sets of contexts that can be active at the same time (no key may repeat inside one). */
export const CONTEXTS_ACTIVE_TOGETHER: readonly (readonly ActionContext[])[] = [
  ['global', 'map'],
  ['global', 'present'],
];

/** What actions can do; the screen that activates a context provides it. */
export interface ActionEnvironment {
  openSearch(): void;
  openHelp(): void;
  toggleTheme(): void;
  toggleLanguage(): void;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  toggleOutline(): void;
  clearSelection(): void;
  setDepth(depth: Depth): void;
  /** Given only by the map screen (context 'map'): show or hide the Problems panel. */
  toggleProblems?(): void;
  /** Given only by the presentation and speaker screens (context 'present'). */
  present?: PresentationCommands;
}

/** What the `present` actions do (src/ui/Presentation, src/ui/Speaker). */
export interface PresentationCommands {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  blackout(): void;
  fullscreen(): void;
  /** O: the whole map, or back to the step. */
  toggleOverview(): void;
  /** Esc: the whole map; pressed again there, back to the explorer at this concept. */
  overviewOrLeave(): void;
  goTo(): void;
  speakerView(): void;
  toggleReveal(): void;
}

export interface Action {
  id: string;
  /** Key notation of keys.ts; the first is the one shown in the help overlay. */
  keys: readonly string[];
  context: ActionContext;
  label: Readonly<Record<Language, string>>;
  run(env: ActionEnvironment): void;
}

export const actions: readonly Action[] = [
  {
    id: 'search',
    keys: ['Mod+k', '/'],
    context: 'global',
    label: { en: 'Search concepts', ja: '概念を検索' },
    run: (env) => env.openSearch(),
  },
  {
    id: 'help',
    keys: ['?'],
    context: 'global',
    label: { en: 'Show keyboard shortcuts', ja: 'キーボードショートカットを表示' },
    run: (env) => env.openHelp(),
  },
  {
    id: 'theme',
    keys: ['t'],
    context: 'global',
    label: { en: 'Toggle light / dark theme', ja: 'ライト／ダークテーマの切替' },
    run: (env) => env.toggleTheme(),
  },
  {
    id: 'language',
    keys: ['l'],
    context: 'global',
    label: { en: 'Switch language (English / 日本語)', ja: '表示言語の切替（English / 日本語）' },
    run: (env) => env.toggleLanguage(),
  },
  {
    id: 'zoom-in',
    keys: ['+', '='],
    context: 'map',
    label: { en: 'Zoom in', ja: '拡大' },
    run: (env) => env.zoomIn(),
  },
  {
    id: 'zoom-out',
    keys: ['-'],
    context: 'map',
    label: { en: 'Zoom out', ja: '縮小' },
    run: (env) => env.zoomOut(),
  },
  {
    id: 'fit',
    keys: ['0'],
    context: 'map',
    label: { en: 'Fit the map', ja: '全体を表示' },
    run: (env) => env.fit(),
  },
  {
    id: 'outline',
    keys: ['o'],
    context: 'map',
    label: { en: 'Toggle the outline', ja: 'アウトラインの表示切替' },
    run: (env) => env.toggleOutline(),
  },
  {
    // `!` rather than P: P is "previous" in presentation mode, and a warning sign reads as `!`.
    id: 'problems',
    keys: ['!'],
    context: 'map',
    label: { en: 'Show or hide the problems in the notes', ja: 'ノートの問題一覧の表示切替' },
    run: (env) => env.toggleProblems?.(),
  },
  {
    id: 'clear-selection',
    keys: ['Escape'],
    context: 'map',
    label: { en: 'Clear the selection', ja: '選択を解除' },
    run: (env) => env.clearSelection(),
  },
  {
    id: 'depth-1',
    keys: ['1'],
    context: 'map',
    label: { en: 'Show 1 step around the selection', ja: '選択から 1 段階を表示' },
    run: (env) => env.setDepth(1),
  },
  {
    id: 'depth-2',
    keys: ['2'],
    context: 'map',
    label: { en: 'Show 2 steps around the selection', ja: '選択から 2 段階を表示' },
    run: (env) => env.setDepth(2),
  },
  {
    id: 'depth-all',
    keys: ['a'],
    context: 'map',
    label: { en: 'Show the whole map', ja: 'マップ全体を表示' },
    run: (env) => env.setDepth('all'),
  },
  // Presentation keys follow reveal.js, so presentation clickers (which send PageDown/PageUp,
  // sometimes arrows, `.` or B) work without setup. Space is written ' ' (KeyboardEvent.key).
  {
    id: 'present-next',
    keys: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n'],
    context: 'present',
    label: { en: 'Next concept', ja: '次の概念' },
    run: (env) => env.present?.next(),
  },
  {
    id: 'present-previous',
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'p'],
    context: 'present',
    label: { en: 'Previous concept', ja: '前の概念' },
    run: (env) => env.present?.previous(),
  },
  {
    id: 'present-first',
    keys: ['Home'],
    context: 'present',
    label: { en: 'First concept of the tour', ja: 'ツアーの最初の概念' },
    run: (env) => env.present?.first(),
  },
  {
    id: 'present-last',
    keys: ['End'],
    context: 'present',
    label: { en: 'Last concept of the tour', ja: 'ツアーの最後の概念' },
    run: (env) => env.present?.last(),
  },
  {
    id: 'present-blackout',
    keys: ['b', '.'],
    context: 'present',
    label: { en: 'Black screen (any key returns)', ja: '画面を暗転（任意のキーで復帰）' },
    run: (env) => env.present?.blackout(),
  },
  {
    id: 'present-fullscreen',
    keys: ['f'],
    context: 'present',
    label: { en: 'Full screen', ja: '全画面表示' },
    run: (env) => env.present?.fullscreen(),
  },
  {
    id: 'present-overview',
    keys: ['o'],
    context: 'present',
    label: { en: 'Overview of the whole map', ja: 'マップ全体の概観' },
    run: (env) => env.present?.toggleOverview(),
  },
  {
    id: 'present-escape',
    keys: ['Escape'],
    context: 'present',
    label: {
      en: 'Overview; again: stop presenting',
      ja: '概観を表示（もう一度押すと発表を終了）',
    },
    run: (env) => env.present?.overviewOrLeave(),
  },
  {
    id: 'present-go-to',
    keys: ['g'],
    context: 'present',
    label: { en: 'Go to a concept by name', ja: '名前で概念へ移動' },
    run: (env) => env.present?.goTo(),
  },
  {
    id: 'present-speaker',
    keys: ['s'],
    context: 'present',
    label: { en: 'Open the speaker view', ja: '発表者ビューを開く' },
    run: (env) => env.present?.speakerView(),
  },
  {
    id: 'present-reveal',
    keys: ['r'],
    context: 'present',
    label: {
      en: 'Build the map up step by step / show it all',
      ja: 'マップを段階的に表示／すべて表示',
    },
    run: (env) => env.present?.toggleReveal(),
  },
];

export function actionsFor(contexts: readonly ActionContext[]): Action[] {
  return actions.filter((action) => contexts.includes(action.context));
}
