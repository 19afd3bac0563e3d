/**
 * The strings of notes opened in the browser, in English and Japanese (the same typed-dictionary
 * rule as src/ui/i18n/messages.ts: a missing translation is a type error). `{name}` marks a
 * parameter. The labels the header and the map list show on every page are a dictionary of
 * their own (entry-messages.ts), so these load only with the dialogs and the list.
 */
import { defineMessages, useMessages, type Translator } from '../i18n/dictionary';

const en = {
  'local.open.title': 'Open your notes',
  'local.open.intro':
    'Pick or drop notes files with their optional companion file (.map.yaml), or a whole folder. They are read in this browser and never uploaded.',
  'local.open.files': 'Notes files',
  'local.open.folder': 'A folder of notes',
  'local.open.drop': 'Drop files or a folder here',
  'local.open.cancel': 'Cancel',
  'local.open.close': 'Close',
  'local.open.opened': 'Opened:',
  'local.progress.label': 'Building the map',
  'local.progress.reading': 'Reading {name} ({index} of {total})…',
  'local.progress.layout': 'Laying out the {concepts} concepts of {name} ({index} of {total})…',
  'local.progress.saving': 'Keeping the map in this browser…',
  'local.page.title': 'Notes in this browser',
  'local.list.empty':
    'None yet. Open notes to see them as a map: they stay in this browser, and nothing is uploaded.',
  'local.list.concepts': '{count} concepts',
  'local.list.saved': 'saved {date}',
  'local.list.fromLink': 'from a shared link',
  'local.list.notKept': 'open in this tab only',
  'local.list.actions': 'Actions for {title}',
  'local.update': 'Update…',
  'local.update.label': 'Newer notes for {title}',
  'local.download': 'Download as one HTML file',
  'local.download.making': 'Making the file…',
  'local.download.failed': 'The one-file version could not be made: {detail}',
  'local.delete': 'Delete',
  'local.delete.confirm': 'Delete “{title}” from this browser?',
  'local.delete.yes': 'Delete',
  'local.delete.no': 'Keep',
  'local.share.title': 'Share “{title}”',
  'local.share.link': 'Share link',
  'local.share.making': 'Making the link…',
  'local.share.length': 'The link is {count} characters long.',
  'local.share.private':
    'The notes travel inside the link, after the #, so no server sees them; anyone who has the link can read them.',
  'local.share.chatLimit':
    'Chat apps and some mail programs cut links longer than about 2,000 characters. For these notes, send the map as one HTML file instead.',
  'local.share.tooLong':
    'These notes are too large for a link ({count} characters; at most {limit}). Send the map as one HTML file instead.',
  'local.share.copy': 'Copy link',
  'local.share.copied': 'Copied',
  'local.opening': 'Opening the shared map…',
  'local.oneFile.broken':
    'The map in this file could not be read: the file is damaged. Ask for it again.',
  'problem.not-utf8':
    '{file} is not UTF-8 text (the first wrong byte is on line {line}). Save it as UTF-8 and open it again.',
  'problem.too-big':
    '{file} is larger than {limit}, too large for notes. Split it into smaller files.',
  'problem.unreadable': '{file} could not be read ({detail}).',
  'problem.companion-alone':
    '{file} is a companion file, but the notes it belongs to were not opened with it: open both together.',
  'problem.nothing-to-open': 'None of these files are notes. Musubi reads {readable}.',
  'problem.too-many': 'That is {count} notes files at once; open at most {limit}.',
  'problem.no-notes': '“{map}” has no notes file Musubi reads ({readable}).',
  'problem.several-notes': '“{map}” has more than one notes file: {files}.',
  'problem.failed': 'The map could not be built: {detail}',
  'link.too-long':
    'This link is too long to be a Musubi share link ({length} characters; at most {limit}). Nothing was opened.',
  'link.truncated':
    'This link was cut short: it carries {received} of the {expected} bytes of its notes. Ask for the whole link, or for the map as one HTML file.',
  'link.corrupted':
    'This link is damaged: the notes in it do not check out. Ask for the link again.',
  'link.too-large':
    'This link would expand into more than {limit} of text, more than notes can be. Nothing was opened.',
  'link.unknown-version':
    'This link was made by a newer version of Musubi (format {version}); open it there.',
  'storage.unavailable':
    'This browser does not let the page keep maps (private browsing, or storage turned off for this site). The map is open in this tab only.',
  'storage.quota':
    'The storage this browser gives the site is full. The map is open in this tab only; delete maps you no longer need to keep new ones.',
  'storage.failed':
    'The map could not be kept in this browser ({detail}). It is open in this tab only.',
  'storage.deleteFailed': 'The map could not be deleted: {detail}',
} as const;

type LocalMessageKey = keyof typeof en;

