# kohyo's own words in Vietnamese (vi): the frame of every page, the terms
# of its tables and the sentences it makes of dates and counts.
#
# Draft translation written by the kohyo developers with machine
# assistance; NOT yet reviewed by a native speaker. Have it reviewed before
# relying on it. The Japanese catalog (ja.ftl) is the source and Japanese
# is the authoritative text of every notice: every key here translates the
# key of the same name there.
#
# Fluent syntax (https://projectfluent.org/fluent/guide/): "key = text";
# { $name } is a value kohyo fills in; { $count -> [one] … *[other] … }
# chooses words by the CLDR plural category of a number; a value that
# begins or ends with a space is written as a string, { ": " }.

## The frame of every page

skip-link = Chuyển đến nội dung chính
language-nav = Ngôn ngữ
contents = Mục lục
dates = Các mốc ngày của thông báo này
announced = Ngày công bố
first-published = Ngày ban hành
translation-note = Đây là bản dịch tiếng Việt để tham khảo. Văn bản chính thức là thông báo bằng tiếng Nhật; những phần chưa được dịch được hiển thị bằng tiếng Nhật.
operator-heading = Đơn vị xử lý thông tin cá nhân và nơi liên hệ
operator = Đơn vị xử lý thông tin cá nhân
name = Tên
address = Địa chỉ
representative = Người đại diện
contact-desk = Nơi tiếp nhận yêu cầu tiết lộ thông tin và các yêu cầu khác, khiếu nại và tư vấn
phone = Điện thoại
email = Email
fax = Fax
extension = máy lẻ
label-separator = { ": " }
hours = Giờ tiếp nhận
no-purposes = Không có
site-nav = Về trang web này
history = Lịch sử sửa đổi
history-intro = Tất cả các phiên bản của thông báo này, phiên bản mới nhất ở trên cùng. Mỗi phiên bản được lưu giữ nguyên như khi công bố.
last-revised = Ngày sửa đổi gần nhất
revised = Ngày sửa đổi
effective = Ngày có hiệu lực
effective-period = Thời gian có hiệu lực
what-changed = Nội dung sửa đổi
read-version = Toàn văn phiên bản này
first-version = Phiên bản được công bố đầu tiên.
purposes-changed = Thay đổi mục đích sử dụng
yes = Có
no = Không
current-notice = Thông báo hiện hành
current-version = Phiên bản đang có hiệu lực
archived-version = Phiên bản cũ
upcoming-version = Phiên bản sắp có hiệu lực
upcoming-heading = Thông tin về việc sửa đổi thông báo
change-note = Tóm tắt nội dung sửa đổi
compared-with = So sánh với
legend = Phần được thêm có gạch chân; phần bị xóa có gạch ngang.
added = Đã thêm
removed = Đã xóa
added-prefix = { "Đã thêm: " }
removed-prefix = { "Đã xóa: " }
renamed = Đổi tên
moved = Thay đổi thứ tự
changed-categories = Các danh mục và mục đích sử dụng có thay đổi
no-purpose-changes = Lần sửa đổi này không thay đổi mục đích sử dụng.
other-text = Nội dung khác
section-added = Phần này đã được thêm.
section-removed = Phần này đã bị xóa.
translation-lagging = Bản dịch tiếng Việt chưa được cập nhật nên hiển thị bằng tiếng Nhật
translations-heading = Cập nhật bản dịch
translations-intro = Ở các phần sau, chỉ bản dịch tiếng Việt được thêm hoặc cập nhật. Văn bản tiếng Nhật, là văn bản chính thức, không thay đổi.
category = Tên danh mục
section-title = Tiêu đề
colon = { ": " }
feed-atom = Tin sửa đổi (Atom)
feed-rss = Tin sửa đổi (RSS)
accessibility = Chính sách về khả năng tiếp cận web
record-heading = Kiểm tra bản ghi
record-intro = Các tệp của phiên bản này được ghi lại bằng giá trị băm (SHA-256) dưới đây. Giá trị băm được tính cả từ giá trị băm của phiên bản liền trước, vì vậy nếu bất kỳ phiên bản nào bị sửa sau khi công bố, giá trị băm của phiên bản đó và của tất cả các phiên bản sau đều sẽ thay đổi.
record-method = Cách tính: giá trị SHA-256 của một văn bản có dòng thứ nhất là “kohyo revision digest v1”, dòng thứ hai là “previous”, một dấu cách và giá trị băm của phiên bản liền trước (“none” đối với phiên bản đầu tiên), tiếp theo là mỗi tệp một dòng theo đúng định dạng đầu ra của sha256sum (giá trị SHA-256 của tệp, hai dấu cách, tên tệp), xếp theo thứ tự tên tệp, mỗi dòng kết thúc bằng một ký tự xuống dòng.
digest = Giá trị băm của phiên bản này
feed-digest = Giá trị băm (SHA-256) của phiên bản này
previous-digest = Giá trị băm của phiên bản liền trước
no-previous-digest = Không có (phiên bản đầu tiên)
record-files = Các tệp của phiên bản này
record-data = Dữ liệu của phiên bản này (JSON)
label-title = Tiêu đề
label-purposes-heading = Tiêu đề phần mục đích sử dụng
label-caption = Tiêu đề bảng
label-category-header = Tiêu đề cột (danh mục)
label-purposes-header = Tiêu đề cột (mục đích sử dụng)

