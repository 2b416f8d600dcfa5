# kohyo's own words in easy Japanese (やさしい日本語, ja-simple): the frame
# of every page, the terms of its tables and the sentences it makes of
# dates and counts.
#
# A rewrite of ja.ftl in easy Japanese following the Immigration Services
# Agency and Agency for Cultural Affairs' 「在留支援のためのやさしい日本語
# ガイドライン」 (2020): short sentences in です・ます, everyday words,
# early-primary-school kanji, the rest in hiragana, words spaced by
# phrase (分かち書き). Draft written by the kohyo developers with machine
# assistance; NOT yet reviewed by a native speaker or an easy-Japanese
# specialist. Have it reviewed before relying on it. The Japanese catalog
# (ja.ftl) is the source and Japanese is the authoritative text of every
# notice: every key here rewrites the key of the same name there.
#
# Fluent syntax (https://projectfluent.org/fluent/guide/): "key = text";
# { $name } is a value kohyo fills in; { $count -> [one] … *[other] … }
# chooses words by the CLDR plural category of a number; a value that
# begins or ends with a space is written as a string, { ": " }.

## The frame of every page

skip-link = 本文へ 行く
language-nav = ことばを えらぶ
contents = もくじ
dates = この お知らせの 日づけ
announced = 出した 日
first-published = さいしょに 出した 日
translation-note = これは、お知らせ（公表事項）を やさしい日本語に 書きかえた ものです。読む ときの 手助けに 使って ください。正式な ものは、ふつうの 日本語の お知らせです。まだ 書きかえて いない ところは、ふつうの 日本語で 出して います。
operator-heading = 個人情報を あつかう ところと れんらくさき
operator = 個人情報を あつかう ところ
name = 名前
address = 住所
representative = 代表者
contact-desk = 個人情報を 見せて ほしい、直して ほしい などの たのみや、こまった こと、そうだんの れんらくさき
phone = 電話
email = メール
fax = FAX
extension = 内線
label-separator = ：
hours = うけつけの 時間
no-purposes = ありません
site-nav = この サイトの あんない
history = 今までの 書きかえ
history-intro = この お知らせの すべての バージョンを のせて います。新しい ものが 先です。どの バージョンも、出した ときの まま のこして います。
last-revised = さいごに 書きかえた 日
revised = 書きかえた 日
effective = 始まる 日
effective-period = いつから いつまで
what-changed = かわった ところ
read-version = この バージョンを 全部 読む
first-version = さいしょに 出した バージョンです。
purposes-changed = 使う 目的の 書きかえ
yes = あります
no = ありません
current-notice = 今の お知らせ
current-version = 今の バージョン
archived-version = 前の バージョン
upcoming-version = これから 始まる バージョン
upcoming-heading = お知らせを 書きかえます
change-note = 書きかえの まとめ
compared-with = くらべた もの
legend = 足した ところは、字の 下に 線が あります。けした ところは、字の まん中に 線が あります。
added = 足した
removed = けした
added-prefix = 足した ところ：
removed-prefix = けした ところ：
renamed = 名前を かえた
moved = じゅんばんを かえた
changed-categories = かわった しゅるい（類型）と 使う 目的（利用目的）
no-purpose-changes = この 書きかえでは、使う 目的は かわって いません。
other-text = ほかの 文
section-added = この 部分を 足しました。
section-removed = この 部分を けしました。
translation-lagging = やさしい日本語に まだ 書きかえて いないので、ふつうの 日本語で 出して います
translations-heading = やさしい日本語の 文を 直した ところ
translations-intro = 次の ところは、やさしい日本語の 文だけを 足したり 直したり しました。正式な ものである ふつうの 日本語の 文は、かわって いません。
category = しゅるいの 名前
section-title = 見出し
colon = ：
feed-atom = お知らせの 書きかえの れんらく（Atom）
feed-rss = お知らせの 書きかえの れんらく（RSS）
accessibility = 使いやすい サイトに する ための 取り組み
record-heading = きろくの たしかめかた
record-intro = この バージョンの ファイルは、下の ハッシュ値（SHA-256）で きろくして います。ハッシュ値は、1つ 前の バージョンの ハッシュ値も 入れて 計算します。だから、出した あとで だれかが どれかの バージョンの 中身を かえると、その バージョンと、それより あとの すべての バージョンの ハッシュ値が かわります。
record-method = 計算の しかた：次の 文の SHA-256 です。1行目は「kohyo revision digest v1」です。2行目は「previous」と スペースと 1つ 前の バージョンの ハッシュ値です（さいしょの バージョンでは「none」）。3行目から あとは、ファイルごとに「SHA-256の 値、スペース 2つ、ファイルの 名前」です（sha256sum が 出す 形と 同じです。ファイルの 名前の じゅんに ならべます）。どの 行も 改行で 終わります。
digest = この バージョンの ハッシュ値
feed-digest = この バージョンの ハッシュ値（SHA-256）
previous-digest = 1つ 前の バージョンの ハッシュ値
no-previous-digest = ありません（さいしょの バージョン）
record-files = この バージョンの ファイル
record-data = この バージョンの データ（JSON）
label-title = 題名
label-purposes-heading = 使う 目的の 見出し
label-caption = 表の 題名
label-category-header = 表の 上の 見出し（しゅるい）
label-purposes-header = 表の 上の 見出し（使う 目的）