const ja: Record<LocalMessageKey, string> = {
  'local.open.title': 'ノートを開く',
  'local.open.intro':
    'ノートのファイルを（あれば対応ファイル .map.yaml と一緒に）選ぶかドロップしてください。フォルダごとでも開けます。ファイルはこのブラウザの中で読まれ、アップロードされません。',
  'local.open.files': 'ノートのファイル',
  'local.open.folder': 'ノートのフォルダ',
  'local.open.drop': 'ここにファイルかフォルダをドロップ',
  'local.open.cancel': 'キャンセル',
  'local.open.close': '閉じる',
  'local.open.opened': '開きました：',
  'local.progress.label': 'マップを作成中',
  'local.progress.reading': '{name} を読み込み中（{index} / {total}）…',
  'local.progress.layout': '{name} の {concepts} 個の概念を配置中（{index} / {total}）…',
  'local.progress.saving': 'マップをこのブラウザに保存中…',
  'local.page.title': 'このブラウザのノート',
  'local.list.empty':
    'まだありません。ノートを開くとマップになります。ノートはこのブラウザに保存され、アップロードされません。',
  'local.list.concepts': '{count} 個の概念',
  'local.list.saved': '{date} に保存',
  'local.list.fromLink': '共有リンクから',
  'local.list.notKept': 'このタブでのみ表示中',
  'local.list.actions': '{title} の操作',
  'local.update': '更新…',
  'local.update.label': '{title} の新しいノート',
  'local.download': '1つのHTMLファイルとしてダウンロード',
  'local.download.making': 'ファイルを作成中…',
  'local.download.failed': '1ファイル版を作成できませんでした：{detail}',
  'local.delete': '削除',
  'local.delete.confirm': '「{title}」をこのブラウザから削除しますか？',
  'local.delete.yes': '削除',
  'local.delete.no': '残す',
  'local.share.title': '「{title}」を共有',
  'local.share.link': '共有リンク',
  'local.share.making': 'リンクを作成中…',
  'local.share.length': 'リンクの長さは {count} 文字です。',
  'local.share.private':
    'ノートはリンクの # の後ろに入っているため、サーバーには送られません。リンクを持っている人は誰でも読めます。',
  'local.share.chatLimit':
    'チャットアプリや一部のメールソフトは約2,000文字より長いリンクを切ってしまいます。このノートは1つのHTMLファイルとして送ってください。',
  'local.share.tooLong':
    'このノートはリンクにするには大きすぎます（{count} 文字、上限 {limit}）。1つのHTMLファイルとして送ってください。',
  'local.share.copy': 'リンクをコピー',
  'local.share.copied': 'コピーしました',
  'local.opening': '共有されたマップを開いています…',
  'local.oneFile.broken':
    'このファイルのマップを読み込めませんでした。ファイルが壊れています。もう一度送ってもらってください。',
  'problem.not-utf8':
    '{file} は UTF-8 のテキストではありません（最初のおかしなバイトは {line} 行目）。UTF-8 で保存し直して開いてください。',
  'problem.too-big':
    '{file} は {limit} より大きく、ノートとしては大きすぎます。小さなファイルに分けてください。',
  'problem.unreadable': '{file} を読み込めませんでした（{detail}）。',
  'problem.companion-alone':
    '{file} は対応ファイルですが、対応するノートが一緒に開かれていません。両方を一緒に開いてください。',
  'problem.nothing-to-open': 'ノートのファイルがありません。Musubi が読めるのは {readable} です。',
  'problem.too-many': '一度に {count} 個のノートは多すぎます。{limit} 個までにしてください。',
  'problem.no-notes': '「{map}」には Musubi が読めるノートのファイル（{readable}）がありません。',
  'problem.several-notes': '「{map}」にはノートのファイルが複数あります：{files}。',
  'problem.failed': 'マップを作成できませんでした：{detail}',
  'link.too-long':
    'このリンクは Musubi の共有リンクとしては長すぎます（{length} 文字、上限 {limit}）。何も開いていません。',
  'link.truncated':
    'このリンクは途中で切れています（ノート {expected} バイトのうち {received} バイトのみ）。リンク全体か、1つのHTMLファイルを送ってもらってください。',
  'link.corrupted':
    'このリンクは壊れています。中のノートが検査に合いません。もう一度リンクを送ってもらってください。',
  'link.too-large':
    'このリンクを展開すると {limit} を超え、ノートとしては大きすぎます。何も開いていません。',
  'link.unknown-version':
    'このリンクは新しい版の Musubi で作られています（形式 {version}）。新しい版で開いてください。',
  'storage.unavailable':
    'このブラウザではページがマップを保存できません（プライベートブラウズ、またはこのサイトの保存が無効）。マップはこのタブでのみ表示されます。',
  'storage.quota':
    'このサイトが使える保存領域がいっぱいです。マップはこのタブでのみ表示されます。不要なマップを削除すると新しいマップを保存できます。',
  'storage.failed':
    'マップをこのブラウザに保存できませんでした（{detail}）。このタブでのみ表示されます。',
  'storage.deleteFailed': 'マップを削除できませんでした：{detail}',
};

const messages = defineMessages(en, ja);

export type LocalTranslate = Translator<LocalMessageKey>;

export function useLocalMessages(): LocalTranslate {
  return useMessages(messages);
}
