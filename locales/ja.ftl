# kohyo's own words in Japanese (ja): the frame of every page, the terms
# of its tables and the sentences it makes of dates and counts.
#
# Written by the kohyo developers. Japanese is the authoritative language
# of every notice; this catalog is the one every other catalog translates,
# and the one a page falls back to.
#
# Fluent syntax (https://projectfluent.org/fluent/guide/): "key = text";
# { $name } is a value kohyo fills in; { $count -> [one] … *[other] … }
# chooses words by the CLDR plural category of a number; a value that
# begins or ends with a space is written as a string, { ": " }.

## The frame of every page

skip-link = 本文へ移動
language-nav = 言語の切り替え
contents = 目次
dates = この公表事項の日付
announced = 公表日
first-published = 制定日
translation-note = この翻訳は参考のためのものです。正本は日本語の公表事項です。
operator-heading = 個人情報取扱事業者及びお問い合わせ窓口
operator = 個人情報取扱事業者
name = 名称
address = 住所
representative = 代表者
contact-desk = 開示等の請求及び苦情・相談の窓口
phone = 電話
email = 電子メール
fax = FAX
extension = 内線
label-separator = ：
hours = 受付時間
no-purposes = なし
site-nav = このサイトの案内
history = 改定履歴
history-intro = この公表事項のすべての版を新しい順に掲載しています。各版は公表したときの内容のまま保存しています。
last-revised = 最終改定日
revised = 改定日
effective = 施行日
effective-period = 施行期間
what-changed = 改定内容
read-version = この版の全文
first-version = 最初に公表した版です。
purposes-changed = 利用目的の変更
yes = あり
no = なし
current-notice = 現在の公表事項
current-version = 現在施行中の版
archived-version = 過去の版
upcoming-version = 施行予定の版
upcoming-heading = 公表事項の改定のお知らせ
change-note = 改定の概要
compared-with = 比較対象
legend = 追加した箇所は下線、削除した箇所は取り消し線で示しています。
added = 追加
removed = 削除
added-prefix = 追加：
removed-prefix = 削除：
renamed = 名称変更
moved = 掲載順の変更
changed-categories = 変更のあった類型と利用目的
no-purpose-changes = この改定では利用目的を変更していません。
other-text = その他の記載
section-added = この項目を追加しました。
section-removed = この項目を削除しました。
translation-lagging = 英訳未更新のため日本語で表示
translations-heading = 翻訳の更新
translations-intro = 次の箇所は、翻訳だけを追加又は更新しました。正本である日本語は変わっていません。
category = 類型の名称
section-title = 見出し
colon = ：
feed-atom = 改定のお知らせ（Atom）
feed-rss = 改定のお知らせ（RSS）
accessibility = ウェブアクセシビリティ方針
record-heading = 記録の確認
record-intro = この版のファイルは、次のハッシュ値（SHA-256）で記録しています。ハッシュ値は一つ前の版のハッシュ値も含めて計算するため、公開後にいずれかの版が書き換えられると、その版とそれ以降のすべての版のハッシュ値が変わります。
record-method = 計算方法：1行目に「kohyo revision digest v1」、2行目に「previous」と空白に続けて一つ前の版のハッシュ値（最初の版では「none」）、3行目以降にファイルごとの「SHA-256の値、空白2つ、ファイル名」（sha256sum の出力と同じ形式、ファイル名の順）を並べ、各行を改行で終えたテキストのSHA-256です。
digest = この版のハッシュ値
feed-digest = この版のハッシュ値（SHA-256）
previous-digest = 一つ前の版のハッシュ値
no-previous-digest = なし（最初の版）
record-files = この版のファイル
record-data = この版のデータ（JSON）
label-title = 表題
label-purposes-heading = 利用目的の見出し
label-caption = 表の表題
label-category-header = 表の列見出し（類型）
label-purposes-header = 表の列見出し（利用目的）

## The pages of the documents besides the notice

