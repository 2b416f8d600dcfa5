# kohyo's own words in Traditional Chinese as written in Taiwan
# (zh-Hant): the frame of every page, the terms of its tables and the
# sentences it makes of dates and counts.
#
# Draft translation written by the kohyo developers with machine
# assistance; NOT yet reviewed by a native speaker. Have it reviewed
# before relying on it. The Japanese catalog (ja.ftl) is the source and
# Japanese is the authoritative text of every notice.
#
# Fluent syntax (https://projectfluent.org/fluent/guide/): "key = text";
# { $name } is a value kohyo fills in; { $count -> [one] … *[other] … }
# chooses words by the CLDR plural category of a number; a value that
# begins or ends with a space is written as a string, { ": " }.
# (CLDR gives Chinese only the category "other", so this catalog writes
# no selectors: a count takes its measure word, e.g. 1項.)

## The frame of every page

skip-link = 跳至主要內容
language-nav = 切換語言
contents = 目錄
dates = 本公告事項的日期
announced = 公告日期
first-published = 制定日期
translation-note = 本中文譯文僅供參考，應以日文公告事項為準。尚未翻譯的部分以日文顯示。
operator-heading = 個人資料處理業者及諮詢窗口
operator = 個人資料處理業者
name = 名稱
address = 地址
representative = 代表人
contact-desk = 受理查閱等請求及申訴、諮詢的窗口
phone = 電話
email = 電子郵件
fax = 傳真
extension = 分機
label-separator = ：
hours = 受理時間
no-purposes = 無
site-nav = 本網站導覽
history = 修訂紀錄
history-intro = 依由新至舊的順序刊載本公告事項的所有版本。各版本均依公告時的內容原樣保存。
last-revised = 最後修訂日期
revised = 修訂日期
effective = 施行日期
effective-period = 施行期間
what-changed = 修訂內容
read-version = 本版本全文
first-version = 這是最初公告的版本。
purposes-changed = 利用目的變更
yes = 有
no = 無
current-notice = 現行公告事項
current-version = 現行版本
archived-version = 過往版本
upcoming-version = 即將施行的版本
upcoming-heading = 公告事項修訂通知
change-note = 修訂概要
compared-with = 比較對象
legend = 新增部分以底線標示，刪除部分以刪除線標示。
added = 新增
removed = 刪除
added-prefix = 新增：
removed-prefix = 刪除：
renamed = 名稱變更
moved = 順序變更
changed-categories = 有變更的類別及利用目的
no-purpose-changes = 本次修訂未變更利用目的。
other-text = 其他內容
section-added = 新增了此項目。
section-removed = 刪除了此項目。
translation-lagging = 中文譯文尚未更新，以日文顯示
translations-heading = 譯文更新
translations-intro = 以下部分僅新增或更新了中文譯文。作為正本的日文內容並未變更。
category = 類別名稱
section-title = 章節標題
colon = ：
feed-atom = 修訂通知（Atom）
feed-rss = 修訂通知（RSS）
accessibility = 網頁無障礙政策
record-heading = 驗證紀錄
record-intro = 本版本的檔案以下列雜湊值（SHA-256）記錄。雜湊值的計算也包含前一版本的雜湊值，因此公開後若任何一個版本遭到改寫，該版本及其後所有版本的雜湊值都會改變。
record-method = 計算方法：對以下文字計算 SHA-256——第1行為「kohyo revision digest v1」；第2行為「previous」、一個空格及前一版本的雜湊值（最初版本為「none」）；從第3行起，依檔案名稱順序每個檔案一行，寫「SHA-256值、兩個空格、檔案名稱」（與 sha256sum 的輸出格式相同）；每行均以換行字元結尾。
digest = 本版本的雜湊值
feed-digest = 本版本的雜湊值（SHA-256）
previous-digest = 前一版本的雜湊值
no-previous-digest = 無（最初版本）
record-files = 本版本的檔案
record-data = 本版本的資料（JSON）
label-title = 標題
label-purposes-heading = 利用目的的標題
label-caption = 表格標題
label-category-header = 表格欄位標題（類別）
label-purposes-header = 表格欄位標題（利用目的）

## The pages of the documents besides the notice