## The pages of the documents besides the notice

document-nav = 出して いる 文書
document-index = 文書の リスト
document-index-intro = この サイトで 出して いる 文書の リストです。それぞれの 文書の 今の バージョンと、今までの 書きかえを のせて います。
document-kind = しゅるい
document-kind-notice = お知らせ（公表事項）
document-kind-policy = 考え方や 手つづき など
document-kind-joint-use = いっしょに 使う こと（共同利用）
document-kind-publications = 匿名加工情報 などに ついての 発表
document-dates = この 文書の 日づけ
document-current-version = この 文書の 今の バージョン
document-history-intro = この 文書の すべての バージョンを のせて います。新しい ものが 先です。どの バージョンも、出した ときの まま のこして います。
document-joint-use-lead = 次の ように、個人データを ほかの ところと いっしょに 使います（共同利用）。
document-joint-items = いっしょに 使う 個人データの 中身（項目）
document-joint-users = いっしょに 使う ところの はんい
document-joint-purposes = いっしょに 使う ところが 使う 目的
document-joint-responsible = この 個人データの 管理の 責任者
document-responsible-name = 名前
document-notes = ほかの せつめい
document-publications-lead = 匿名加工情報 などに ついて、次の ことを 発表します。新しい ものが 先です。匿名加工情報は、だれの ことか 分からないように した じょうほうです。仮名加工情報は、ほかの じょうほうと 合わせないと だれの ことか 分からないように した じょうほうです。
document-entry-date = 日づけ
document-entry-anonymised-created = 匿名加工情報を 作った こと
document-entry-anonymised-provided = 匿名加工情報を ほかの ところに わたした こと
document-entry-anonymised-passed-on = もらった 匿名加工情報を ほかの ところに わたした こと
document-entry-pseudonymised-purposes = 仮名加工情報を 使う 目的
document-entry-event = 発表する わけ
document-entry-acquired = 仮名加工情報を 手に 入れた こと
document-entry-purposes-changed = 使う 目的を かえた こと
document-entry-items = 個人の じょうほうの 中身（項目）
document-entry-purposes = 使う 目的
document-entry-method = わたし方
document-entry-recipients = わたす 相手

## What the changes of a document are called

document-change-joint-use = いっしょに 使う こと
document-change-publications = 発表
document-change-sections = 本文の 部分
document-change-title = 題名
document-change-arrangement-added = この 共同利用（いっしょに 使う こと）を 足しました。
document-change-arrangement-removed = この 共同利用（いっしょに 使う こと）を けしました。
document-change-entry-added = この 発表を 足しました。
document-change-entry-removed = この 発表が けされて います。一度 発表した ことは、けす ことが できません。
document-change-entry-changed = この 発表が かえられて います。一度 発表した ことは、かえる ことが できません。
document-change-changed-items = かえた こと
document-change-basis = かえた わけ
document-change-was = かえる 前
document-change-no-changes = 文は かわって いません。

