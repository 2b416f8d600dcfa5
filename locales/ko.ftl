# kohyo's own words in Korean (ko): the frame of every page, the terms
# of its tables and the sentences it makes of dates and counts.
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
# (CLDR gives Korean only the category "other", so this catalog writes
# no selectors: a count takes its counter, e.g. 1건. Particles that
# depend on the last sound of a name, 을/를, 은/는, (으)로, are avoided
# after a variable.)

## The frame of every page

skip-link = 본문 바로가기
language-nav = 언어 선택
contents = 목차
dates = 이 공표 사항의 날짜
announced = 공표일
first-published = 제정일
translation-note = 이 한국어 번역은 참고용입니다. 정본은 일본어 공표 사항이며, 아직 번역되지 않은 부분은 일본어로 표시됩니다.
operator-heading = 개인정보취급사업자 및 문의 창구
operator = 개인정보취급사업자
name = 명칭
address = 주소
representative = 대표자
contact-desk = 열람 등의 청구 및 고충·상담 창구
phone = 전화
email = 이메일
fax = 팩스
extension = 내선
label-separator = { ": " }
hours = 접수 시간
no-purposes = 없음
site-nav = 이 사이트 안내
history = 개정 이력
history-intro = 이 공표 사항의 모든 버전을 최신순으로 게재합니다. 각 버전은 공표 당시의 내용 그대로 보존하고 있습니다.
last-revised = 최종 개정일
revised = 개정일
effective = 시행일
effective-period = 시행 기간
what-changed = 개정 내용
read-version = 이 버전의 전문
first-version = 처음 공표한 버전입니다.
purposes-changed = 이용 목적 변경
yes = 있음
no = 없음
current-notice = 현재 공표 사항
current-version = 현재 시행 중인 버전
archived-version = 이전 버전
upcoming-version = 시행 예정 버전
upcoming-heading = 공표 사항 개정 안내
change-note = 개정 개요
compared-with = 비교 대상
legend = 추가된 부분은 밑줄로, 삭제된 부분은 취소선으로 표시합니다.
added = 추가
removed = 삭제
added-prefix = { "추가: " }
removed-prefix = { "삭제: " }
renamed = 명칭 변경
moved = 게재 순서 변경
changed-categories = 변경된 유형 및 이용 목적
no-purpose-changes = 이번 개정에서는 이용 목적을 변경하지 않았습니다.
other-text = 기타 기재 사항
section-added = 이 항목을 추가했습니다.
section-removed = 이 항목을 삭제했습니다.
translation-lagging = 한국어 번역 미갱신: 일본어로 표시
translations-heading = 번역 갱신
translations-intro = 다음 부분은 한국어 번역만 추가 또는 갱신했습니다. 정본인 일본어는 변경되지 않았습니다.
category = 유형 명칭
section-title = 항목 제목
colon = { ": " }
feed-atom = 개정 안내(Atom)
feed-rss = 개정 안내(RSS)
accessibility = 웹 접근성 방침
record-heading = 기록 확인
record-intro = 이 버전의 파일은 아래 해시값(SHA-256)으로 기록하고 있습니다. 해시값은 직전 버전의 해시값도 포함하여 계산하므로, 공개 후 어느 버전이든 수정되면 그 버전과 이후 모든 버전의 해시값이 바뀝니다.
record-method = 계산 방법: 다음 텍스트의 SHA-256입니다. 1행은 “kohyo revision digest v1”, 2행은 “previous”, 공백 하나, 직전 버전의 해시값(최초 버전은 “none”), 3행부터는 파일 이름 순으로 파일마다 한 행씩 “SHA-256 값, 공백 2개, 파일 이름”(sha256sum 출력과 같은 형식)이며, 모든 행은 줄바꿈으로 끝납니다.
digest = 이 버전의 해시값
feed-digest = 이 버전의 해시값(SHA-256)
previous-digest = 직전 버전의 해시값
no-previous-digest = 없음(최초 버전)
record-files = 이 버전의 파일
record-data = 이 버전의 데이터(JSON)
label-title = 제목
label-purposes-heading = 이용 목적의 제목
label-caption = 표 제목
label-category-header = 표의 열 제목(유형)
label-purposes-header = 표의 열 제목(이용 목적)