## The pages of the documents besides the notice

document-nav = Các văn bản được công bố
document-index = Danh sách văn bản
document-index-intro = Danh sách các văn bản được công bố trên trang web này, kèm phiên bản hiện hành và lịch sử sửa đổi của từng văn bản.
document-kind = Loại
document-kind-notice = Thông báo
document-kind-policy = Chính sách, thủ tục
document-kind-joint-use = Sử dụng chung
document-kind-publications = Công bố về thông tin đã qua xử lý
document-dates = Các mốc ngày của văn bản này
document-current-version = Phiên bản hiện hành của văn bản này
document-history-intro = Tất cả các phiên bản của văn bản này, phiên bản mới nhất ở trên cùng. Mỗi phiên bản được lưu giữ nguyên như khi công bố.
document-joint-use-lead = Chúng tôi sử dụng chung dữ liệu cá nhân như sau.
document-joint-items = Các hạng mục dữ liệu cá nhân được sử dụng chung
document-joint-users = Phạm vi các bên sử dụng chung
document-joint-purposes = Mục đích sử dụng của các bên sử dụng
document-joint-responsible = Bên chịu trách nhiệm quản lý dữ liệu cá nhân đó
document-responsible-name = Họ tên hoặc tên tổ chức
document-notes = Ghi chú bổ sung
document-publications-lead = Chúng tôi công bố như sau về thông tin đã được xử lý ẩn danh và thông tin đã được xử lý bí danh (mới nhất ở trên cùng).
document-entry-date = Ngày
document-entry-anonymised-created = Tạo thông tin đã được xử lý ẩn danh
document-entry-anonymised-provided = Cung cấp thông tin đã được xử lý ẩn danh cho bên thứ ba
document-entry-anonymised-passed-on = Cung cấp cho bên thứ ba thông tin đã được xử lý ẩn danh mà chúng tôi nhận được
document-entry-pseudonymised-purposes = Mục đích sử dụng thông tin đã được xử lý bí danh
document-entry-event = Lý do công bố
document-entry-acquired = Thu thập thông tin đã được xử lý bí danh
document-entry-purposes-changed = Thay đổi mục đích sử dụng
document-entry-items = Các hạng mục thông tin về cá nhân
document-entry-purposes = Mục đích sử dụng
document-entry-method = Phương thức cung cấp
document-entry-recipients = Bên nhận

## What the changes of a document are called

document-change-joint-use = Sử dụng chung
document-change-publications = Công bố
document-change-sections = Các mục của văn bản
document-change-title = Tiêu đề
document-change-arrangement-added = Đã thêm nội dung sử dụng chung này.
document-change-arrangement-removed = Đã xóa nội dung sử dụng chung này.
document-change-entry-added = Đã thêm mục công bố này.
document-change-entry-removed = Mục công bố này đã bị xóa, trong khi nội dung đã công bố thì không được xóa.
document-change-entry-changed = Mục công bố này đã bị thay đổi, trong khi nội dung đã công bố thì không được thay đổi.
document-change-changed-items = Các hạng mục đã thay đổi
document-change-basis = Lý do thay đổi
document-change-was = Trước khi thay đổi
document-change-no-changes = Nội dung không thay đổi.

## The items of a joint use (APPI Art. 27(5)(iii)) in full and short, why
## they may change (PPC Guidelines, General Rules, 3-6-3), the parts and
## kinds of a publication entry (APPI Art. 43(3)/(4), 41(4))