## The items of a joint use (APPI Art. 27(5)(iii)) in full and short, why
## they may change (PPC Guidelines, General Rules, 3-6-3), the parts and
## kinds of a publication entry (APPI Art. 43(3)/(4), 41(4))

joint-use-item-name = 名前
joint-use-item-items = いっしょに 使う 個人データの 中身（項目）
joint-use-item-users = いっしょに 使う ところの はんい
joint-use-item-purposes = いっしょに 使う ところが 使う 目的
joint-use-item-responsible = この 個人データの 管理の 責任者が かわった こと
joint-use-item-responsible-name = 責任者の 名前
joint-use-item-responsible-address = 責任者の 住所
joint-use-item-responsible-representative = 責任者の 代表者の 名前
joint-use-item-notes = その ほか
joint-use-item-short-name = 名前
joint-use-item-short-items = 個人データの 中身
joint-use-item-short-users = いっしょに 使う ところの はんい
joint-use-item-short-purposes = 使う 目的
joint-use-item-short-responsible = 責任者が かわった
joint-use-item-short-responsible-name = 責任者の 名前
joint-use-item-short-responsible-address = 責任者の 住所
joint-use-item-short-responsible-representative = 責任者の 代表者
joint-use-item-short-notes = その ほか
change-basis-consent = いっしょに 使う 個人データの 中身や、いっしょに 使う ところを かえる ことに ついて、前もって 本人の 同意を もらった ばあい（個人情報保護法ガイドライン（通則編）3-6-3 事例1）
change-basis-rename = いっしょに 使う ところの 名前が かわり、いっしょに 使う 個人データの 中身は 同じ ばあい（個人情報保護法ガイドライン（通則編）3-6-3 事例2）
change-basis-succession = いっしょに 使う ところの 仕事を、ほかの ところが 引きついだ ばあい（個人情報保護法ガイドライン（通則編）3-6-3 事例3）
change-basis-editorial = ことばを 直した だけです。いっしょに 使う 個人データの 中身と、いっしょに 使う ところの はんいは 同じです
entry-field-date = 日づけ
entry-field-kind = しゅるい
entry-field-title = 題名
entry-field-items = 入って いる 個人の じょうほうの 中身（項目）
entry-field-purposes = 使う 目的
entry-field-method = わたし方
entry-field-recipients = わたす 相手
entry-field-notes = その ほか
entry-kind-anonymised-created = 匿名加工情報を 作った こと
entry-kind-anonymised-provided = 匿名加工情報を ほかの ところに わたした こと
entry-kind-anonymised-passed-on = もらった 匿名加工情報を ほかの ところに わたした こと
entry-kind-pseudonymised-purposes = 仮名加工情報を 使う 目的

## Groups of purposes on the changes page

group-none = この グループには 使う 目的が ありません。
group-explanation-changed = せつめいを かえた
group-description = せつめい
group-moved-from = 「{ $group }」から うつした
group-moved-to = 「{ $group }」へ うつした

## Sentences made of dates and counts. { $date }, { $from } and { $until }
## are dates as this language writes them.

period-from-until = { $from }から { $until }まで
period-from = { $from }から
preview = プレビュー：{ $date }の 見え方です。みんなが 見る サイトでは ありません。
# $count: how many problems check reports of the record.
record-problems = きろく（revisions.lock）に 問題が { $count }こ あります。出す 前に kohyo check で たしかめて、kohyo lock で ロックして ください：
# A term and its value on one line, e.g. 施行期間：2024年12月2日から.
term-and-value = { $term }：{ $value }
# $site: the operator's name.
feed-title = { $site }：個人情報保護法の お知らせ（公表事項）の 書きかえの れんらく
changes-title = { $date }の 書きかえで かわった ところ
revision-title = { $date }からの バージョン
upcoming-changing-purposes = { $date }から お知らせを 書きかえます。使う 目的も かわります。
upcoming = { $date }から お知らせを 書きかえます。
first-notice = この お知らせは { $date }から 始まります。始まる 前に、先に 出して います。
banner-archived-until = これは 前の バージョンです。{ $from }から { $until }までの ものです。
banner-archived = これは 前の バージョンです。{ $from }からの ものです。
banner-current = これは 今の バージョンです。{ $from }から 始まりました。
banner-upcoming = これは これから 始まる バージョンです。{ $from }から 始まります。