document-nav = 已公告的文件
document-index = 文件一覽
document-index-intro = 這是本網站公告的文件一覽，刊載各文件的現行版本及其修訂紀錄。
document-kind = 種類
document-kind-notice = 公告事項
document-kind-policy = 政策、程序等
document-kind-joint-use = 共同利用
document-kind-publications = 關於匿名加工資料等的公告
document-dates = 本文件的日期
document-current-version = 本文件的現行版本
document-history-intro = 依由新至舊的順序刊載本文件的所有版本。各版本均依公告時的內容原樣保存。
document-joint-use-lead = 依下列內容共同利用個人數據。
document-joint-items = 共同利用的個人數據項目
document-joint-users = 共同利用者的範圍
document-joint-purposes = 利用者的利用目的
document-joint-responsible = 對該個人數據的管理負有責任者
document-responsible-name = 姓名或名稱
document-notes = 補充說明
document-publications-lead = 關於匿名加工資料等，公告如下（依由新至舊的順序）。
document-entry-date = 日期
document-entry-anonymised-created = 匿名加工資料的製作
document-entry-anonymised-provided = 向第三人提供匿名加工資料
document-entry-anonymised-passed-on = 向第三人提供所收受的匿名加工資料
document-entry-pseudonymised-purposes = 假名加工資料的利用目的
document-entry-event = 公告事由
document-entry-acquired = 假名加工資料的取得
document-entry-purposes-changed = 利用目的的變更
document-entry-items = 與個人相關的資料項目
document-entry-purposes = 利用目的
document-entry-method = 提供方法
document-entry-recipients = 提供對象

## What the changes of a document are called

document-change-joint-use = 共同利用
document-change-publications = 公告
document-change-sections = 本文項目
document-change-title = 標題
document-change-arrangement-added = 新增了此項共同利用。
document-change-arrangement-removed = 刪除了此項共同利用。
document-change-entry-added = 新增了此項公告。
document-change-entry-removed = 此項公告已被刪除。已公告的內容不得刪除。
document-change-entry-changed = 此項公告已被變更。已公告的內容不得變更。
document-change-changed-items = 變更的事項
document-change-basis = 變更理由
document-change-was = 變更前
document-change-no-changes = 內容沒有變更。

## The items of a joint use (APPI Art. 27(5)(iii)) in full and short, why
## they may change (PPC Guidelines, General Rules, 3-6-3), the parts and
## kinds of a publication entry (APPI Art. 43(3)/(4), 41(4))

joint-use-item-name = 名稱
joint-use-item-items = 共同利用的個人數據項目
joint-use-item-users = 共同利用者的範圍
joint-use-item-purposes = 利用者的利用目的
joint-use-item-responsible = 對該個人數據的管理負有責任者（更換）
joint-use-item-responsible-name = 管理責任者的姓名或名稱
joint-use-item-responsible-address = 管理責任者的地址
joint-use-item-responsible-representative = 管理責任者的代表人姓名
joint-use-item-notes = 備註
joint-use-item-short-name = 名稱
joint-use-item-short-items = 個人數據項目
joint-use-item-short-users = 共同利用者範圍
joint-use-item-short-purposes = 利用目的
joint-use-item-short-responsible = 責任者更換
joint-use-item-short-responsible-name = 責任者名稱
joint-use-item-short-responsible-address = 責任者地址
joint-use-item-short-responsible-representative = 責任者的代表人
joint-use-item-short-notes = 備註
change-basis-consent = 事先已就共同利用的個人數據項目或共同利用者的變更取得當事人同意的情形（個人資料保護法指引（通則篇）3-6-3 事例1）
change-basis-rename = 共同利用者的名稱有變更，但共同利用的個人數據項目沒有變更的情形（個人資料保護法指引（通則篇）3-6-3 事例2）
change-basis-succession = 共同利用者的事業由他人承繼的情形（個人資料保護法指引（通則篇）3-6-3 事例3）
change-basis-editorial = 僅修改文字表述，共同利用的個人數據項目及共同利用者的範圍均沒有變更
entry-field-date = 日期
entry-field-kind = 種類
entry-field-title = 標題
entry-field-items = 所含與個人相關的資料項目
entry-field-purposes = 利用目的
entry-field-method = 提供方法
entry-field-recipients = 提供對象
entry-field-notes = 備註
entry-kind-anonymised-created = 匿名加工資料的製作
entry-kind-anonymised-provided = 向第三人提供匿名加工資料
entry-kind-anonymised-passed-on = 向第三人提供所收受的匿名加工資料
entry-kind-pseudonymised-purposes = 假名加工資料的利用目的