document-nav = 公表している文書
document-index = 文書の一覧
document-index-intro = このサイトで公表している文書の一覧です。各文書の現在の版と、その改定履歴を掲載しています。
document-kind = 種類
document-kind-notice = 公表事項
document-kind-policy = 方針・手続等
document-kind-joint-use = 共同利用
document-kind-publications = 匿名加工情報等に関する公表
document-dates = この文書の日付
document-current-version = この文書の現在の版
document-history-intro = この文書のすべての版を新しい順に掲載しています。各版は公表したときの内容のまま保存しています。
document-joint-use-lead = 次のとおり、個人データを共同して利用します。
document-joint-items = 共同して利用される個人データの項目
document-joint-users = 共同して利用する者の範囲
document-joint-purposes = 利用する者の利用目的
document-joint-responsible = 当該個人データの管理について責任を有する者
document-responsible-name = 氏名又は名称
document-notes = 補足
document-publications-lead = 匿名加工情報等について、次のとおり公表します（新しい順）。
document-entry-date = 年月日
document-entry-anonymised-created = 匿名加工情報の作成
document-entry-anonymised-provided = 匿名加工情報の第三者提供
document-entry-anonymised-passed-on = 受領した匿名加工情報の第三者提供
document-entry-pseudonymised-purposes = 仮名加工情報の利用目的
document-entry-event = 公表の事由
document-entry-acquired = 仮名加工情報の取得
document-entry-purposes-changed = 利用目的の変更
document-entry-items = 個人に関する情報の項目
document-entry-purposes = 利用目的
document-entry-method = 提供の方法
document-entry-recipients = 提供先

## What the changes of a document are called

document-change-joint-use = 共同利用
document-change-publications = 公表
document-change-sections = 本文の項目
document-change-title = 表題
document-change-arrangement-added = この共同利用を追加しました。
document-change-arrangement-removed = この共同利用を削除しました。
document-change-entry-added = この公表を追加しました。
document-change-entry-removed = この公表が削除されています。公表した内容は削除できません。
document-change-entry-changed = この公表が変更されています。公表した内容は変更できません。
document-change-changed-items = 変更した事項
document-change-basis = 変更の理由
document-change-was = 変更前
document-change-no-changes = 記載に変更はありません。

## The items of a joint use (APPI Art. 27(5)(iii)) in full and short, why
## they may change (PPC Guidelines, General Rules, 3-6-3), the parts and
## kinds of a publication entry (APPI Art. 43(3)/(4), 41(4))

joint-use-item-name = 名称
joint-use-item-items = 共同して利用される個人データの項目
joint-use-item-users = 共同して利用する者の範囲
joint-use-item-purposes = 利用する者の利用目的
joint-use-item-responsible = 当該個人データの管理について責任を有する者（交代）
joint-use-item-responsible-name = 管理について責任を有する者の氏名又は名称
joint-use-item-responsible-address = 管理について責任を有する者の住所
joint-use-item-responsible-representative = 管理について責任を有する者の代表者の氏名
joint-use-item-notes = 備考
joint-use-item-short-name = 名称
joint-use-item-short-items = 個人データの項目
joint-use-item-short-users = 共同利用者の範囲
joint-use-item-short-purposes = 利用目的
joint-use-item-short-responsible = 責任者の交代
joint-use-item-short-responsible-name = 責任者の名称
joint-use-item-short-responsible-address = 責任者の住所
joint-use-item-short-responsible-representative = 責任者の代表者
joint-use-item-short-notes = 備考
change-basis-consent = 共同利用を行う個人データの項目や事業者の変更につき、あらかじめ本人の同意を得た場合（個人情報保護法ガイドライン（通則編）3-6-3 事例1）
change-basis-rename = 共同利用を行う事業者の名称に変更があるが、共同して利用される個人データの項目には変更がない場合（個人情報保護法ガイドライン（通則編）3-6-3 事例2）
change-basis-succession = 共同利用を行う事業者について事業の承継が行われた場合（個人情報保護法ガイドライン（通則編）3-6-3 事例3）
change-basis-editorial = 表現を改めたのみで、共同して利用される個人データの項目及び共同して利用する者の範囲に変更はありません
entry-field-date = 日付
entry-field-kind = 種類
entry-field-title = 件名
entry-field-items = 含まれる個人に関する情報の項目
entry-field-purposes = 利用目的
entry-field-method = 提供の方法
entry-field-recipients = 提供先
entry-field-notes = 備考
entry-kind-anonymised-created = 匿名加工情報の作成
entry-kind-anonymised-provided = 匿名加工情報の第三者提供
entry-kind-anonymised-passed-on = 受領した匿名加工情報の第三者提供
entry-kind-pseudonymised-purposes = 仮名加工情報の利用目的

## Groups of purposes on the changes page