joint-use-item-name = Tên
joint-use-item-items = Các hạng mục dữ liệu cá nhân được sử dụng chung
joint-use-item-users = Phạm vi các bên sử dụng chung
joint-use-item-purposes = Mục đích sử dụng của các bên sử dụng
joint-use-item-responsible = Bên chịu trách nhiệm quản lý dữ liệu cá nhân đó (thay bằng bên khác)
joint-use-item-responsible-name = Họ tên hoặc tên tổ chức của bên chịu trách nhiệm quản lý
joint-use-item-responsible-address = Địa chỉ của bên chịu trách nhiệm quản lý
joint-use-item-responsible-representative = Họ tên người đại diện của bên chịu trách nhiệm quản lý
joint-use-item-notes = Ghi chú
joint-use-item-short-name = tên
joint-use-item-short-items = hạng mục dữ liệu cá nhân
joint-use-item-short-users = phạm vi bên sử dụng chung
joint-use-item-short-purposes = mục đích sử dụng
joint-use-item-short-responsible = thay bên chịu trách nhiệm
joint-use-item-short-responsible-name = tên bên chịu trách nhiệm
joint-use-item-short-responsible-address = địa chỉ bên chịu trách nhiệm
joint-use-item-short-responsible-representative = người đại diện của bên chịu trách nhiệm
joint-use-item-short-notes = ghi chú
change-basis-consent = đã được chính người có thông tin đồng ý trước về việc thay đổi hạng mục dữ liệu cá nhân hoặc các bên sử dụng chung (Hướng dẫn về Luật Bảo vệ Thông tin Cá nhân, Phần Quy định chung, 3-6-3, ví dụ 1)
change-basis-rename = tên của một bên sử dụng chung thay đổi, nhưng các hạng mục dữ liệu cá nhân được sử dụng chung không thay đổi (Hướng dẫn về Luật Bảo vệ Thông tin Cá nhân, Phần Quy định chung, 3-6-3, ví dụ 2)
change-basis-succession = hoạt động kinh doanh của một bên sử dụng chung đã được bên khác kế thừa (Hướng dẫn về Luật Bảo vệ Thông tin Cá nhân, Phần Quy định chung, 3-6-3, ví dụ 3)
change-basis-editorial = chỉ sửa cách diễn đạt; các hạng mục dữ liệu cá nhân được sử dụng chung và phạm vi các bên sử dụng chung không thay đổi
entry-field-date = Ngày
entry-field-kind = Loại
entry-field-title = Tiêu đề
entry-field-items = Các hạng mục thông tin về cá nhân có trong đó
entry-field-purposes = Mục đích sử dụng
entry-field-method = Phương thức cung cấp
entry-field-recipients = Bên nhận
entry-field-notes = Ghi chú
entry-kind-anonymised-created = Tạo thông tin đã được xử lý ẩn danh
entry-kind-anonymised-provided = Cung cấp thông tin đã được xử lý ẩn danh cho bên thứ ba
entry-kind-anonymised-passed-on = Cung cấp cho bên thứ ba thông tin đã được xử lý ẩn danh mà chúng tôi nhận được
entry-kind-pseudonymised-purposes = Mục đích sử dụng thông tin đã được xử lý bí danh

## Groups of purposes on the changes page

group-none = Không có mục đích sử dụng nào trong nhóm này.
group-explanation-changed = Đã sửa phần giải thích
group-description = Giải thích
group-moved-from = Chuyển từ “{ $group }”
group-moved-to = Chuyển sang “{ $group }”

## Sentences made of dates and counts. { $date }, { $from } and { $until }
## are dates as this language writes them.

period-from-until = Từ { $from } đến { $until }
period-from = Từ { $from }
preview = Bản xem trước tại thời điểm { $date }: đây không phải là trang web đang công khai.
# $count: how many problems check reports of the record.
record-problems = Bản ghi (revisions.lock) có { $count } vấn đề. Trước khi công bố, hãy kiểm tra bằng kohyo check và niêm phong bằng kohyo lock:
# A term and its value on one line, e.g. 施行期間：2024年12月2日から.
term-and-value = { $term }: { $value }
# $site: the operator's name.
feed-title = { $site }: tin sửa đổi thông báo theo Luật Bảo vệ Thông tin Cá nhân
changes-title = Nội dung sửa đổi có hiệu lực từ { $date }
revision-title = Phiên bản có hiệu lực từ { $date }
upcoming-changing-purposes = Từ { $date }, thông báo này sẽ được sửa đổi và mục đích sử dụng sẽ thay đổi.
upcoming = Từ { $date }, thông báo này sẽ được sửa đổi.
first-notice = Thông báo này có hiệu lực từ { $date }. Trong thời gian đến ngày đó, thông báo được công bố trước khi có hiệu lực.
banner-archived-until = Đây là phiên bản cũ, đã có hiệu lực từ { $from } đến { $until }.
banner-archived = Đây là phiên bản cũ, đã có hiệu lực từ { $from }.
banner-current = Đây là phiên bản hiện hành, có hiệu lực từ { $from }.
banner-upcoming = Đây là phiên bản sắp có hiệu lực, sẽ có hiệu lực từ { $from }.

