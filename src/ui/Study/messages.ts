/**
 * Study mode's strings in English and Japanese (dictionary.ts: a missing translation is a type
 * error). `{name}` marks a parameter. Command labels are in the app's dictionary (command.*).
 */
import { defineMessages, useMessages, type Translator } from '../i18n/dictionary';

const en = {
  'study.title': 'Study: {title}',
  'study.scopeTitle': 'Study: {section} — {title}',
  'study.progress': 'Study progress',
  'study.due': '{count} due',
  'study.dueNew': '{count} due ({fresh} new)',
  'study.done': '{count} done today',
  'study.map': 'Concept map around the card (not needed to answer)',
  'study.card': 'Card',
  'study.nameIt': 'Name it',
  'study.explainIt': 'Explain it',
  'study.nameItQuestion': 'Which concept is this?',
  'study.explainItPrompt': 'Recall what the notes say about it, then show the answer and compare.',
  'study.where': 'In',
  'study.definition': 'What the notes say',
  'study.related': 'Related concepts',
  'study.blank': '(blank)',
  'study.showAnswer': 'Show answer',
  'study.answer': 'Answer',
  'study.rateHeading': 'How well did you know it?',
  'study.again': 'Again',
  'study.hard': 'Hard',
  'study.good': 'Good',
  'study.easy': 'Easy',
  'study.nextIn': 'next in {interval}',
  'study.ask': 'Ask',
  'study.ask.mixed': 'Both ways',
  'study.ask.name': 'Name it',
  'study.ask.explain': 'Explain it',
  'study.nothingDue': 'Nothing is due now. Well done!',
  'study.nextDue': 'The next card is due {when}.',
  'study.noCards': 'There is nothing to study here: no concept has text of its own.',
  'study.notACard':
    '“{id}” is not a card of this map: it has no text of its own, or the companion file leaves it out of study.',
  'study.unknownScope': 'There is no section “{id}” in this map; studying the whole map.',
  'study.start': 'Start the session',
  'study.wholeMap': 'Study the whole map',
  'study.backToMap': 'Back to the map',
  'study.seeProgress': 'See your progress on the map',
  'study.export': 'Export progress',
  'study.import': 'Import progress',
  'study.imported': 'Imported: {count} cards updated.',
  'study.importFailed.not-json': 'That file is not JSON; choose a file exported from Musubi.',
  'study.importFailed.not-study-file':
    'That file is not Musubi study progress; choose a file made with “Export progress”.',
  'study.importFailed.newer-version':
    'That file comes from a newer Musubi; update this one to import it.',
  'study.importFailed.invalid':
    'That file is damaged: some of its cards could not be read. Nothing was imported.',
  'study.notPersistent':
    'This browser does not let Musubi keep your progress: it is lost when the page closes. Export it to keep it.',
  'study.privacy': 'Your progress stays in this browser; nothing is sent anywhere.',
  'study.section': 'Study this section',
  'study.sectionCount': '{count} cards',
  'study.review.label': 'Next review',
  'study.review.new': 'not studied yet',
  'study.review.changed': 'the text changed: asked as new',
  'study.review.due': 'due now',
  'knowledge.toggle': 'Knowledge',
  'knowledge.legend': 'How well you know each concept',
  'knowledge.new': 'New',
  'knowledge.learning': 'Learning',
  'knowledge.due': 'Due',
  'knowledge.known': 'Known',
  'knowledge.study': 'Study',
  'knowledge.studyDue': 'Study ({count} due)',
} as const;

type StudyMessageKey = keyof typeof en;

const ja: Record<StudyMessageKey, string> = {
  'study.title': '学習：{title}',
  'study.scopeTitle': '学習：{section} — {title}',
  'study.progress': '学習の進み具合',
  'study.due': '復習 {count} 件',
  'study.dueNew': '復習 {count} 件（新規 {fresh} 件）',
  'study.done': '今日 {count} 件完了',
  'study.map': 'カードの周りのコンセプトマップ（答えるのに必要ありません）',
  'study.card': 'カード',
  'study.nameIt': '名前を答える',
  'study.explainIt': '説明する',
  'study.nameItQuestion': 'これはどの概念でしょう？',
  'study.explainItPrompt': 'ノートに書いてあることを思い出してから、答えを表示して比べましょう。',
  'study.where': '場所',
  'study.definition': 'ノートの記述',
  'study.related': '関連する概念',
  'study.blank': '（空欄）',
  'study.showAnswer': '答えを表示',
  'study.answer': '答え',
  'study.rateHeading': 'どのくらい覚えていましたか？',
  'study.again': 'もう一度',
  'study.hard': '難しい',
  'study.good': '正解',
  'study.easy': '簡単',
  'study.nextIn': '次回 {interval}後',
  'study.ask': '出題',
  'study.ask.mixed': '両方向',
  'study.ask.name': '名前を答える',
  'study.ask.explain': '説明する',
  'study.nothingDue': '今は復習するカードがありません。お疲れさまでした！',
  'study.nextDue': '次のカードは {when} に出題されます。',
  'study.noCards': '学習する内容がありません：本文のある概念がありません。',
  'study.notACard':
    '「{id}」はこのマップのカードではありません：本文がないか、コンパニオンファイルで学習から除外されています。',
  'study.unknownScope':
    'このマップには「{id}」というセクションはありません。マップ全体を学習します。',
  'study.start': '学習を始める',
  'study.wholeMap': 'マップ全体を学習',
  'study.backToMap': 'マップに戻る',
  'study.seeProgress': 'マップで進み具合を見る',
  'study.export': '進み具合を書き出す',
  'study.import': '進み具合を読み込む',
  'study.imported': '読み込みました：{count} 枚のカードを更新しました。',
  'study.importFailed.not-json':
    'このファイルは JSON ではありません。Musubi から書き出したファイルを選んでください。',
  'study.importFailed.not-study-file':
    'このファイルは Musubi の学習記録ではありません。「進み具合を書き出す」で作ったファイルを選んでください。',
  'study.importFailed.newer-version':
    'このファイルは新しい Musubi で作られています。読み込むにはこちらを更新してください。',
  'study.importFailed.invalid':
    'このファイルは壊れています：読めないカードがありました。何も読み込んでいません。',
  'study.notPersistent':
    'このブラウザでは進み具合を保存できません。ページを閉じると失われます。残すには書き出してください。',
  'study.privacy': '進み具合はこのブラウザの中だけに保存され、どこにも送信されません。',
  'study.section': 'このセクションを学習',
  'study.sectionCount': '{count} 枚',
  'study.review.label': '次の復習',
  'study.review.new': '未学習',
  'study.review.changed': '本文が変わったため新規として出題',
  'study.review.due': '今すぐ',
  'knowledge.toggle': '習熟度',
  'knowledge.legend': '各概念をどのくらい覚えているか',
  'knowledge.new': '未学習',
  'knowledge.learning': '学習中',
  'knowledge.due': '復習期限',
  'knowledge.known': '習得済み',
  'knowledge.study': '学習',
  'knowledge.studyDue': '学習（復習 {count} 件）',
};

const studyMessages = defineMessages(en, ja);

export type StudyTranslate = Translator<StudyMessageKey>;

/** `t` for study mode's strings, in the app's current language. */
export function useStudyText(): StudyTranslate {
  return useMessages(studyMessages);
}