group-none = 該当する利用目的はありません。
group-explanation-changed = 説明を変更
group-description = 説明
group-moved-from = 〔{ $group }〕から移動
group-moved-to = 〔{ $group }〕へ移動

## Sentences made of dates and counts. { $date }, { $from } and { $until }
## are dates as this language writes them.

period-from-until = { $from }から{ $until }まで
period-from = { $from }から
preview = プレビュー：{ $date }時点の表示です。公開中のサイトではありません。
# $count: how many problems check reports of the record.
record-problems = 記録（revisions.lock）に{ $count }件の問題があります。公開する前に kohyo check で確認し、kohyo lock で封印してください：
# A term and its value on one line, e.g. 施行期間：2024年12月2日から.
term-and-value = { $term }：{ $value }
# $site: the operator's name.
feed-title = { $site }：個人情報保護法に基づく公表事項の改定のお知らせ
changes-title = { $date }の改定内容
revision-title = { $date }施行の版
upcoming-changing-purposes = { $date }から公表事項を改定し、利用目的を変更します。
upcoming = { $date }から公表事項を改定します。
first-notice = この公表事項は{ $date }から施行します。それまでの間、施行に先立って公表しています。
banner-archived-until = これは過去の版です。{ $from }から{ $until }まで施行していました。
banner-archived = これは過去の版です。{ $from }から施行していました。
banner-current = これは現在施行中の版です。{ $from }から施行しています。
banner-upcoming = これは施行予定の版です。{ $from }から施行します。

## The summary of a revision's changes, e.g. 類型：1件追加／利用目的：2件追加、
## 1件削除。 It is made of groups, one per kind of thing changed; a group
## lists counts of what happened to it. kohyo begins the sentence with a
## capital letter where the script has them.

# What is counted: categories, groups of purposes, purposes of use.
# $count: the first count of the group, for languages whose noun changes
# with it.
summary-noun-categories = 類型
# $count, as for summary-noun-categories.
summary-noun-groups = グループ
# $count, as for summary-noun-categories.
summary-noun-purposes = 利用目的
# What happened to them.
summary-change-added = 追加
summary-change-removed = 削除
summary-change-renamed = 名称変更
summary-change-moved = 掲載順の変更
summary-change-reworded = 変更
summary-change-changed = 変更
summary-change-explained = 説明を変更
summary-change-regrouped = グループ間で移動
# The first count of a group: $count, $noun (summary-noun-… for that
# count) and $change (summary-change-…).
summary-first = { $count }件{ $change }
# A further count of the same group: $count and $change.
summary-next = { $count }件{ $change }
summary-item-separator = 、
# One group: $noun and $items (its counts joined by summary-item-separator).
summary-group = { $noun }：{ $items }
summary-group-separator = ／
# The whole sentence: $groups joined by summary-group-separator.
summary-sentence = { $groups }。
summary-other-text = その他の記載を変更
# Between two sentences of a summary.
sentence-separator = { "" }
# $count: how many texts' translation was updated, or lags the Japanese.
summary-translation-updated = 翻訳を更新：{ $count }件。
summary-translation-lagging = 翻訳が未更新：{ $count }件。
# A document's summary, e.g. 共同利用：1件変更（責任者の代表者）。
document-summary-title-changed = 表題を変更
# $count and $change (summary-change-…).
document-summary-item = { $count }件{ $change }
# The same with $items, the items of a joint use that changed.
document-summary-item-with = { $count }件{ $change }（{ $items }）
document-summary-text-changed = 本文を変更
# A text with an aside after it, e.g. 名称（変更前：…）; with no $text, the
# aside alone, as it follows a link.
with-aside = { $text }（{ $aside }）
# Between names in a list that may themselves hold commas.
list-separator = 、

## Feeds

# $date: the day the revision takes effect.
feed-effective = 施行日：{ $date }
feed-notice-published = 公表事項を公表しました（{ $date }施行）
feed-notice-revised = 公表事項を改定します（{ $date }施行、利用目的の変更）
# $title: the document's title; $date: the day the revision takes effect.
document-feed-published = 「{ $title }」を公表しました（{ $date }施行）
# A revision announced before it takes effect: $title, $date.
document-feed-revising = 「{ $title }」を改定します（{ $date }施行）
# A revision announced on or after it took effect: $title, $date.
document-feed-revised = 「{ $title }」を改定しました（{ $date }施行）
# $site: the operator's name; $title: the document's title.
document-feed-title = { $site }：「{ $title }」のお知らせ
document-feed-description = 「{ $title }」のすべての版を、公表した日付の新しい順にお知らせします。
# $site: the operator's name.
combined-feed-title = { $site }：公表している文書のお知らせ
combined-feed-description = 公表事項の利用目的の変更と、そのほかの文書のすべての版を、公表した日付の新しい順にお知らせします。