## The summary of a revision's changes, e.g. 類型：1件追加／利用目的：2件追加、
## 1件削除。 It is made of groups, one per kind of thing changed; a group
## lists counts of what happened to it. kohyo begins the sentence with a
## capital letter where the script has them.

# What is counted: categories, groups of purposes, purposes of use.
# $count: the first count of the group, for languages whose noun changes
# with it.
summary-noun-categories = danh mục
# $count, as for summary-noun-categories.
summary-noun-groups = nhóm
# $count, as for summary-noun-categories.
summary-noun-purposes = mục đích sử dụng
# What happened to them.
summary-change-added = thêm
summary-change-removed = xóa
summary-change-renamed = đổi tên
summary-change-moved = đổi thứ tự
summary-change-reworded = sửa câu chữ của
summary-change-changed = thay đổi
summary-change-explained = sửa phần giải thích của
summary-change-regrouped = chuyển nhóm
# The first count of a group: $count, $noun (summary-noun-… for that
# count) and $change (summary-change-…).
summary-first = { $change } { $count } { $noun }
# A further count of the same group: $count and $change.
summary-next = { $change } { $count }
summary-item-separator = { ", " }
# One group: $noun and $items (its counts joined by summary-item-separator).
summary-group = { $items }
summary-group-separator = { "; " }
# The whole sentence: $groups joined by summary-group-separator.
summary-sentence = { $groups }.
summary-other-text = thay đổi nội dung khác
# Between two sentences of a summary.
sentence-separator = { " " }
# $count: how many texts' translation was updated, or lags the Japanese.
summary-translation-updated = Đã cập nhật bản dịch tiếng Việt: { $count } mục.
summary-translation-lagging = Bản dịch tiếng Việt chưa được cập nhật: { $count } mục (hiển thị bằng tiếng Nhật).
# A document's summary, e.g. 共同利用：1件変更（責任者の代表者）。
document-summary-title-changed = thay đổi tiêu đề
# $count and $change (summary-change-…).
document-summary-item = { $change } { $count }
# The same with $items, the items of a joint use that changed.
document-summary-item-with = { $change } { $count } ({ $items })
document-summary-text-changed = thay đổi nội dung
# A text with an aside after it, e.g. 名称（変更前：…）; with no $text, the
# aside alone, as it follows a link.
with-aside = { $text } ({ $aside })
# Between names in a list that may themselves hold commas.
list-separator = { "; " }

## Feeds

# $date: the day the revision takes effect.
feed-effective = Có hiệu lực từ { $date }
feed-notice-published = Đã công bố thông báo (có hiệu lực từ { $date })
feed-notice-revised = Sửa đổi thông báo (có hiệu lực từ { $date }, thay đổi mục đích sử dụng)
# $title: the document's title; $date: the day the revision takes effect.
document-feed-published = Đã công bố “{ $title }” (có hiệu lực từ { $date })
# A revision announced before it takes effect: $title, $date.
document-feed-revising = Sẽ sửa đổi “{ $title }” (có hiệu lực từ { $date })
# A revision announced on or after it took effect: $title, $date.
document-feed-revised = Đã sửa đổi “{ $title }” (có hiệu lực từ { $date })
# $site: the operator's name; $title: the document's title.
document-feed-title = { $site }: tin về “{ $title }”
document-feed-description = Tất cả các phiên bản của “{ $title }”, theo ngày công bố, mới nhất ở trên cùng.
# $site: the operator's name.
combined-feed-title = { $site }: tin về các văn bản được công bố
combined-feed-description = Các thay đổi về mục đích sử dụng trong thông báo và tất cả các phiên bản của các văn bản khác, theo ngày công bố, mới nhất ở trên cùng.

## The pages of a document

document-upcoming = Từ { $date }, văn bản này sẽ được sửa đổi.
document-first = Văn bản này có hiệu lực từ { $date }. Trong thời gian đến ngày đó, văn bản được công bố trước khi có hiệu lực.
# $title: the document's title.
document-history-title = Lịch sử sửa đổi: { $title }

## The accessibility statement

