# kohyo's own words in Simplified Chinese (zh-Hans): the frame of every
# page, the terms of its tables and the sentences it makes of dates and
# counts.
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
# no selectors: a count takes its measure word, e.g. 1项.)

## The frame of every page

skip-link = 跳至正文
language-nav = 切换语言
contents = 目录
dates = 本公示事项的日期
announced = 公布日期
first-published = 制定日期
translation-note = 本中文译文仅供参考，以日文公示事项为准。尚未翻译的部分以日文显示。
operator-heading = 个人信息处理者及咨询窗口
operator = 个人信息处理者
name = 名称
address = 地址
representative = 代表人
contact-desk = 受理查阅等请求及投诉、咨询的窗口
phone = 电话
email = 电子邮件
fax = 传真
extension = 分机
label-separator = ：
hours = 受理时间
no-purposes = 无
site-nav = 本网站指南
history = 修订记录
history-intro = 按从新到旧的顺序刊登本公示事项的所有版本。各版本均按公布时的内容原样保存。
last-revised = 最后修订日期
revised = 修订日期
effective = 施行日期
effective-period = 施行期间
what-changed = 修订内容
read-version = 本版本全文
first-version = 这是最初公布的版本。
purposes-changed = 利用目的变更
yes = 有
no = 无
current-notice = 现行公示事项
current-version = 现行版本
archived-version = 以往版本
upcoming-version = 即将施行的版本
upcoming-heading = 公示事项修订通知
change-note = 修订概要
compared-with = 比较对象
legend = 新增部分以下划线标示，删除部分以删除线标示。
added = 新增
removed = 删除
added-prefix = 新增：
removed-prefix = 删除：
renamed = 名称变更
moved = 顺序变更
changed-categories = 有变更的类别和利用目的
no-purpose-changes = 本次修订未变更利用目的。
other-text = 其他内容
section-added = 新增了此项目。
section-removed = 删除了此项目。
translation-lagging = 中文译文尚未更新，以日文显示
translations-heading = 译文更新
translations-intro = 以下部分仅新增或更新了中文译文。作为正本的日文内容没有变化。
category = 类别名称
section-title = 章节标题
colon = ：
feed-atom = 修订通知（Atom）
feed-rss = 修订通知（RSS）
accessibility = 网页无障碍方针
record-heading = 核验记录
record-intro = 本版本的文件以下列哈希值（SHA-256）记录。哈希值的计算包含上一版本的哈希值，因此公开后如有任何一个版本被改写，该版本及其后所有版本的哈希值都会改变。
record-method = 计算方法：对如下文本计算 SHA-256——第1行为“kohyo revision digest v1”；第2行为“previous”、一个空格及上一版本的哈希值（最初版本为“none”）；从第3行起，按文件名顺序每个文件一行，写“SHA-256值、两个空格、文件名”（与 sha256sum 的输出格式相同）；每行均以换行符结尾。
digest = 本版本的哈希值
feed-digest = 本版本的哈希值（SHA-256）
previous-digest = 上一版本的哈希值
no-previous-digest = 无（最初版本）
record-files = 本版本的文件
record-data = 本版本的数据（JSON）
label-title = 标题
label-purposes-heading = 利用目的的标题
label-caption = 表格标题
label-category-header = 表格列标题（类别）
label-purposes-header = 表格列标题（利用目的）

## The pages of the documents besides the notice