## The summary of a revision's changes, e.g. 類型：1件追加／利用目的：2件追加、
## 1件削除。 It is made of groups, one per kind of thing changed; a group
## lists counts of what happened to it. kohyo begins the sentence with a
## capital letter where the script has them.

# What is counted: categories, groups of purposes, purposes of use.
# $count: the first count of the group, for languages whose noun changes
# with it.
summary-noun-categories = しゅるい
# $count, as for summary-noun-categories.
summary-noun-groups = グループ
# $count, as for summary-noun-categories.
summary-noun-purposes = 使う 目的
# What happened to them.
summary-change-added = 足しました
summary-change-removed = けしました
summary-change-renamed = 名前を かえました
summary-change-moved = じゅんばんを かえました
summary-change-reworded = ことばを かえました
summary-change-changed = かえました
summary-change-explained = せつめいを かえました
summary-change-regrouped = ほかの グループへ うつしました
# The first count of a group: $count, $noun (summary-noun-… for that
# count) and $change (summary-change-…).
summary-first = { $count }こ { $change }
# A further count of the same group: $count and $change.
summary-next = { $count }こ { $change }
summary-item-separator = 、
# One group: $noun and $items (its counts joined by summary-item-separator).
summary-group = { $noun }：{ $items }
summary-group-separator = 。
# The whole sentence: $groups joined by summary-group-separator.
summary-sentence = { $groups }。
summary-other-text = ほかの 文を かえました
# Between two sentences of a summary.
sentence-separator = { "" }
# $count: how many texts' translation was updated, or lags the Japanese.
summary-translation-updated = やさしい日本語の 文を 直しました：{ $count }か所。
summary-translation-lagging = やさしい日本語に まだ 書きかえて いない ところが あります：{ $count }か所（ふつうの 日本語で 出して います）。
# A document's summary, e.g. 共同利用：1件変更（責任者の代表者）。
document-summary-title-changed = 題名を かえました
# $count and $change (summary-change-…).
document-summary-item = { $count }こ { $change }
# The same with $items, the items of a joint use that changed.
document-summary-item-with = { $count }こ { $change }（{ $items }）
document-summary-text-changed = 本文を かえました
# A text with an aside after it, e.g. 名称（変更前：…）; with no $text, the
# aside alone, as it follows a link.
with-aside = { $text }（{ $aside }）
# Between names in a list that may themselves hold commas.
list-separator = 、

## Feeds

# $date: the day the revision takes effect.
feed-effective = 始まる 日：{ $date }
feed-notice-published = お知らせを 出しました（始まる 日：{ $date }）
feed-notice-revised = お知らせを 書きかえます。使う 目的が かわります（始まる 日：{ $date }）
# $title: the document's title; $date: the day the revision takes effect.
document-feed-published = 「{ $title }」を 出しました（始まる 日：{ $date }）
# A revision announced before it takes effect: $title, $date.
document-feed-revising = 「{ $title }」を 書きかえます（始まる 日：{ $date }）
# A revision announced on or after it took effect: $title, $date.
document-feed-revised = 「{ $title }」を 書きかえました（始まる 日：{ $date }）
# $site: the operator's name; $title: the document's title.
document-feed-title = { $site }：「{ $title }」の れんらく
document-feed-description = 「{ $title }」の すべての バージョンを れんらくします。出した 日が 新しい ものが 先です。
# $site: the operator's name.
combined-feed-title = { $site }：出して いる 文書の れんらく
combined-feed-description = お知らせの 使う 目的が かわった ことと、ほかの 文書の すべての バージョンを れんらくします。出した 日が 新しい ものが 先です。

## The pages of a document

document-upcoming = { $date }から この 文書を 書きかえます。
document-first = この 文書は { $date }から 始まります。始まる 前に、先に 出して います。
# $title: the document's title.
document-history-title = { $title }の 今までの 書きかえ