## Groups of purposes on the changes page

group-none = 沒有相應的利用目的。
group-explanation-changed = 說明已變更
group-description = 說明
group-moved-from = 從「{ $group }」移入
group-moved-to = 移至「{ $group }」

## Sentences made of dates and counts. { $date }, { $from } and { $until }
## are dates as this language writes them.

period-from-until = { $from }至{ $until }
period-from = 自{ $from }起
preview = 預覽：顯示的是截至{ $date }的內容。這不是公開中的網站。
# $count: how many problems check reports of the record.
record-problems = 紀錄（revisions.lock）中有{ $count }個問題。公開前請以 kohyo check 確認，並以 kohyo lock 封存：
# A term and its value on one line, e.g. 施行期間：2024年12月2日から.
term-and-value = { $term }：{ $value }
# $site: the operator's name.
feed-title = { $site }：依個人資料保護法的公告事項修訂通知
changes-title = { $date }的修訂內容
revision-title = 自{ $date }起施行的版本
upcoming-changing-purposes = 本公告事項將自{ $date }起修訂，並變更利用目的。
upcoming = 本公告事項將自{ $date }起修訂。
first-notice = 本公告事項自{ $date }起施行。在此之前先行公告。
banner-archived-until = 這是過往版本，自{ $from }至{ $until }施行。
banner-archived = 這是過往版本，自{ $from }起施行。
banner-current = 這是現行版本，自{ $from }起施行。
banner-upcoming = 這是即將施行的版本，將自{ $from }起施行。

## The summary of a revision's changes, e.g. 類別：新增1項／利用目的：新增2項、
## 刪除1項。 It is made of groups, one per kind of thing changed; a group
## lists counts of what happened to it. kohyo begins the sentence with a
## capital letter where the script has them.

# What is counted: categories, groups of purposes, purposes of use.
# $count: the first count of the group, for languages whose noun changes
# with it.
summary-noun-categories = 類別
# $count, as for summary-noun-categories.
summary-noun-groups = 群組
# $count, as for summary-noun-categories.
summary-noun-purposes = 利用目的
# What happened to them.
summary-change-added = 新增
summary-change-removed = 刪除
summary-change-renamed = 名稱變更
summary-change-moved = 順序變更
summary-change-reworded = 變更
summary-change-changed = 變更
summary-change-explained = 說明變更
summary-change-regrouped = 在群組間移動
# The first count of a group: $count, $noun (summary-noun-… for that
# count) and $change (summary-change-…).
summary-first = { $change }{ $count }項
# A further count of the same group: $count and $change.
summary-next = { $change }{ $count }項
summary-item-separator = 、
# One group: $noun and $items (its counts joined by summary-item-separator).
summary-group = { $noun }：{ $items }
summary-group-separator = ／
# The whole sentence: $groups joined by summary-group-separator.
summary-sentence = { $groups }。
summary-other-text = 其他內容變更
# Between two sentences of a summary.
sentence-separator = { "" }
# $count: how many texts' translation was updated, or lags the Japanese.
summary-translation-updated = 中文譯文已更新：{ $count }處。
summary-translation-lagging = 中文譯文尚未更新：{ $count }處（以日文顯示）。
# A document's summary, e.g. 共同利用：1件変更（責任者の代表者）。
document-summary-title-changed = 標題變更
# $count and $change (summary-change-…).
document-summary-item = { $change }{ $count }項
# The same with $items, the items of a joint use that changed.
document-summary-item-with = { $change }{ $count }項（{ $items }）
document-summary-text-changed = 本文變更
# A text with an aside after it, e.g. 名称（変更前：…）; with no $text, the
# aside alone, as it follows a link.
with-aside = { $text }（{ $aside }）
# Between names in a list that may themselves hold commas.
list-separator = 、

## Feeds