## The pages of a document

document-upcoming = { $date }からこの文書を改定します。
document-first = この文書は{ $date }から施行します。それまでの間、施行に先立って公表しています。
# $title: the document's title.
document-history-title = { $title }の改定履歴

## The accessibility statement

# $operator: the operator's name.
accessibility-intro = { $operator }は、障害のある方や高齢の方を含め、加入者の皆さまのどなたもがこのサイトで個人情報の取扱いに関する公表事項を読めるよう、ウェブアクセシビリティの確保に取り組んでいます。
accessibility-scope-heading = 対象範囲
# $address: the site's address.
accessibility-scope = このサイト（{ $address }）のすべてのページ（公表事項、改定履歴、過去・現在・予定の各版、改定内容、このページ）の日本語版と英語版です。改定のお知らせのフィード（Atom・RSS）は、フィードリーダーで読むためのデータのため対象外です。
accessibility-standard-heading = 目標とする適合レベル
accessibility-standard = JIS X 8341-3:2016 の適合レベルAAに準拠することを目標とし、これを含む国際規格 WCAG 2.2 の適合レベルAAの達成基準を満たすよう作成しています。
accessibility-testing-heading = 試験の方法
# $version: kohyo's version.
accessibility-testing = このサイトを表示するソフトウェア（kohyo { $version }）は、変更のたびに、すべての種類のページを日本語版・英語版の両方で、次の方法で試験しています。
# $version: the version of each tool.
accessibility-tool-axe = axe-core { $version }：WCAG 2.0・2.1・2.2 の適合レベルA・AAの達成基準とベストプラクティスの規則。明るい配色と暗い配色、画面の幅 1280px と 320px のそれぞれで。
accessibility-tool-nu = Nu Html Checker（vnu-jar { $version }）：HTML と CSS の文法。
accessibility-tool-browser = ブラウザーでの確認（Debian の Chromium を Playwright { $version } で操作）：
accessibility-check-skip-link = 最初の Tab キーで「本文へ移動」のリンクに移ること
accessibility-check-keyboard = キーボードだけですべてのリンクに移動でき、フォーカスの位置が見えること
accessibility-check-reflow = 画面の幅 320px でも横スクロールが生じないこと
accessibility-check-spacing = 文字・単語・行・段落の間隔を広げても（WCAG 1.4.12）文字が欠けないこと
accessibility-check-forced-colours = ハイコントラスト表示（強制カラー）でも変更箇所とフォーカスが見えること
accessibility-check-print = 印刷すると全文が印刷され、各ページに施行期間とこのサイトのアドレスが入ること
accessibility-limitations-heading = 既知の制約
accessibility-limitation-automated = 自動の試験で見つけられる問題は一部に限られます。スクリーンリーダーなどの支援技術をお使いの方による利用者試験は、まだ行っていません。
accessibility-limitation-translation = 日本語版が正本です。英語版で翻訳がまだない箇所は日本語のまま表示し、読み上げソフトが日本語として読むよう言語を指定しています。
accessibility-limitation-archived = 過去の版は、公表した時点の記載をそのまま残しています。後から見つかった表記の誤りも直していません。
accessibility-report-heading = 問題のご連絡
accessibility-report = 読みにくい、操作できないなど、このサイトで困ったことがありましたら、下記の窓口へお知らせください。問題のあったページのアドレスと、お使いの機器・ブラウザー・支援技術をあわせてお知らせいただくと、早く対応できます。公表事項を紙や大きな文字など別の形でご希望の場合も、同じ窓口で承ります。

## The pages for a missing address and for a failure, shown in every
## language of the site at once

error-not-found-title = ページが見つかりません
error-not-found-text = お探しのページは見つかりませんでした。アドレスをご確認いただくか、公表事項のページからご覧ください。
error-server-title = エラーが発生しました
error-server-text = ページを表示できませんでした。しばらくしてから再度お試しください。
# A link to the notice in this language.
error-notice-link = 公表事項（日本語）