# $operator: the operator's name.
accessibility-intro = { $operator } nỗ lực bảo đảm khả năng tiếp cận web, để mọi người tham gia bảo hiểm, kể cả người khuyết tật và người cao tuổi, đều có thể đọc thông báo về việc xử lý thông tin cá nhân trên trang web này.
accessibility-scope-heading = Phạm vi áp dụng
# $address: the site's address.
accessibility-scope = Tất cả các trang của trang web này ({ $address }) bằng tiếng Nhật và tiếng Anh: thông báo, lịch sử sửa đổi, từng phiên bản cũ, hiện hành và sắp có hiệu lực, nội dung sửa đổi và trang này. Nguồn cấp tin sửa đổi (Atom, RSS) là dữ liệu dành cho trình đọc nguồn cấp nên không thuộc phạm vi này.
accessibility-standard-heading = Mức độ phù hợp mục tiêu
accessibility-standard = Chúng tôi đặt mục tiêu tuân thủ mức AA của JIS X 8341-3:2016 (tiêu chuẩn Nhật Bản), và xây dựng các trang để đáp ứng các tiêu chí thành công mức AA của WCAG 2.2, tiêu chuẩn quốc tế bao gồm tiêu chuẩn đó.
accessibility-testing-heading = Phương pháp kiểm tra
# $version: kohyo's version.
accessibility-testing = Phần mềm hiển thị trang web này (kohyo { $version }) được kiểm tra mỗi khi có thay đổi, trên mọi loại trang, bằng cả tiếng Nhật và tiếng Anh, theo các phương pháp sau:
# $version: the version of each tool.
accessibility-tool-axe = axe-core { $version }: các quy tắc về tiêu chí thành công mức A và AA của WCAG 2.0, 2.1 và 2.2 cùng các thực hành tốt nhất, với bảng màu sáng và bảng màu tối, ở độ rộng màn hình 1280px và 320px.
accessibility-tool-nu = Nu Html Checker (vnu-jar { $version }): cú pháp HTML và CSS.
accessibility-tool-browser = Kiểm tra trên trình duyệt (Chromium của Debian, điều khiển bằng Playwright { $version }):
accessibility-check-skip-link = lần nhấn phím Tab đầu tiên đưa đến liên kết “Chuyển đến nội dung chính”;
accessibility-check-keyboard = có thể di chuyển đến mọi liên kết chỉ bằng bàn phím, và luôn thấy được vị trí tiêu điểm;
accessibility-check-reflow = ở độ rộng màn hình 320px, không phải cuộn ngang;
accessibility-check-spacing = khi tăng khoảng cách giữa các chữ, từ, dòng và đoạn văn (WCAG 1.4.12), chữ không bị cắt mất;
accessibility-check-forced-colours = ở chế độ tương phản cao (màu cưỡng bức), vẫn thấy được các phần thay đổi và tiêu điểm;
accessibility-check-print = khi in, toàn văn được in ra, và mỗi trang in đều có thời gian có hiệu lực và địa chỉ của trang web này.
accessibility-limitations-heading = Các hạn chế đã biết
accessibility-limitation-automated = Kiểm tra tự động chỉ phát hiện được một phần các vấn đề. Chúng tôi chưa tiến hành kiểm tra với người dùng trình đọc màn hình hoặc các công nghệ hỗ trợ khác.
accessibility-limitation-translation = Văn bản tiếng Nhật là văn bản chính thức. Những phần chưa có bản dịch tiếng Việt được hiển thị bằng tiếng Nhật và được đánh dấu là tiếng Nhật, để trình đọc màn hình đọc bằng giọng tiếng Nhật.
accessibility-limitation-archived = Các phiên bản cũ được giữ nguyên như khi công bố; cả những lỗi phát hiện sau này cũng không được sửa.
accessibility-report-heading = Báo cáo vấn đề
accessibility-report = Nếu quý vị gặp khó khăn trên trang web này, chẳng hạn khó đọc hoặc không thao tác được, vui lòng liên hệ nơi tiếp nhận dưới đây. Nếu quý vị cho biết địa chỉ trang gặp vấn đề, cùng thiết bị, trình duyệt và công nghệ hỗ trợ đang sử dụng, chúng tôi có thể xử lý nhanh hơn. Nếu quý vị muốn nhận thông báo dưới hình thức khác, chẳng hạn bản in trên giấy hoặc bản in chữ lớn, vui lòng liên hệ cùng nơi tiếp nhận này.

## The pages for a missing address and for a failure, shown in every
## language of the site at once

error-not-found-title = Không tìm thấy trang
error-not-found-text = Không tìm thấy trang quý vị yêu cầu. Vui lòng kiểm tra lại địa chỉ, hoặc bắt đầu từ trang thông báo.
error-server-title = Đã xảy ra lỗi
error-server-text = Không thể hiển thị trang này. Vui lòng thử lại sau ít phút.
# A link to the notice in this language.
error-notice-link = Thông báo bằng tiếng Việt