# $date: the day the revision takes effect.
feed-effective = 施行日期：{ $date }
feed-notice-published = 已發布公告事項（自{ $date }起施行）
feed-notice-revised = 公告事項將修訂（自{ $date }起施行，變更利用目的）
# $title: the document's title; $date: the day the revision takes effect.
document-feed-published = 已公告「{ $title }」（自{ $date }起施行）
# A revision announced before it takes effect: $title, $date.
document-feed-revising = 將修訂「{ $title }」（自{ $date }起施行）
# A revision announced on or after it took effect: $title, $date.
document-feed-revised = 已修訂「{ $title }」（自{ $date }起施行）
# $site: the operator's name; $title: the document's title.
document-feed-title = { $site }：關於「{ $title }」的通知
document-feed-description = 依公告日期由新至舊的順序，通知「{ $title }」的所有版本。
# $site: the operator's name.
combined-feed-title = { $site }：已公告文件的通知
combined-feed-description = 依公告日期由新至舊的順序，通知公告事項利用目的的變更及其他文件的所有版本。

## The pages of a document

document-upcoming = 本文件將自{ $date }起修訂。
document-first = 本文件自{ $date }起施行。在此之前先行公告。
# $title: the document's title.
document-history-title = { $title }的修訂紀錄

## The accessibility statement

# $operator: the operator's name.
accessibility-intro = { $operator }致力於確保網頁無障礙，讓包括身心障礙者及高齡者在內的所有加保成員，都能在本網站閱讀有關個人資料處理的公告事項。
accessibility-scope-heading = 適用範圍
# $address: the site's address.
accessibility-scope = 本網站（{ $address }）所有頁面（公告事項、修訂紀錄、過往、現行及即將施行的各版本、修訂內容及本頁）的日文版與英文版。修訂通知的訂閱內容（Atom、RSS）是供 RSS 閱讀器等軟體讀取的資料，因此不在適用範圍內。
accessibility-standard-heading = 目標符合等級
accessibility-standard = 以符合日本工業標準 JIS X 8341-3:2016 的 AA 等級為目標，並依照涵蓋該標準的國際標準 WCAG 2.2 AA 等級成功準則製作。
accessibility-testing-heading = 測試方法
# $version: kohyo's version.
accessibility-testing = 顯示本網站的軟體（kohyo { $version }）在每次變更時，都會以下列方法，針對所有類型頁面的日文版與英文版進行測試。
# $version: the version of each tool.
accessibility-tool-axe = axe-core { $version }：WCAG 2.0、2.1、2.2 的 A 等級及 AA 等級成功準則與最佳實務規則。分別在淺色與深色配色、螢幕寬度 1280px 與 320px 下進行。
accessibility-tool-nu = Nu Html Checker（vnu-jar { $version }）：HTML 與 CSS 的語法。
accessibility-tool-browser = 在瀏覽器中確認（以 Playwright { $version } 操作 Debian 的 Chromium）：
accessibility-check-skip-link = 第一次按 Tab 鍵時，焦點會移至「跳至主要內容」連結
accessibility-check-keyboard = 僅使用鍵盤即可移至所有連結，且可看見焦點位置
accessibility-check-reflow = 螢幕寬度為 320px 時也不會出現水平捲動
accessibility-check-spacing = 加大字元、單字、行與段落的間距（WCAG 1.4.12）後，文字也不會被截斷
accessibility-check-forced-colours = 在高對比顯示（強制色彩）下也能看見變更處與焦點
accessibility-check-print = 列印時會印出全文，且每頁均印有施行期間及本網站的網址
accessibility-limitations-heading = 已知限制
accessibility-limitation-automated = 自動測試能發現的問題有限。目前尚未進行由使用螢幕閱讀器等輔助科技的使用者參與的使用者測試。
accessibility-limitation-translation = 日文版為正本。中文版中尚未翻譯的部分以日文原文顯示，並已標示語言，讓螢幕閱讀器以日文朗讀。
accessibility-limitation-archived = 過往版本保留公告當時的原有內容，事後發現的文字錯誤亦未更正。
accessibility-report-heading = 問題回報
accessibility-report = 若您在本網站遇到不易閱讀、無法操作等問題，請聯絡下列窗口。若能一併告知發生問題的頁面網址，以及您使用的裝置、瀏覽器與輔助科技，我們將能更快處理。如希望以紙本、大字版等其他形式取得公告事項，也請洽同一窗口。

## The pages for a missing address and for a failure, shown in every
## language of the site at once

error-not-found-title = 找不到頁面
error-not-found-text = 找不到您要的頁面。請確認網址，或從公告事項頁面開始瀏覽。
error-server-title = 發生錯誤
error-server-text = 無法顯示此頁面。請稍後再試。
# A link to the notice in this language.
error-notice-link = 公告事項（繁體中文）
