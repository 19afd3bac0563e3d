/**
 * Every keyboard command, in one table (STYLE.md "Commands and keys"; excalidraw's actions/),
 * and the commands each screen supports (excalidraw's `predicate`, made static): a screen gives
 * exactly the handlers its list names (the type says so), `?` lists exactly those, and a test
 * checks that no key is claimed twice on one screen. A command's label is a message key, so
 * both languages come from the one dictionary (src/ui/i18n).
 */
import type { MessageKey } from '../i18n/messages';

/** Touch gestures on the stage: a swipe across it, or a tap near its left or right edge. */
export type Gesture = 'swipeLeft' | 'swipeRight' | 'tapLeft' | 'tapRight';

export interface CommandSpec {
  /** Key notation of keys.ts; the first is the one shown in the help overlay. */
  keys: readonly string[];
  label: MessageKey;
  /** Touch gestures that run the command too, so a phone or tablet can drive a talk. */
  gestures?: readonly Gesture[];
  /** The short label of its on-screen button, for the commands that have one. */
  button?: MessageKey;
}

export const COMMANDS = {
  search: { keys: ['Mod+k', '/'], label: 'command.search' },
  help: { keys: ['?'], label: 'command.help' },
  theme: { keys: ['t'], label: 'command.theme' },
  language: { keys: ['l'], label: 'command.language' },
  zoomIn: { keys: ['+', '='], label: 'command.zoomIn' },
  zoomOut: { keys: ['-'], label: 'command.zoomOut' },
  fit: { keys: ['0'], label: 'command.fit' },
  outline: { keys: ['o'], label: 'command.outline' },
  // `!` rather than P: P is "previous" when presenting, and a warning sign reads as `!`.
  problems: { keys: ['!'], label: 'command.problems' },
  clearSelection: { keys: ['Escape'], label: 'command.clearSelection' },
  depth1: { keys: ['1'], label: 'command.depth1' },
  depth2: { keys: ['2'], label: 'command.depth2' },
  depthAll: { keys: ['a'], label: 'command.depthAll' },
  // Presenting follows reveal.js, so clickers (which send PageDown/PageUp, sometimes arrows,
  // `.` or B) work without setup. Space is written ' ' (KeyboardEvent.key).
  next: {
    keys: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n'],
    label: 'command.next',
    gestures: ['swipeLeft', 'tapRight'],
    button: 'command.button.next',
  },
  previous: {
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'p'],
    label: 'command.previous',
    gestures: ['swipeRight', 'tapLeft'],
    button: 'command.button.previous',
  },
  first: { keys: ['Home'], label: 'command.first' },
  last: { keys: ['End'], label: 'command.last' },
  blackout: { keys: ['b', '.'], label: 'command.blackout' },
  fullscreen: { keys: ['f'], label: 'command.fullscreen' },
  overview: { keys: ['o'], label: 'command.overview', button: 'command.button.overview' },
  overviewOrLeave: { keys: ['Escape'], label: 'command.overviewOrLeave' },
  goTo: { keys: ['g'], label: 'command.goTo', button: 'command.button.goTo' },
  speakerView: { keys: ['s'], label: 'command.speakerView' },
  reveal: { keys: ['r'], label: 'command.reveal' },
  // Study mode (issue 12): Anki's keys, so a student's fingers already know them.
  showAnswer: { keys: [' ', 'Enter'], label: 'command.showAnswer' },
  rateAgain: { keys: ['1'], label: 'command.rateAgain' },
  rateHard: { keys: ['2'], label: 'command.rateHard' },
  rateGood: { keys: ['3'], label: 'command.rateGood' },
  rateEasy: { keys: ['4'], label: 'command.rateEasy' },
  exitStudy: { keys: ['Escape'], label: 'command.exitStudy' },
  quiz: { keys: ['q'], label: 'command.quiz' },
  leave: { keys: ['x'], label: 'command.leave', button: 'command.button.leave' },
} as const satisfies Record<string, CommandSpec>;

export type CommandId = keyof typeof COMMANDS;

/** What each screen supports, in the order its help lists them. */
export const SCREEN_COMMANDS = {
  map: [
    'search',
    'help',
    'theme',
    'language',
    'zoomIn',
    'zoomOut',
    'fit',
    'outline',
    'problems',
    'clearSelection',
    'depth1',
    'depth2',
    'depthAll',
  ],
  present: [
    'next',
    'previous',
    'first',
    'last',
    'blackout',
    'fullscreen',
    'overview',
    'overviewOrLeave',
    'goTo',
    'leave',
    'speakerView',
    'reveal',
    'quiz',
    'search',
    'zoomIn',
    'zoomOut',
    'fit',
    'help',
    'theme',
    'language',
  ],
  // The speaker's window drives the room's screen: stepping, going to a concept, blacking out,
  // turning the steps into questions.
  speaker: [
    'next',
    'previous',
    'first',
    'last',
    'blackout',
    'goTo',
    'quiz',
    'search',
    'help',
    'theme',
    'language',
  ],
  study: [
    'showAnswer',
    'rateAgain',
    'rateHard',
    'rateGood',
    'rateEasy',
    'exitStudy',
    'help',
    'theme',
    'language',
  ],
} as const satisfies Record<string, readonly CommandId[]>;

export type ScreenName = keyof typeof SCREEN_COMMANDS;

/**
 * The stage's on-screen buttons (shown when the pointer moves), in order: the same commands as
 * the keys, for a mouse, a phone or a tablet.
 */
export const STAGE_BUTTONS = [
  'previous',
  'next',
  'overview',
  'goTo',
  'leave',
] as const satisfies readonly (typeof SCREEN_COMMANDS)['present'][number][];

/** The handlers a screen must give: one for each of its commands, no more, no fewer. */
export type ScreenCommands<Screen extends ScreenName> = Readonly<
  Record<(typeof SCREEN_COMMANDS)[Screen][number], () => void>
>;

export interface Command extends CommandSpec {
  id: CommandId;
}

/** The commands of a screen with their keys and labels, in its help's order. */
export function commandsOf(screen: ScreenName): Command[] {
  return SCREEN_COMMANDS[screen].map((id) => ({ id, ...COMMANDS[id] }));
}
