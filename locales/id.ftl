# kohyo's own words in Indonesian (id): the frame of every page, the terms
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

skip-link = Langsung ke konten utama
language-nav = Bahasa
contents = Daftar isi
dates = Tanggal pemberitahuan ini
announced = Tanggal pengumuman
first-published = Tanggal penetapan
translation-note = Ini adalah terjemahan bahasa Indonesia sebagai referensi. Pemberitahuan dalam bahasa Jepang adalah teks resmi; bagian yang belum diterjemahkan ditampilkan dalam bahasa Jepang.
operator-heading = Pengelola informasi pribadi dan layanan pertanyaan
operator = Pengelola informasi pribadi
name = Nama
address = Alamat
representative = Perwakilan
contact-desk = Layanan permintaan pengungkapan dan permintaan lainnya, keluhan, serta konsultasi
phone = Telepon
email = Email
fax = Faks
extension = ext.
label-separator = { ": " }
hours = Jam layanan
no-purposes = Tidak ada
site-nav = Tentang situs ini
history = Riwayat revisi
history-intro = Semua versi pemberitahuan ini, dari yang terbaru. Setiap versi disimpan persis seperti saat diumumkan.
last-revised = Terakhir direvisi
revised = Tanggal revisi
effective = Berlaku mulai
effective-period = Masa berlaku
what-changed = Isi perubahan
read-version = Teks lengkap versi ini
first-version = Versi pertama yang diumumkan.
purposes-changed = Perubahan tujuan penggunaan
yes = Ya
no = Tidak
current-notice = Pemberitahuan yang berlaku
current-version = Versi yang berlaku
archived-version = Versi lama
upcoming-version = Versi yang akan berlaku
upcoming-heading = Pengumuman revisi pemberitahuan
change-note = Ringkasan revisi
compared-with = Dibandingkan dengan
legend = Teks yang ditambahkan diberi garis bawah; teks yang dihapus dicoret.
added = Ditambahkan
removed = Dihapus
added-prefix = { "Ditambahkan: " }
removed-prefix = { "Dihapus: " }
renamed = Nama diubah
moved = Urutan diubah
changed-categories = Kategori dan tujuan penggunaan yang berubah
no-purpose-changes = Revisi ini tidak mengubah tujuan penggunaan.
other-text = Teks lainnya
section-added = Bagian ini ditambahkan.
section-removed = Bagian ini dihapus.
translation-lagging = Terjemahan bahasa Indonesia belum diperbarui: ditampilkan dalam bahasa Jepang
translations-heading = Pembaruan terjemahan
translations-intro = Pada bagian berikut, hanya terjemahan bahasa Indonesia yang ditambahkan atau diperbarui. Teks bahasa Jepang, yang merupakan teks resmi, tidak berubah.
category = Nama kategori
section-title = Judul bagian
colon = { ": " }
feed-atom = Pengumuman revisi (Atom)
feed-rss = Pengumuman revisi (RSS)
accessibility = Kebijakan aksesibilitas web
record-heading = Verifikasi catatan
record-intro = Berkas versi ini dicatat dengan nilai hash (SHA-256) di bawah ini. Setiap nilai hash juga dihitung dari nilai hash versi sebelumnya, sehingga jika ada versi yang diubah setelah diumumkan, nilai hash versi tersebut dan semua versi sesudahnya akan berubah.
record-method = Cara penghitungan: SHA-256 dari sebuah teks yang baris pertamanya “kohyo revision digest v1”, baris keduanya “previous”, sebuah spasi, dan nilai hash versi sebelumnya (“none” untuk versi pertama), diikuti satu baris per berkas sesuai keluaran sha256sum (nilai SHA-256 berkas, dua spasi, nama berkas), diurutkan menurut nama berkas, dengan setiap baris diakhiri karakter ganti baris (line feed).
digest = Nilai hash versi ini
feed-digest = Nilai hash (SHA-256) versi ini
previous-digest = Nilai hash versi sebelumnya
no-previous-digest = Tidak ada (versi pertama)
record-files = Berkas versi ini
record-data = Data versi ini (JSON)
label-title = Judul
label-purposes-heading = Judul bagian tujuan penggunaan
label-caption = Judul tabel
label-category-header = Judul kolom (kategori)
label-purposes-header = Judul kolom (tujuan penggunaan)