document-nav = 已公布的文件
document-index = 文件一览
document-index-intro = 这是本网站公布的文件一览。刊登了各文件的现行版本及其修订记录。
document-kind = 种类
document-kind-notice = 公示事项
document-kind-policy = 方针、程序等
document-kind-joint-use = 共同利用
document-kind-publications = 关于匿名加工信息等的公布
document-dates = 本文件的日期
document-current-version = 本文件的现行版本
document-history-intro = 按从新到旧的顺序刊登本文件的所有版本。各版本均按公布时的内容原样保存。
document-joint-use-lead = 按以下内容共同利用个人数据。
document-joint-items = 共同利用的个人数据项目
document-joint-users = 共同利用者的范围
document-joint-purposes = 利用者的利用目的
document-joint-responsible = 对该个人数据的管理负有责任者
document-responsible-name = 姓名或名称
document-notes = 补充说明
document-publications-lead = 关于匿名加工信息等，公布如下（按从新到旧的顺序）。
document-entry-date = 日期
document-entry-anonymised-created = 匿名加工信息的制作
document-entry-anonymised-provided = 向第三方提供匿名加工信息
document-entry-anonymised-passed-on = 向第三方提供所接收的匿名加工信息
document-entry-pseudonymised-purposes = 假名加工信息的利用目的
document-entry-event = 公布事由
document-entry-acquired = 假名加工信息的取得
document-entry-purposes-changed = 利用目的的变更
document-entry-items = 个人相关信息的项目
document-entry-purposes = 利用目的
document-entry-method = 提供方法
document-entry-recipients = 提供对象

## What the changes of a document are called

document-change-joint-use = 共同利用
document-change-publications = 公布
document-change-sections = 正文项目
document-change-title = 标题
document-change-arrangement-added = 新增了此项共同利用。
document-change-arrangement-removed = 删除了此项共同利用。
document-change-entry-added = 新增了此项公布。
document-change-entry-removed = 此项公布已被删除。已公布的内容不得删除。
document-change-entry-changed = 此项公布已被变更。已公布的内容不得变更。
document-change-changed-items = 变更的事项
document-change-basis = 变更理由
document-change-was = 变更前
document-change-no-changes = 内容没有变更。

## The items of a joint use (APPI Art. 27(5)(iii)) in full and short, why
## they may change (PPC Guidelines, General Rules, 3-6-3), the parts and
## kinds of a publication entry (APPI Art. 43(3)/(4), 41(4))

joint-use-item-name = 名称
joint-use-item-items = 共同利用的个人数据项目
joint-use-item-users = 共同利用者的范围
joint-use-item-purposes = 利用者的利用目的
joint-use-item-responsible = 对该个人数据的管理负有责任者（更换）
joint-use-item-responsible-name = 管理责任者的姓名或名称
joint-use-item-responsible-address = 管理责任者的地址
joint-use-item-responsible-representative = 管理责任者的代表人姓名
joint-use-item-notes = 备注
joint-use-item-short-name = 名称
joint-use-item-short-items = 个人数据项目
joint-use-item-short-users = 共同利用者范围
joint-use-item-short-purposes = 利用目的
joint-use-item-short-responsible = 责任者更换
joint-use-item-short-responsible-name = 责任者名称
joint-use-item-short-responsible-address = 责任者地址
joint-use-item-short-responsible-representative = 责任者的代表人
joint-use-item-short-notes = 备注
change-basis-consent = 事先已就共同利用的个人数据项目或共同利用者的变更取得本人同意的情形（个人信息保护法指南（通则篇）3-6-3 事例1）
change-basis-rename = 共同利用者的名称有变更，但共同利用的个人数据项目没有变更的情形（个人信息保护法指南（通则篇）3-6-3 事例2）
change-basis-succession = 共同利用者的事业由他人承继的情形（个人信息保护法指南（通则篇）3-6-3 事例3）
change-basis-editorial = 仅修改了表述，共同利用的个人数据项目及共同利用者的范围均没有变更
entry-field-date = 日期
entry-field-kind = 种类
entry-field-title = 标题
entry-field-items = 所含个人相关信息的项目
entry-field-purposes = 利用目的
entry-field-method = 提供方法
entry-field-recipients = 提供对象
entry-field-notes = 备注
entry-kind-anonymised-created = 匿名加工信息的制作
entry-kind-anonymised-provided = 向第三方提供匿名加工信息
entry-kind-anonymised-passed-on = 向第三方提供所接收的匿名加工信息
entry-kind-pseudonymised-purposes = 假名加工信息的利用目的

## Groups of purposes on the changes page

group-none = 没有相应的利用目的。
group-explanation-changed = 说明已变更
group-description = 说明
group-moved-from = 从“{ $group }”移入
group-moved-to = 移至“{ $group }”

