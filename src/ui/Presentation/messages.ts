/**
 * The presentation, speaker and handout strings in English and Japanese. Kept beside the feature
 * (the app's dictionary is src/ui/i18n/messages.ts); the same typed-dictionary rule applies: a
 * missing translation is a type error. `{name}` marks a parameter.
 */
import { defineMessages, useMessages, type Translator } from '../i18n/dictionary';

const en = {
  'present.region': 'Presentation',
  'present.step': 'Step {step} of {total}',
  'present.progress': 'Tour progress',
  'present.map': 'Concept map, built up to the current concept',
  'present.mapAll': 'Concept map',
  'present.links': 'Links',
  'present.noText': 'Nothing is written under this concept.',
  'present.overview': 'Overview of the whole map — O: back to the concept, Esc: stop presenting',
  'present.blackout': 'Screen blacked out. Press any key to return.',
  'present.popupBlocked': 'The browser blocked the speaker window. Open it yourself:',
  'present.openSpeaker': 'Open the speaker view',
  'present.dismiss': 'Dismiss',
  'present.goTo.title': 'Go to a concept',
  'present.goTo.input': 'Concept name',
  'present.goTo.none': 'No concept of this tour matches “{query}”.',
  'present.goTo.results': 'Concepts of the tour',
  'present.unknownTour': 'There is no tour “{name}” in this map.',
  'present.unknownStep': 'The concept “{id}” is not a step of this tour.',
  'present.emptyTour': 'This tour has no concepts to present.',
  'present.tours': 'Tours of this map:',
  'present.defaultTour': 'All concepts, in the notes’ order',
  'present.startTour': 'Start the tour at its first concept',
  'present.backToMap': 'Back to the map',
  'present.startHere': 'Start tour here',
  'present.startTourHere': 'Start “{title}” here',
  'speaker.title': 'Speaker view',
  'speaker.current': 'Now',
  'speaker.next': 'Next',
  'speaker.end': 'End of the tour.',
  'speaker.clock': 'Time',
  'speaker.elapsed': 'Elapsed',
  'speaker.pause': 'Pause',
  'speaker.resume': 'Resume',
  'speaker.reset': 'Reset',
  'speaker.previous': 'Previous',
  'speaker.nextButton': 'Next',
  'handout.title': 'Handout: {title}',
  'handout.map': 'The whole map',
  'handout.print': 'Print',
  'handout.concepts': 'Concepts, in tour order',
} as const;

type PresentMessageKey = keyof typeof en;

const ja: Record<PresentMessageKey, string> = {
  'present.region': 'プレゼンテーション',
  'present.step': 'ステップ {step} / {total}',
  'present.progress': 'ツアーの進み具合',
  'present.map': '現在の概念まで構築されたコンセプトマップ',
  'present.mapAll': 'コンセプトマップ',
  'present.links': 'リンク',
  'present.noText': 'この概念には本文がありません。',
  'present.overview': 'マップ全体の概観 — O: 概念に戻る、Esc: 発表を終了',
  'present.blackout': '画面を暗転中です。任意のキーで戻ります。',
  'present.popupBlocked':
    'ブラウザが発表者ウィンドウをブロックしました。こちらから開いてください：',
  'present.openSpeaker': '発表者ビューを開く',
  'present.dismiss': '閉じる',
  'present.goTo.title': '概念へ移動',
  'present.goTo.input': '概念の名前',
  'present.goTo.none': '「{query}」に一致するツアーの概念はありません。',
  'present.goTo.results': 'ツアーの概念',
  'present.unknownTour': 'このマップには「{name}」というツアーはありません。',
  'present.unknownStep': '概念「{id}」はこのツアーのステップではありません。',
  'present.emptyTour': 'このツアーには発表する概念がありません。',
  'present.tours': 'このマップのツアー：',
  'present.defaultTour': 'すべての概念（ノートの順）',
  'present.startTour': 'ツアーを最初の概念から始める',
  'present.backToMap': 'マップに戻る',
  'present.startHere': 'ここからツアーを開始',
  'present.startTourHere': '「{title}」をここから開始',
  'speaker.title': '発表者ビュー',
  'speaker.current': '現在',
  'speaker.next': '次',
  'speaker.end': 'ツアーの終わりです。',
  'speaker.clock': '時刻',
  'speaker.elapsed': '経過時間',
  'speaker.pause': '一時停止',
  'speaker.resume': '再開',
  'speaker.reset': 'リセット',
  'speaker.previous': '前へ',
  'speaker.nextButton': '次へ',
  'handout.title': '配布資料：{title}',
  'handout.map': 'マップ全体',
  'handout.print': '印刷',
  'handout.concepts': '概念（ツアーの順）',
};

const presentMessages = defineMessages(en, ja);

export type PresentTranslate = Translator<PresentMessageKey>;

/** `t` for the presentation strings, in the app's current language. */
export function usePresentText(): PresentTranslate {
  return useMessages(presentMessages);
}