## The pages of the documents besides the notice

document-nav = Dokumen yang diumumkan
document-index = Daftar dokumen
document-index-intro = Semua dokumen yang diumumkan di situs ini, masing-masing dengan versi yang berlaku dan riwayat revisinya.
document-kind = Jenis
document-kind-notice = Pemberitahuan
document-kind-policy = Kebijakan dan prosedur
document-kind-joint-use = Penggunaan bersama
document-kind-publications = Pengumuman tentang informasi yang diproses
document-dates = Tanggal dokumen ini
document-current-version = Versi dokumen ini yang berlaku
document-history-intro = Semua versi dokumen ini, dari yang terbaru. Setiap versi disimpan persis seperti saat diumumkan.
document-joint-use-lead = Kami menggunakan data pribadi secara bersama dengan pihak lain sebagai berikut.
document-joint-items = Item data pribadi yang digunakan bersama
document-joint-users = Cakupan pihak yang menggunakan bersama
document-joint-purposes = Tujuan penggunaan oleh para pengguna
document-joint-responsible = Pihak yang bertanggung jawab atas pengelolaan data pribadi tersebut
document-responsible-name = Nama orang atau badan
document-notes = Keterangan tambahan
document-publications-lead = Kami mengumumkan hal-hal berikut tentang informasi yang diproses secara anonim dan informasi yang diproses secara pseudonim, dari yang terbaru.
document-entry-date = Tanggal
document-entry-anonymised-created = Pembuatan informasi yang diproses secara anonim
document-entry-anonymised-provided = Pemberian informasi yang diproses secara anonim kepada pihak ketiga
document-entry-anonymised-passed-on = Pemberian lanjutan kepada pihak ketiga atas informasi yang diproses secara anonim yang diterima
document-entry-pseudonymised-purposes = Tujuan penggunaan informasi yang diproses secara pseudonim
document-entry-event = Alasan pengumuman
document-entry-acquired = Perolehan informasi yang diproses secara pseudonim
document-entry-purposes-changed = Perubahan tujuan penggunaan
document-entry-items = Item informasi tentang individu
document-entry-purposes = Tujuan penggunaan
document-entry-method = Cara pemberian
document-entry-recipients = Penerima

## What the changes of a document are called

document-change-joint-use = Penggunaan bersama
document-change-publications = Pengumuman
document-change-sections = Bagian teks
document-change-title = Judul
document-change-arrangement-added = Penggunaan bersama ini ditambahkan.
document-change-arrangement-removed = Penggunaan bersama ini dihapus.
document-change-entry-added = Pengumuman ini ditambahkan.
document-change-entry-removed = Pengumuman ini telah dihapus, padahal isi yang telah diumumkan tidak boleh dihapus.
document-change-entry-changed = Pengumuman ini telah diubah, padahal isi yang telah diumumkan tidak boleh diubah.
document-change-changed-items = Item yang diubah
document-change-basis = Alasan perubahan
document-change-was = Sebelum diubah
document-change-no-changes = Tidak ada perubahan pada teks.

## The items of a joint use (APPI Art. 27(5)(iii)) in full and short, why
## they may change (PPC Guidelines, General Rules, 3-6-3), the parts and
## kinds of a publication entry (APPI Art. 43(3)/(4), 41(4))