## Sentences made of dates and counts. { $date }, { $from } and { $until }
## are dates as this language writes them.

period-from-until = { $from }至{ $until }
period-from = 自{ $from }起
preview = 预览：显示的是截至{ $date }的内容。这不是正在公开的网站。
# $count: how many problems check reports of the record.
record-problems = 记录（revisions.lock）中有{ $count }个问题。公开前请用 kohyo check 确认，并用 kohyo lock 封存：
# A term and its value on one line, e.g. 施行期間：2024年12月2日から.
term-and-value = { $term }：{ $value }
# $site: the operator's name.
feed-title = { $site }：依据个人信息保护法的公示事项修订通知
changes-title = { $date }的修订内容
revision-title = 自{ $date }起施行的版本
upcoming-changing-purposes = 本公示事项将自{ $date }起修订，并变更利用目的。
upcoming = 本公示事项将自{ $date }起修订。
first-notice = 本公示事项自{ $date }起施行。在此之前，先行公布。
banner-archived-until = 这是以往版本，自{ $from }至{ $until }施行。
banner-archived = 这是以往版本，自{ $from }起施行。
banner-current = 这是现行版本，自{ $from }起施行。
banner-upcoming = 这是即将施行的版本，将自{ $from }起施行。

## The summary of a revision's changes, e.g. 类别：新增1项／利用目的：新增2项、
## 删除1项。 It is made of groups, one per kind of thing changed; a group
## lists counts of what happened to it. kohyo begins the sentence with a
## capital letter where the script has them.

# What is counted: categories, groups of purposes, purposes of use.
# $count: the first count of the group, for languages whose noun changes
# with it.
summary-noun-categories = 类别
# $count, as for summary-noun-categories.
summary-noun-groups = 分组
# $count, as for summary-noun-categories.
summary-noun-purposes = 利用目的
# What happened to them.
summary-change-added = 新增
summary-change-removed = 删除
summary-change-renamed = 名称变更
summary-change-moved = 顺序变更
summary-change-reworded = 变更
summary-change-changed = 变更
summary-change-explained = 说明变更
summary-change-regrouped = 在分组间移动
# The first count of a group: $count, $noun (summary-noun-… for that
# count) and $change (summary-change-…).
summary-first = { $change }{ $count }项
# A further count of the same group: $count and $change.
summary-next = { $change }{ $count }项
summary-item-separator = 、
# One group: $noun and $items (its counts joined by summary-item-separator).
summary-group = { $noun }：{ $items }
summary-group-separator = ／
# The whole sentence: $groups joined by summary-group-separator.
summary-sentence = { $groups }。
summary-other-text = 其他内容变更
# Between two sentences of a summary.
sentence-separator = { "" }
# $count: how many texts' translation was updated, or lags the Japanese.
summary-translation-updated = 中文译文已更新：{ $count }处。
summary-translation-lagging = 中文译文尚未更新：{ $count }处（以日文显示）。
# A document's summary, e.g. 共同利用：1件変更（責任者の代表者）。
document-summary-title-changed = 标题变更
# $count and $change (summary-change-…).
document-summary-item = { $change }{ $count }项
# The same with $items, the items of a joint use that changed.
document-summary-item-with = { $change }{ $count }项（{ $items }）
document-summary-text-changed = 正文变更
# A text with an aside after it, e.g. 名称（変更前：…）; with no $text, the
# aside alone, as it follows a link.
with-aside = { $text }（{ $aside }）
# Between names in a list that may themselves hold commas.
list-separator = 、

## Feeds

# $date: the day the revision takes effect.
feed-effective = 施行日期：{ $date }
feed-notice-published = 已公布公示事项（自{ $date }起施行）
feed-notice-revised = 公示事项将修订（自{ $date }起施行，变更利用目的）
# $title: the document's title; $date: the day the revision takes effect.
document-feed-published = 已公布“{ $title }”（自{ $date }起施行）
# A revision announced before it takes effect: $title, $date.
document-feed-revising = 将修订“{ $title }”（自{ $date }起施行）
# A revision announced on or after it took effect: $title, $date.
document-feed-revised = 已修订“{ $title }”（自{ $date }起施行）
# $site: the operator's name; $title: the document's title.
document-feed-title = { $site }：关于“{ $title }”的通知
document-feed-description = 按公布日期从新到旧的顺序，通知“{ $title }”的所有版本。
# $site: the operator's name.
combined-feed-title = { $site }：已公布文件的通知
combined-feed-description = 按公布日期从新到旧的顺序，通知公示事项利用目的的变更及其他文件的所有版本。