## The pages of the documents besides the notice

document-nav = 공표 중인 문서
document-index = 문서 목록
document-index-intro = 이 사이트에서 공표하고 있는 문서 목록입니다. 각 문서의 현재 버전과 개정 이력을 게재합니다.
document-kind = 종류
document-kind-notice = 공표 사항
document-kind-policy = 방침·절차 등
document-kind-joint-use = 공동 이용
document-kind-publications = 익명가공정보 등에 관한 공표
document-dates = 이 문서의 날짜
document-current-version = 이 문서의 현재 버전
document-history-intro = 이 문서의 모든 버전을 최신순으로 게재합니다. 각 버전은 공표 당시의 내용 그대로 보존하고 있습니다.
document-joint-use-lead = 다음과 같이 개인데이터를 공동으로 이용합니다.
document-joint-items = 공동으로 이용되는 개인데이터의 항목
document-joint-users = 공동으로 이용하는 자의 범위
document-joint-purposes = 이용하는 자의 이용 목적
document-joint-responsible = 해당 개인데이터의 관리에 책임을 지는 자
document-responsible-name = 성명 또는 명칭
document-notes = 보충 설명
document-publications-lead = 익명가공정보 등에 대하여 다음과 같이 공표합니다(최신순).
document-entry-date = 연월일
document-entry-anonymised-created = 익명가공정보의 작성
document-entry-anonymised-provided = 익명가공정보의 제3자 제공
document-entry-anonymised-passed-on = 제공받은 익명가공정보의 제3자 제공
document-entry-pseudonymised-purposes = 가명가공정보의 이용 목적
document-entry-event = 공표 사유
document-entry-acquired = 가명가공정보의 취득
document-entry-purposes-changed = 이용 목적의 변경
document-entry-items = 개인에 관한 정보의 항목
document-entry-purposes = 이용 목적
document-entry-method = 제공 방법
document-entry-recipients = 제공받는 자

## What the changes of a document are called

document-change-joint-use = 공동 이용
document-change-publications = 공표
document-change-sections = 본문 항목
document-change-title = 제목
document-change-arrangement-added = 이 공동 이용을 추가했습니다.
document-change-arrangement-removed = 이 공동 이용을 삭제했습니다.
document-change-entry-added = 이 공표를 추가했습니다.
document-change-entry-removed = 이 공표가 삭제되어 있습니다. 공표한 내용은 삭제할 수 없습니다.
document-change-entry-changed = 이 공표가 변경되어 있습니다. 공표한 내용은 변경할 수 없습니다.
document-change-changed-items = 변경한 사항
document-change-basis = 변경 사유
document-change-was = 변경 전
document-change-no-changes = 기재 내용에 변경이 없습니다.

## The items of a joint use (APPI Art. 27(5)(iii)) in full and short, why
## they may change (PPC Guidelines, General Rules, 3-6-3), the parts and
## kinds of a publication entry (APPI Art. 43(3)/(4), 41(4))