joint-use-item-name = Nama
joint-use-item-items = Item data pribadi yang digunakan bersama
joint-use-item-users = Cakupan pihak yang menggunakan bersama
joint-use-item-purposes = Tujuan penggunaan oleh para pengguna
joint-use-item-responsible = Pihak yang bertanggung jawab atas pengelolaan data pribadi tersebut (diganti)
joint-use-item-responsible-name = Nama pihak yang bertanggung jawab atas pengelolaan
joint-use-item-responsible-address = Alamat pihak yang bertanggung jawab atas pengelolaan
joint-use-item-responsible-representative = Nama perwakilan pihak yang bertanggung jawab atas pengelolaan
joint-use-item-notes = Catatan
joint-use-item-short-name = nama
joint-use-item-short-items = item data pribadi
joint-use-item-short-users = cakupan pengguna bersama
joint-use-item-short-purposes = tujuan penggunaan
joint-use-item-short-responsible = penanggung jawab diganti
joint-use-item-short-responsible-name = nama penanggung jawab
joint-use-item-short-responsible-address = alamat penanggung jawab
joint-use-item-short-responsible-representative = perwakilan penanggung jawab
joint-use-item-short-notes = catatan
change-basis-consent = orang yang bersangkutan telah memberikan persetujuan sebelumnya atas perubahan item data pribadi atau pihak yang menggunakan bersama (Pedoman Undang-Undang Perlindungan Informasi Pribadi, Ketentuan Umum, 3-6-3, contoh 1)
change-basis-rename = nama salah satu pengguna bersama berubah, tetapi item data pribadi yang digunakan bersama tidak berubah (Pedoman Undang-Undang Perlindungan Informasi Pribadi, Ketentuan Umum, 3-6-3, contoh 2)
change-basis-succession = usaha salah satu pengguna bersama dialihkan kepada pihak lain (Pedoman Undang-Undang Perlindungan Informasi Pribadi, Ketentuan Umum, 3-6-3, contoh 3)
change-basis-editorial = hanya redaksinya yang diubah; item data pribadi yang digunakan bersama dan cakupan pihak yang menggunakan bersama tidak berubah
entry-field-date = Tanggal
entry-field-kind = Jenis
entry-field-title = Perihal
entry-field-items = Item informasi tentang individu yang terkandung
entry-field-purposes = Tujuan penggunaan
entry-field-method = Cara pemberian
entry-field-recipients = Penerima
entry-field-notes = Catatan
entry-kind-anonymised-created = Pembuatan informasi yang diproses secara anonim
entry-kind-anonymised-provided = Pemberian informasi yang diproses secara anonim kepada pihak ketiga
entry-kind-anonymised-passed-on = Pemberian lanjutan kepada pihak ketiga atas informasi yang diproses secara anonim yang diterima
entry-kind-pseudonymised-purposes = Tujuan penggunaan informasi yang diproses secara pseudonim

## Groups of purposes on the changes page

group-none = Tidak ada tujuan penggunaan dalam kelompok ini.
group-explanation-changed = Penjelasan diubah
group-description = Penjelasan
group-moved-from = Dipindahkan dari “{ $group }”
group-moved-to = Dipindahkan ke “{ $group }”

## Sentences made of dates and counts. { $date }, { $from } and { $until }
## are dates as this language writes them.

period-from-until = { $from } sampai { $until }
period-from = Mulai { $from }
preview = Pratinjau per { $date }: ini bukan situs yang dipublikasikan.
# $count: how many problems check reports of the record.
record-problems = Catatan (revisions.lock) memiliki { $count } masalah. Sebelum memublikasikan, periksa dengan kohyo check dan segel revisi dengan kohyo lock:
# A term and its value on one line, e.g. 施行期間：2024年12月2日から.
term-and-value = { $term }: { $value }
# $site: the operator's name.
feed-title = { $site }: revisi pemberitahuan berdasarkan Undang-Undang Perlindungan Informasi Pribadi
changes-title = Perubahan yang berlaku mulai { $date }
revision-title = Versi yang berlaku mulai { $date }
upcoming-changing-purposes = Mulai { $date }, pemberitahuan ini akan direvisi dan tujuan penggunaan akan diubah.
upcoming = Mulai { $date }, pemberitahuan ini akan direvisi.
first-notice = Pemberitahuan ini mulai berlaku pada { $date }. Sampai saat itu, pemberitahuan ini diumumkan lebih dahulu sebelum berlaku.
banner-archived-until = Ini adalah versi lama. Versi ini berlaku dari { $from } sampai { $until }.
banner-archived = Ini adalah versi lama. Versi ini berlaku mulai { $from }.
banner-current = Ini adalah versi yang berlaku saat ini, sejak { $from }.
banner-upcoming = Ini adalah versi yang akan berlaku. Versi ini mulai berlaku pada { $from }.