## The pages of a document

document-upcoming = 本文件将自{ $date }起修订。
document-first = 本文件自{ $date }起施行。在此之前，先行公布。
# $title: the document's title.
document-history-title = { $title }的修订记录

## The accessibility statement

# $operator: the operator's name.
accessibility-intro = { $operator }致力于确保网页无障碍，使包括残障人士和老年人在内的所有参保成员，都能在本网站阅读有关个人信息处理的公示事项。
accessibility-scope-heading = 适用范围
# $address: the site's address.
accessibility-scope = 本网站（{ $address }）所有页面（公示事项、修订记录、以往、现行及即将施行的各版本、修订内容以及本页）的日文版和英文版。修订通知的订阅源（Atom、RSS）是供订阅阅读器读取的数据，因此不在适用范围内。
accessibility-standard-heading = 目标符合等级
accessibility-standard = 以符合日本工业标准 JIS X 8341-3:2016 的 AA 级为目标，并按照满足涵盖该标准的国际标准 WCAG 2.2 AA 级成功标准的要求制作。
accessibility-testing-heading = 测试方法
# $version: kohyo's version.
accessibility-testing = 显示本网站的软件（kohyo { $version }）每次变更时，都会以下列方法，对所有类型页面的日文版和英文版进行测试。
# $version: the version of each tool.
accessibility-tool-axe = axe-core { $version }：WCAG 2.0、2.1、2.2 的 A 级和 AA 级成功标准及最佳实践规则。分别在浅色和深色配色、屏幕宽度 1280px 和 320px 下进行。
accessibility-tool-nu = Nu Html Checker（vnu-jar { $version }）：HTML 和 CSS 的语法。
accessibility-tool-browser = 在浏览器中确认（使用 Playwright { $version } 操作 Debian 的 Chromium）：
accessibility-check-skip-link = 第一次按 Tab 键时，焦点移到“跳至正文”链接
accessibility-check-keyboard = 仅用键盘即可移动到所有链接，且能看到焦点位置
accessibility-check-reflow = 屏幕宽度为 320px 时也不会出现横向滚动
accessibility-check-spacing = 加大字符、单词、行和段落的间距（WCAG 1.4.12）后，文字也不会被截断
accessibility-check-forced-colours = 在高对比度显示（强制颜色）下也能看到变更处和焦点
accessibility-check-print = 打印时会打印全文，且每页均印有施行期间和本网站的网址
accessibility-limitations-heading = 已知限制
accessibility-limitation-automated = 自动测试能发现的问题有限。目前尚未进行由使用读屏软件等辅助技术的用户参与的用户测试。
accessibility-limitation-translation = 日文版为正本。中文版中尚未翻译的部分按日文原样显示，并标注了语言，以便读屏软件按日文朗读。
accessibility-limitation-archived = 以往版本保留公布时的原有内容，事后发现的文字错误也未更正。
accessibility-report-heading = 问题反馈
accessibility-report = 如在本网站遇到难以阅读、无法操作等问题，请联系下述窗口。如能一并告知出现问题的页面网址，以及您使用的设备、浏览器和辅助技术，我们将能更快处理。如希望以纸质、大字等其他形式获取公示事项，也请联系同一窗口。

## The pages for a missing address and for a failure, shown in every
## language of the site at once

error-not-found-title = 找不到页面
error-not-found-text = 未能找到您要访问的页面。请确认网址，或从公示事项页面开始浏览。
error-server-title = 发生错误
error-server-text = 无法显示此页面。请稍后再试。
# A link to the notice in this language.
error-notice-link = 公示事项（简体中文）