## The accessibility statement

# $operator: the operator's name.
accessibility-intro = { $operator }は、保険に 入って いる すべての 人が、この サイトで 個人情報の お知らせを 読めるように して います。しょうがいの ある 人や お年よりも 読めるように、取り組んで います。
accessibility-scope-heading = どの ページが 入るか
# $address: the site's address.
accessibility-scope = この サイト（{ $address }）の すべての ページです。お知らせ、今までの 書きかえ、前・今・これからの バージョン、かわった ところ、この ページです。日本語と 英語の ページが 入ります。書きかえの れんらくの フィード（Atom・RSS）は 入りません。フィードリーダーで 読む ための データだからです。
accessibility-standard-heading = めざす レベル
accessibility-standard = JIS X 8341-3:2016 の レベルAAに 合う ことを めざして います。また、これを ふくむ 世界の きまり WCAG 2.2 の レベルAAを 守るように、ページを 作って います。
accessibility-testing-heading = テストの しかた
# $version: kohyo's version.
accessibility-testing = この サイトを 出す ソフト（kohyo { $version }）は、かえる たびに テストを して います。すべての しゅるいの ページを、日本語と 英語の 両方で、次の 方法で テストします。
# $version: the version of each tool.
accessibility-tool-axe = axe-core { $version }：WCAG 2.0・2.1・2.2 の レベルA・AAの きまりと、よい やり方（ベストプラクティス）の ルール。明るい 色と 暗い 色、画面の はば 1280px と 320px の それぞれで。
accessibility-tool-nu = Nu Html Checker（vnu-jar { $version }）：HTML と CSS の 書き方。
accessibility-tool-browser = ブラウザーで たしかめます（Debian の Chromium を Playwright { $version } で うごかします）：
accessibility-check-skip-link = さいしょに Tab キーを おすと、「本文へ 行く」の リンクに 行く こと
accessibility-check-keyboard = キーボードだけで すべての リンクに 行けて、フォーカスの 場所が 見える こと
accessibility-check-reflow = 画面の はばが 320px でも、横に スクロールしないで 読める こと
accessibility-check-spacing = 字・ことば・行・文の まとまりの 間を 広げても（WCAG 1.4.12）、字が 切れずに 見える こと
accessibility-check-forced-colours = 色を 強く する 画面（ハイコントラスト、強制カラー）でも、かわった ところと フォーカスが 見える こと
accessibility-check-print = いんさつすると 全部の 文が 出て、どの 紙にも「いつから いつまで」と この サイトの アドレスが 入る こと
accessibility-limitations-heading = 分かって いる 問題
accessibility-limitation-automated = 自動の テストで 見つかる 問題は 一部だけです。スクリーンリーダー などを 使う 人に 使って もらう テストは、まだ して いません。
accessibility-limitation-translation = 正式な ものは 日本語の ページです。やさしい日本語に まだ 書きかえて いない ところは、ふつうの 日本語で 出して います。そこには、読み上げソフトが 日本語として 読むように しるしを つけて います。
accessibility-limitation-archived = 前の バージョンは、出した ときの まま のこして います。あとで 見つけた 字の まちがいも、そのままです。
accessibility-report-heading = 問題の れんらく
accessibility-report = 読みにくい、うまく 使えない など、この サイトで こまった ことが あったら、下の れんらくさきに 知らせて ください。問題が あった ページの アドレスと、使って いる きかい・ブラウザー・読み上げソフト などの 道具も 教えて ください。早く 直す ことが できます。お知らせを 紙や 大きな 字で ほしい ときも、同じ れんらくさきに 言って ください。

## The pages for a missing address and for a failure, shown in every
## language of the site at once

error-not-found-title = ページが 見つかりません
error-not-found-text = さがして いる ページが 見つかりませんでした。アドレスを たしかめて ください。または、お知らせの ページから 見て ください。
error-server-title = エラーが 出ました
error-server-text = ページを 出す ことが できませんでした。少し たってから、もう一度 ためして ください。
# A link to the notice in this language.
error-notice-link = お知らせ（やさしい日本語）