joint-use-item-name = 명칭
joint-use-item-items = 공동으로 이용되는 개인데이터의 항목
joint-use-item-users = 공동으로 이용하는 자의 범위
joint-use-item-purposes = 이용하는 자의 이용 목적
joint-use-item-responsible = 해당 개인데이터의 관리에 책임을 지는 자(교체)
joint-use-item-responsible-name = 관리 책임자의 성명 또는 명칭
joint-use-item-responsible-address = 관리 책임자의 주소
joint-use-item-responsible-representative = 관리 책임자의 대표자 성명
joint-use-item-notes = 비고
joint-use-item-short-name = 명칭
joint-use-item-short-items = 개인데이터 항목
joint-use-item-short-users = 공동 이용자의 범위
joint-use-item-short-purposes = 이용 목적
joint-use-item-short-responsible = 책임자 교체
joint-use-item-short-responsible-name = 책임자 명칭
joint-use-item-short-responsible-address = 책임자 주소
joint-use-item-short-responsible-representative = 책임자의 대표자
joint-use-item-short-notes = 비고
change-basis-consent = 공동 이용하는 개인데이터의 항목이나 사업자의 변경에 대하여 사전에 본인의 동의를 얻은 경우(개인정보보호법 가이드라인(통칙편) 3-6-3 사례 1)
change-basis-rename = 공동 이용하는 사업자의 명칭이 변경되었으나, 공동으로 이용되는 개인데이터의 항목에는 변경이 없는 경우(개인정보보호법 가이드라인(통칙편) 3-6-3 사례 2)
change-basis-succession = 공동 이용하는 사업자에 대하여 사업 승계가 이루어진 경우(개인정보보호법 가이드라인(통칙편) 3-6-3 사례 3)
change-basis-editorial = 표현만 수정하였으며, 공동으로 이용되는 개인데이터의 항목 및 공동으로 이용하는 자의 범위에는 변경이 없습니다
entry-field-date = 날짜
entry-field-kind = 종류
entry-field-title = 제목
entry-field-items = 포함된 개인에 관한 정보의 항목
entry-field-purposes = 이용 목적
entry-field-method = 제공 방법
entry-field-recipients = 제공받는 자
entry-field-notes = 비고
entry-kind-anonymised-created = 익명가공정보의 작성
entry-kind-anonymised-provided = 익명가공정보의 제3자 제공
entry-kind-anonymised-passed-on = 제공받은 익명가공정보의 제3자 제공
entry-kind-pseudonymised-purposes = 가명가공정보의 이용 목적

## Groups of purposes on the changes page

group-none = 해당하는 이용 목적이 없습니다.
group-explanation-changed = 설명 변경
group-description = 설명
group-moved-from = ‘{ $group }’ 그룹에서 이동
group-moved-to = ‘{ $group }’ 그룹으로 이동

## Sentences made of dates and counts. { $date }, { $from } and { $until }
## are dates as this language writes them.

period-from-until = { $from }부터 { $until }까지
period-from = { $from }부터
preview = 미리 보기: { $date } 시점의 표시입니다. 공개 중인 사이트가 아닙니다.
# $count: how many problems check reports of the record.
record-problems = 기록(revisions.lock)에 { $count }건의 문제가 있습니다. 공개하기 전에 kohyo check로 확인하고 kohyo lock으로 봉인하십시오:
# A term and its value on one line, e.g. 施行期間：2024年12月2日から.
term-and-value = { $term }: { $value }
# $site: the operator's name.
feed-title = { $site }: 개인정보보호법에 따른 공표 사항 개정 안내
changes-title = { $date } 개정 내용
revision-title = { $date } 시행 버전
upcoming-changing-purposes = { $date }부터 공표 사항을 개정하여 이용 목적을 변경합니다.
upcoming = { $date }부터 공표 사항을 개정합니다.
first-notice = 이 공표 사항은 { $date }부터 시행합니다. 시행에 앞서 미리 공표하고 있습니다.
banner-archived-until = 이전 버전입니다. { $from }부터 { $until }까지 시행되었습니다.
banner-archived = 이전 버전입니다. { $from }부터 시행되었습니다.
banner-current = 현재 시행 중인 버전입니다. { $from }부터 시행되고 있습니다.
banner-upcoming = 시행 예정 버전입니다. { $from }부터 시행됩니다.

## The summary of a revision's changes, e.g. 유형: 1건 추가 / 이용 목적: 2건 추가,
## 1건 삭제. It is made of groups, one per kind of thing changed; a group
## lists counts of what happened to it. kohyo begins the sentence with a
## capital letter where the script has them.