## The summary of a revision's changes, e.g. 類型：1件追加／利用目的：2件追加、
## 1件削除。 It is made of groups, one per kind of thing changed; a group
## lists counts of what happened to it. kohyo begins the sentence with a
## capital letter where the script has them.

# What is counted: categories, groups of purposes, purposes of use.
# $count: the first count of the group, for languages whose noun changes
# with it.
summary-noun-categories = kategori
# $count, as for summary-noun-categories.
summary-noun-groups = kelompok
# $count, as for summary-noun-categories.
summary-noun-purposes = tujuan penggunaan
# What happened to them.
summary-change-added = ditambahkan
summary-change-removed = dihapus
summary-change-renamed = diganti namanya
summary-change-moved = diubah urutannya
summary-change-reworded = diubah redaksinya
summary-change-changed = diubah
summary-change-explained = diubah penjelasannya
summary-change-regrouped = dipindahkan ke kelompok lain
# The first count of a group: $count, $noun (summary-noun-… for that
# count) and $change (summary-change-…).
summary-first = { $count } { $noun } { $change }
# A further count of the same group: $count and $change.
summary-next = { $count } { $change }
summary-item-separator = { ", " }
# One group: $noun and $items (its counts joined by summary-item-separator).
summary-group = { $items }
summary-group-separator = { "; " }
# The whole sentence: $groups joined by summary-group-separator.
summary-sentence = { $groups }.
summary-other-text = teks lainnya diubah
# Between two sentences of a summary.
sentence-separator = { " " }
# $count: how many texts' translation was updated, or lags the Japanese.
summary-translation-updated = Terjemahan bahasa Indonesia diperbarui: { $count } teks.
summary-translation-lagging = Terjemahan bahasa Indonesia belum diperbarui: { $count } teks (ditampilkan dalam bahasa Jepang).
# A document's summary, e.g. 共同利用：1件変更（責任者の代表者）。
document-summary-title-changed = judul diubah
# $count and $change (summary-change-…).
document-summary-item = { $count } { $change }
# The same with $items, the items of a joint use that changed.
document-summary-item-with = { $count } { $change } ({ $items })
document-summary-text-changed = teks diubah
# A text with an aside after it, e.g. 名称（変更前：…）; with no $text, the
# aside alone, as it follows a link.
with-aside = { $text } ({ $aside })
# Between names in a list that may themselves hold commas.
list-separator = { "; " }

## Feeds

# $date: the day the revision takes effect.
feed-effective = Berlaku mulai { $date }
feed-notice-published = Pemberitahuan diumumkan, berlaku mulai { $date }
feed-notice-revised = Pemberitahuan direvisi, berlaku mulai { $date }: tujuan penggunaan diubah
# $title: the document's title; $date: the day the revision takes effect.
document-feed-published = “{ $title }”: diumumkan, berlaku mulai { $date }
# A revision announced before it takes effect: $title, $date.
document-feed-revising = “{ $title }”: akan direvisi, berlaku mulai { $date }
# A revision announced on or after it took effect: $title, $date.
document-feed-revised = “{ $title }”: direvisi, berlaku mulai { $date }
# $site: the operator's name; $title: the document's title.
document-feed-title = { $site }: pengumuman tentang “{ $title }”
document-feed-description = Semua versi “{ $title }”, dari yang terbaru menurut tanggal pengumuman.
# $site: the operator's name.
combined-feed-title = { $site }: pengumuman semua dokumen yang kami umumkan
combined-feed-description = Perubahan tujuan penggunaan dalam pemberitahuan dan semua versi dokumen lainnya, dari yang terbaru menurut tanggal pengumuman.

## The pages of a document

document-upcoming = Mulai { $date }, dokumen ini akan direvisi.
document-first = Dokumen ini mulai berlaku pada { $date }. Sampai saat itu, dokumen ini diumumkan lebih dahulu sebelum berlaku.
# $title: the document's title.
document-history-title = Riwayat revisi: { $title }

## The accessibility statement