# What is counted: categories, groups of purposes, purposes of use.
# $count: the first count of the group, for languages whose noun changes
# with it.
summary-noun-categories = 유형
# $count, as for summary-noun-categories.
summary-noun-groups = 그룹
# $count, as for summary-noun-categories.
summary-noun-purposes = 이용 목적
# What happened to them.
summary-change-added = 추가
summary-change-removed = 삭제
summary-change-renamed = 명칭 변경
summary-change-moved = 게재 순서 변경
summary-change-reworded = 변경
summary-change-changed = 변경
summary-change-explained = 설명 변경
summary-change-regrouped = 그룹 간 이동
# The first count of a group: $count, $noun (summary-noun-… for that
# count) and $change (summary-change-…).
summary-first = { $count }건 { $change }
# A further count of the same group: $count and $change.
summary-next = { $count }건 { $change }
summary-item-separator = { ", " }
# One group: $noun and $items (its counts joined by summary-item-separator).
summary-group = { $noun }: { $items }
summary-group-separator = { " / " }
# The whole sentence: $groups joined by summary-group-separator.
summary-sentence = { $groups }.
summary-other-text = 기타 기재 사항 변경
# Between two sentences of a summary.
sentence-separator = { " " }
# $count: how many texts' translation was updated, or lags the Japanese.
summary-translation-updated = 한국어 번역 갱신: { $count }건.
summary-translation-lagging = 한국어 번역 미갱신: { $count }건(일본어로 표시).
# A document's summary, e.g. 共同利用：1件変更（責任者の代表者）。
document-summary-title-changed = 제목 변경
# $count and $change (summary-change-…).
document-summary-item = { $count }건 { $change }
# The same with $items, the items of a joint use that changed.
document-summary-item-with = { $count }건 { $change }({ $items })
document-summary-text-changed = 본문 변경
# A text with an aside after it, e.g. 名称（変更前：…）; with no $text, the
# aside alone, as it follows a link.
with-aside = { $text }({ $aside })
# Between names in a list that may themselves hold commas.
list-separator = { ", " }

## Feeds

# $date: the day the revision takes effect.
feed-effective = 시행일: { $date }
feed-notice-published = 공표 사항을 공표했습니다({ $date } 시행)
feed-notice-revised = 공표 사항을 개정합니다({ $date } 시행, 이용 목적 변경)
# $title: the document's title; $date: the day the revision takes effect.
document-feed-published = “{ $title }” 공표({ $date } 시행)
# A revision announced before it takes effect: $title, $date.
document-feed-revising = “{ $title }” 개정 예정({ $date } 시행)
# A revision announced on or after it took effect: $title, $date.
document-feed-revised = “{ $title }” 개정({ $date } 시행)
# $site: the operator's name; $title: the document's title.
document-feed-title = { $site }: “{ $title }” 안내
document-feed-description = “{ $title }”의 모든 버전을 공표일 최신순으로 안내합니다.
# $site: the operator's name.
combined-feed-title = { $site }: 공표 문서 안내
combined-feed-description = 공표 사항의 이용 목적 변경과 그 밖의 문서의 모든 버전을 공표일 최신순으로 안내합니다.

## The pages of a document

document-upcoming = { $date }부터 이 문서를 개정합니다.
document-first = 이 문서는 { $date }부터 시행합니다. 시행에 앞서 미리 공표하고 있습니다.
# $title: the document's title.
document-history-title = { $title } 개정 이력

## The accessibility statement

# $operator: the operator's name.
accessibility-intro = { $operator }에서는 장애가 있는 분과 고령자를 포함한 모든 가입자 여러분이 이 사이트에서 개인정보 취급에 관한 공표 사항을 읽으실 수 있도록 웹 접근성 확보에 힘쓰고 있습니다.
accessibility-scope-heading = 적용 범위
# $address: the site's address.
accessibility-scope = 이 사이트({ $address })의 모든 페이지(공표 사항, 개정 이력, 과거·현재·시행 예정의 각 버전, 개정 내용, 이 페이지)의 일본어판과 영어판입니다. 개정 안내 피드(Atom·RSS)는 피드 리더로 읽기 위한 데이터이므로 대상에서 제외됩니다.
accessibility-standard-heading = 목표 적합성 수준
accessibility-standard = 일본산업규격 JIS X 8341-3:2016의 적합성 수준 AA 준수를 목표로 하며, 이를 포함하는 국제 표준 WCAG 2.2의 적합성 수준 AA 성공 기준을 충족하도록 제작하고 있습니다.
accessibility-testing-heading = 테스트 방법
# $version: kohyo's version.
accessibility-testing = 이 사이트를 표시하는 소프트웨어(kohyo { $version })는 변경할 때마다 모든 종류의 페이지를 일본어판과 영어판 모두에서 다음 방법으로 테스트하고 있습니다.
# $version: the version of each tool.
accessibility-tool-axe = axe-core { $version }: WCAG 2.0·2.1·2.2 적합성 수준 A·AA의 성공 기준 및 모범 사례 규칙. 밝은 색상 구성과 어두운 색상 구성, 화면 너비 1280px 및 320px 각각에서.
accessibility-tool-nu = Nu Html Checker(vnu-jar { $version }): HTML 및 CSS 문법.
accessibility-tool-browser = 브라우저에서 확인(Debian의 Chromium, Playwright { $version } 사용):
accessibility-check-skip-link = 처음 Tab 키를 누르면 ‘본문 바로가기’ 링크로 이동할 것
accessibility-check-keyboard = 키보드만으로 모든 링크로 이동할 수 있고 포커스 위치가 보일 것
accessibility-check-reflow = 화면 너비 320px에서도 가로 스크롤이 생기지 않을 것
accessibility-check-spacing = 글자·단어·줄·문단 간격을 넓혀도(WCAG 1.4.12) 글자가 잘리지 않을 것
accessibility-check-forced-colours = 고대비 표시(강제 색상)에서도 변경 부분과 포커스가 보일 것
accessibility-check-print = 인쇄하면 전문이 인쇄되고, 각 페이지에 시행 기간과 이 사이트의 주소가 들어갈 것
accessibility-limitations-heading = 알려진 제약 사항
accessibility-limitation-automated = 자동 테스트로 발견할 수 있는 문제는 일부에 불과합니다. 스크린 리더 등 보조 기술을 사용하시는 분이 참여하는 사용자 테스트는 아직 실시하지 않았습니다.
accessibility-limitation-translation = 일본어판이 정본입니다. 한국어판에서 아직 번역되지 않은 부분은 일본어 그대로 표시하며, 스크린 리더가 일본어로 읽도록 언어를 지정하고 있습니다.
accessibility-limitation-archived = 이전 버전은 공표 당시의 기재 내용을 그대로 남겨 두고 있으며, 나중에 발견된 표기 오류도 수정하지 않았습니다.
accessibility-report-heading = 문제 신고
accessibility-report = 읽기 어렵거나 조작할 수 없는 등 이 사이트 이용에 불편한 점이 있으시면 아래 창구로 알려 주십시오. 문제가 있었던 페이지의 주소와 사용하시는 기기·브라우저·보조 기술을 함께 알려 주시면 더 빠르게 대응할 수 있습니다. 공표 사항을 종이나 큰 글자 등 다른 형태로 받아 보기를 원하시는 경우에도 같은 창구에서 접수합니다.

## The pages for a missing address and for a failure, shown in every
## language of the site at once

error-not-found-title = 페이지를 찾을 수 없습니다
error-not-found-text = 찾으시는 페이지를 찾을 수 없습니다. 주소를 확인하시거나 공표 사항 페이지에서 다시 찾아 주십시오.
error-server-title = 오류가 발생했습니다
error-server-text = 페이지를 표시할 수 없습니다. 잠시 후 다시 시도해 주십시오.
# A link to the notice in this language.
error-notice-link = 공표 사항(한국어)