# $operator: the operator's name.
accessibility-intro = { $operator } berupaya memastikan aksesibilitas web agar setiap peserta, termasuk penyandang disabilitas dan warga lanjut usia, dapat membaca pemberitahuan tentang penanganan informasi pribadi di situs ini.
accessibility-scope-heading = Cakupan
# $address: the site's address.
accessibility-scope = Semua halaman situs ini ({ $address }) dalam bahasa Jepang dan bahasa Inggris: pemberitahuan, riwayat revisinya, setiap versi lama, yang berlaku, dan yang akan berlaku, perubahan antarversi, serta halaman ini. Umpan pengumuman revisi (Atom dan RSS) adalah data untuk aplikasi pembaca umpan sehingga tidak termasuk dalam cakupan.
accessibility-standard-heading = Tingkat kesesuaian yang dituju
accessibility-standard = Kami menargetkan kesesuaian dengan tingkat AA JIS X 8341-3:2016, standar Jepang, dan membuat halaman agar memenuhi kriteria keberhasilan tingkat AA WCAG 2.2, standar internasional yang mencakupnya.
accessibility-testing-heading = Cara pengujian
# $version: kohyo's version.
accessibility-testing = Perangkat lunak yang menampilkan situs ini (kohyo { $version }) diuji pada setiap perubahan, pada setiap jenis halaman, dalam bahasa Jepang dan bahasa Inggris, dengan cara berikut:
# $version: the version of each tool.
accessibility-tool-axe = axe-core { $version }: aturan untuk kriteria keberhasilan tingkat A dan AA WCAG 2.0, 2.1, dan 2.2 serta praktik terbaik, dalam skema warna terang dan gelap, pada lebar layar 1280px dan 320px.
accessibility-tool-nu = Nu Html Checker (vnu-jar { $version }): sintaksis HTML dan CSS.
accessibility-tool-browser = Di peramban (Chromium dari Debian, dijalankan dengan Playwright { $version }):
accessibility-check-skip-link = penekanan tombol Tab yang pertama mengarah ke tautan “Langsung ke konten utama”;
accessibility-check-keyboard = setiap tautan dapat dicapai hanya dengan papan ketik, dan posisi fokus terlihat;
accessibility-check-reflow = pada lebar layar 320px, tidak perlu menggulir ke samping;
accessibility-check-spacing = dengan jarak huruf, kata, baris, dan paragraf yang diperlebar (WCAG 1.4.12), tidak ada teks yang terpotong;
accessibility-check-forced-colours = dalam mode kontras tinggi (warna paksa), perubahan dan fokus tetap terlihat;
accessibility-check-print = saat dicetak, seluruh teks tercetak, dengan masa berlaku dan alamat situs ini di setiap halaman.
accessibility-limitations-heading = Keterbatasan yang diketahui
accessibility-limitation-automated = Pengujian otomatis hanya dapat menemukan sebagian masalah. Halaman ini belum diuji oleh pengguna pembaca layar atau teknologi bantu lainnya.
accessibility-limitation-translation = Teks bahasa Jepang adalah teks resmi. Jika terjemahan bahasa Indonesia belum tersedia, teks bahasa Jepang ditampilkan dan ditandai sebagai bahasa Jepang, sehingga pembaca layar membacanya dengan suara bahasa Jepang.
accessibility-limitation-archived = Versi lama disimpan persis seperti saat diumumkan, termasuk kesalahan yang ditemukan kemudian.
accessibility-report-heading = Melaporkan masalah
accessibility-report = Jika ada bagian situs ini yang sulit dibaca atau digunakan, silakan hubungi layanan di bawah ini. Kami dapat menanganinya lebih cepat jika Anda menyertakan alamat halaman yang bermasalah serta perangkat, peramban, dan teknologi bantu yang Anda gunakan. Jika Anda menginginkan pemberitahuan dalam bentuk lain, misalnya tercetak di kertas atau dengan huruf berukuran besar, silakan hubungi layanan yang sama.

## The pages for a missing address and for a failure, shown in every
## language of the site at once

error-not-found-title = Halaman tidak ditemukan
error-not-found-text = Halaman yang Anda cari tidak ditemukan. Silakan periksa alamatnya, atau mulai dari halaman pemberitahuan.
error-server-title = Terjadi kesalahan
error-server-text = Halaman ini tidak dapat ditampilkan. Silakan coba lagi beberapa saat lagi.
# A link to the notice in this language.
error-notice-link = Pemberitahuan dalam bahasa Indonesia
