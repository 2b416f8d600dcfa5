# kohyo's own words in Filipino (fil): the frame of every page, the terms
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

skip-link = Lumaktaw sa pangunahing nilalaman
language-nav = Wika
contents = Talaan ng nilalaman
dates = Mga petsa ng paunawang ito
announced = Petsa ng pag-anunsyo
first-published = Petsa ng pagpapatibay
translation-note = Ito ay salin sa Filipino para sa sanggunian lamang. Ang paunawa sa wikang Hapon ang opisyal na teksto; ang mga bahaging hindi pa naisasalin ay ipinapakita sa wikang Hapon.
operator-heading = Organisasyong humahawak ng personal na impormasyon at tanggapan ng mga katanungan
operator = Organisasyong humahawak ng personal na impormasyon
name = Pangalan
address = Address
representative = Kinatawan
contact-desk = Tanggapan ng mga kahilingan (gaya ng pagsisiwalat), mga reklamo at mga katanungan
phone = Telepono
email = Email
fax = Fax
extension = lokal
label-separator = { ": " }
hours = Oras ng pagtanggap
no-purposes = Wala
site-nav = Tungkol sa site na ito
history = Kasaysayan ng rebisyon
history-intro = Lahat ng bersyon ng paunawang ito, mula sa pinakabago. Iniingatan ang bawat bersyon nang eksakto kung paano ito inilathala.
last-revised = Huling binago
revised = Binago noong
effective = Epektibo mula
effective-period = Panahon ng bisa
what-changed = Mga binago
read-version = Buong teksto ng bersyong ito
first-version = Ang unang inilathalang bersyon.
purposes-changed = Binago ang mga layunin ng paggamit
yes = Oo
no = Hindi
current-notice = Kasalukuyang paunawa
current-version = Kasalukuyang bersyon
archived-version = Nakaraang bersyon
upcoming-version = Paparating na bersyon
upcoming-heading = Anunsyo ng rebisyon ng paunawa
change-note = Buod ng rebisyon
compared-with = Inihambing sa
legend = May salungguhit ang idinagdag na teksto; may guhit sa gitna ang inalis na teksto.
added = Idinagdag
removed = Inalis
added-prefix = { "Idinagdag: " }
removed-prefix = { "Inalis: " }
renamed = Pinalitan ng pangalan
moved = Binago ang pagkakasunod-sunod
changed-categories = Mga binagong kategorya at layunin ng paggamit
no-purpose-changes = Hindi binabago ng rebisyong ito ang mga layunin ng paggamit.
other-text = Iba pang teksto
section-added = Idinagdag ang bahaging ito.
section-removed = Inalis ang bahaging ito.
translation-lagging = Hindi pa na-update ang salin sa Filipino: ipinapakita sa wikang Hapon
translations-heading = Na-update ang salin
translations-intro = Ang salin lamang sa Filipino ng mga tekstong ito ang idinagdag o in-update. Hindi nagbago ang tekstong Hapon, na siyang opisyal na teksto.
category = Pangalan ng kategorya
section-title = Pamagat ng bahagi
colon = { ": " }
feed-atom = Mga anunsyo ng rebisyon (Atom)
feed-rss = Mga anunsyo ng rebisyon (RSS)
accessibility = Patakaran sa web accessibility
record-heading = Pagpapatunay ng rekord
record-intro = Nakatala ang mga file ng bersyong ito sa ilalim ng hash (SHA-256) sa ibaba. Kasama sa pagkalkula ng bawat hash ang hash ng naunang bersyon, kaya kung may bersyong babaguhin matapos itong mailathala, magbabago ang hash nito at ang hash ng bawat sumunod na bersyon.
record-method = Paano ito kinakalkula: ang SHA-256 ng isang teksto na ang unang linya ay “kohyo revision digest v1”, ang ikalawang linya ay “previous”, isang espasyo at ang hash ng naunang bersyon (“none” para sa unang bersyon), na sinusundan ng isang linya bawat file gaya ng inilalabas ng sha256sum (ang SHA-256 ng file, dalawang espasyo, ang pangalan nito), ayon sa pagkakasunod-sunod ng pangalan ng file, at nagtatapos ang bawat linya sa line feed.
digest = Hash ng bersyong ito
feed-digest = SHA-256 hash ng bersyong ito
previous-digest = Hash ng naunang bersyon
no-previous-digest = Wala (ang unang bersyon)
record-files = Mga file ng bersyong ito
record-data = Data ng bersyong ito (JSON)
label-title = Pamagat
label-purposes-heading = Pamagat ng mga layunin ng paggamit
label-caption = Pamagat ng talahanayan
label-category-header = Pamagat ng kolum (kategorya)
label-purposes-header = Pamagat ng kolum (mga layunin ng paggamit)

## The pages of the documents besides the notice

document-nav = Mga inilathalang dokumento
document-index = Listahan ng mga dokumento
document-index-intro = Lahat ng dokumentong inilalathala sa site na ito, kasama ang kasalukuyang bersyon at kasaysayan ng rebisyon ng bawat isa.
document-kind = Uri
document-kind-notice = Paunawa
document-kind-policy = Patakaran o pamamaraan
document-kind-joint-use = Magkasamang paggamit
document-kind-publications = Paglalathala tungkol sa naprosesong impormasyon
document-dates = Mga petsa ng dokumentong ito
document-current-version = Kasalukuyang bersyon ng dokumentong ito
document-history-intro = Lahat ng bersyon ng dokumentong ito, mula sa pinakabago. Iniingatan ang bawat bersyon nang eksakto kung paano ito inilathala.
document-joint-use-lead = Ginagamit namin ang personal na data nang magkakasama sa iba, gaya ng nakasaad sa ibaba.
document-joint-items = Mga item ng personal na data na magkasamang ginagamit
document-joint-users = Saklaw ng mga magkasamang gumagamit
document-joint-purposes = Mga layunin ng paggamit ng mga gumagamit
document-joint-responsible = Responsable sa pamamahala ng personal na data na ito
document-responsible-name = Pangalan ng tao o organisasyon
document-notes = Karagdagang tala
document-publications-lead = Inilalathala namin ang sumusunod tungkol sa impormasyong naproseso nang anonimo at impormasyong naproseso nang pseudonimo, mula sa pinakabago.
document-entry-date = Petsa
document-entry-anonymised-created = Paglikha ng impormasyong naproseso nang anonimo
document-entry-anonymised-provided = Pagbibigay sa ikatlong partido ng impormasyong naproseso nang anonimo
document-entry-anonymised-passed-on = Pagbibigay sa ikatlong partido ng natanggap na impormasyong naproseso nang anonimo
document-entry-pseudonymised-purposes = Mga layunin ng paggamit ng impormasyong naproseso nang pseudonimo
document-entry-event = Dahilan ng paglalathala
document-entry-acquired = Pagkuha ng impormasyong naproseso nang pseudonimo
document-entry-purposes-changed = Pagbabago ng mga layunin ng paggamit
document-entry-items = Mga item ng impormasyon tungkol sa mga indibidwal
document-entry-purposes = Mga layunin ng paggamit
document-entry-method = Paraan ng pagbibigay
document-entry-recipients = Mga tatanggap

## What the changes of a document are called

document-change-joint-use = Magkasamang paggamit
document-change-publications = Mga paglalathala
document-change-sections = Mga bahagi ng teksto
document-change-title = Pamagat
document-change-arrangement-added = Idinagdag ang magkasamang paggamit na ito.
document-change-arrangement-removed = Inalis ang magkasamang paggamit na ito.
document-change-entry-added = Idinagdag ang paglalathalang ito.
document-change-entry-removed = Inalis ang paglalathalang ito, kahit hindi maaaring alisin ang nilalamang nailathala na.
document-change-entry-changed = Binago ang paglalathalang ito, kahit hindi maaaring baguhin ang nilalamang nailathala na.
document-change-changed-items = Mga binagong item
document-change-basis = Dahilan ng pagbabago
document-change-was = Dati
document-change-no-changes = Walang pagbabago sa teksto.

## The items of a joint use (APPI Art. 27(5)(iii)) in full and short, why
## they may change (PPC Guidelines, General Rules, 3-6-3), the parts and
## kinds of a publication entry (APPI Art. 43(3)/(4), 41(4))

joint-use-item-name = Pangalan
joint-use-item-items = Mga item ng personal na data na magkasamang ginagamit
joint-use-item-users = Saklaw ng mga magkasamang gumagamit
joint-use-item-purposes = Mga layunin ng paggamit ng mga gumagamit
joint-use-item-responsible = Responsable sa pamamahala ng personal na data na ito (pinalitan)
joint-use-item-responsible-name = Pangalan ng responsable sa pamamahala
joint-use-item-responsible-address = Address ng responsable sa pamamahala
joint-use-item-responsible-representative = Pangalan ng kinatawan ng responsable sa pamamahala
joint-use-item-notes = Mga tala
joint-use-item-short-name = pangalan
joint-use-item-short-items = mga item ng personal na data
joint-use-item-short-users = saklaw ng mga magkasamang gumagamit
joint-use-item-short-purposes = mga layunin ng paggamit
joint-use-item-short-responsible = pinalitan ang responsable
joint-use-item-short-responsible-name = pangalan ng responsable
joint-use-item-short-responsible-address = address ng responsable
joint-use-item-short-responsible-representative = kinatawan ng responsable
joint-use-item-short-notes = mga tala
change-basis-consent = pumayag nang maaga ang mga indibidwal na kinauukulan sa pagbabago ng mga item ng personal na data o ng mga magkasamang gumagamit (Mga Alituntunin sa Batas sa Proteksyon ng Personal na Impormasyon, Pangkalahatang Tuntunin, 3-6-3, halimbawa 1)
change-basis-rename = nagbago ang pangalan ng isang magkasamang gumagamit, ngunit hindi nagbago ang mga item ng personal na data na magkasamang ginagamit (Mga Alituntunin sa Batas sa Proteksyon ng Personal na Impormasyon, Pangkalahatang Tuntunin, 3-6-3, halimbawa 2)
change-basis-succession = naipasa sa iba ang negosyo ng isang magkasamang gumagamit (Mga Alituntunin sa Batas sa Proteksyon ng Personal na Impormasyon, Pangkalahatang Tuntunin, 3-6-3, halimbawa 3)
change-basis-editorial = ang pananalita lamang ang binago; hindi nagbago ang mga item ng personal na data na magkasamang ginagamit at ang saklaw ng mga magkasamang gumagamit
entry-field-date = Petsa
entry-field-kind = Uri
entry-field-title = Paksa
entry-field-items = Mga item ng impormasyon tungkol sa mga indibidwal na nilalaman nito
entry-field-purposes = Mga layunin ng paggamit
entry-field-method = Paraan ng pagbibigay
entry-field-recipients = Mga tatanggap
entry-field-notes = Mga tala
entry-kind-anonymised-created = Paglikha ng impormasyong naproseso nang anonimo
entry-kind-anonymised-provided = Pagbibigay sa ikatlong partido ng impormasyong naproseso nang anonimo
entry-kind-anonymised-passed-on = Pagbibigay sa ikatlong partido ng natanggap na impormasyong naproseso nang anonimo
entry-kind-pseudonymised-purposes = Mga layunin ng paggamit ng impormasyong naproseso nang pseudonimo

## Groups of purposes on the changes page

group-none = Walang layunin ng paggamit sa grupong ito.
group-explanation-changed = Binago ang paliwanag
group-description = Paliwanag
group-moved-from = Inilipat mula sa “{ $group }”
group-moved-to = Inilipat sa “{ $group }”

## Sentences made of dates and counts. { $date }, { $from } and { $until }
## are dates as this language writes them.

period-from-until = Mula { $from } hanggang { $until }
period-from = Mula { $from }
preview = Preview ng site ayon sa { $date }: hindi ito ang nakalathalang site.
# $count: how many problems check reports of the record.
record-problems = May { $count } problema ang rekord (revisions.lock). Bago ilathala, suriin ang mga ito gamit ang kohyo check at selyuhan ang mga rebisyon gamit ang kohyo lock:
# A term and its value on one line, e.g. 施行期間：2024年12月2日から.
term-and-value = { $term }: { $value }
# $site: the operator's name.
feed-title = { $site }: mga rebisyon ng paunawa sa ilalim ng Batas sa Proteksyon ng Personal na Impormasyon
changes-title = Mga pagbabagong epektibo mula { $date }
revision-title = Bersyong epektibo mula { $date }
upcoming-changing-purposes = Mula { $date }, babaguhin ang paunawang ito, pati ang mga layunin ng paggamit.
upcoming = Mula { $date }, babaguhin ang paunawang ito.
first-notice = Magkakabisa ang paunawang ito sa { $date }. Hanggang sa petsang iyon, inilalathala ito nang mas maaga, bago ito magkabisa.
banner-archived-until = Ito ay nakaraang bersyon. Naging epektibo ito mula { $from } hanggang { $until }.
banner-archived = Ito ay nakaraang bersyon. Naging epektibo ito mula { $from }.
banner-current = Ito ang kasalukuyang bersyon, epektibo mula { $from }.
banner-upcoming = Ito ay paparating na bersyon. Magkakabisa ito sa { $from }.

## The summary of a revision's changes, e.g. 類型：1件追加／利用目的：2件追加、
## 1件削除。 It is made of groups, one per kind of thing changed; a group
## lists counts of what happened to it. kohyo begins the sentence with a
## capital letter where the script has them.

# What is counted: categories, groups of purposes, purposes of use.
# $count: the first count of the group, for languages whose noun changes
# with it.
summary-noun-categories = kategorya
# $count, as for summary-noun-categories.
summary-noun-groups = grupo
# $count, as for summary-noun-categories.
summary-noun-purposes = layunin ng paggamit
# What happened to them.
summary-change-added = idinagdag
summary-change-removed = inalis
summary-change-renamed = pinalitan ng pangalan
summary-change-moved = inilipat ng puwesto
summary-change-reworded = may binagong pananalita
summary-change-changed = binago
summary-change-explained = may binagong paliwanag
summary-change-regrouped = inilipat sa ibang grupo
# The first count of a group: $count, $noun (summary-noun-… for that
# count) and $change (summary-change-…).
summary-first = { $count } { $noun } ang { $change }
# A further count of the same group: $count and $change.
summary-next = { $count } ang { $change }
summary-item-separator = { ", " }
# One group: $noun and $items (its counts joined by summary-item-separator).
summary-group = { $items }
summary-group-separator = { "; " }
# The whole sentence: $groups joined by summary-group-separator.
summary-sentence = { $groups }.
summary-other-text = binago ang iba pang teksto
# Between two sentences of a summary.
sentence-separator = { " " }
# $count: how many texts' translation was updated, or lags the Japanese.
summary-translation-updated = Na-update ang salin sa Filipino: { $count } teksto.
summary-translation-lagging = Hindi pa na-update ang salin sa Filipino: { $count } teksto (ipinapakita sa wikang Hapon).
# A document's summary, e.g. 共同利用：1件変更（責任者の代表者）。
document-summary-title-changed = binago ang pamagat
# $count and $change (summary-change-…).
document-summary-item = { $count } ang { $change }
# The same with $items, the items of a joint use that changed.
document-summary-item-with = { $count } ang { $change } ({ $items })
document-summary-text-changed = binago ang teksto
# A text with an aside after it, e.g. 名称（変更前：…）; with no $text, the
# aside alone, as it follows a link.
with-aside = { $text } ({ $aside })
# Between names in a list that may themselves hold commas.
list-separator = { "; " }

## Feeds

# $date: the day the revision takes effect.
feed-effective = Epektibo mula { $date }
feed-notice-published = Inilathala ang paunawa, epektibo mula { $date }
feed-notice-revised = Rebisyon ng paunawa, epektibo mula { $date }: binago ang mga layunin ng paggamit
# $title: the document's title; $date: the day the revision takes effect.
document-feed-published = “{ $title }”: inilathala, epektibo mula { $date }
# A revision announced before it takes effect: $title, $date.
document-feed-revising = “{ $title }”: babaguhin, epektibo mula { $date }
# A revision announced on or after it took effect: $title, $date.
document-feed-revised = “{ $title }”: binago, epektibo mula { $date }
# $site: the operator's name; $title: the document's title.
document-feed-title = { $site }: mga anunsyo tungkol sa “{ $title }”
document-feed-description = Lahat ng bersyon ng “{ $title }”, mula sa pinakabago ayon sa petsa ng pag-anunsyo.
# $site: the operator's name.
combined-feed-title = { $site }: mga anunsyo ng lahat ng dokumentong inilalathala namin
combined-feed-description = Mga pagbabago sa mga layunin ng paggamit ng paunawa at lahat ng bersyon ng iba pang dokumento, mula sa pinakabago ayon sa petsa ng pag-anunsyo.

## The pages of a document

document-upcoming = Mula { $date }, babaguhin ang dokumentong ito.
document-first = Magkakabisa ang dokumentong ito sa { $date }. Hanggang sa petsang iyon, inilalathala ito nang mas maaga, bago ito magkabisa.
# $title: the document's title.
document-history-title = Kasaysayan ng rebisyon: { $title }

## The accessibility statement

# $operator: the operator's name.
accessibility-intro = Sinisikap ng { $operator } na matiyak ang web accessibility upang mabasa ng bawat miyembro, kabilang ang mga taong may kapansanan at mga nakatatanda, ang paunawa nito tungkol sa paghawak ng personal na impormasyon sa website na ito.
accessibility-scope-heading = Saklaw
# $address: the site's address.
accessibility-scope = Lahat ng pahina ng website na ito ({ $address }) sa wikang Hapon at sa Ingles: ang paunawa, ang kasaysayan ng rebisyon nito, bawat nakaraan, kasalukuyan at paparating na bersyon, ang mga pagbabago sa pagitan ng mga bersyon, at ang pahinang ito. Hindi saklaw ang mga feed ng rebisyon (Atom at RSS), dahil data ang mga ito para sa mga feed reader.
accessibility-standard-heading = Target na antas ng pagsunod
accessibility-standard = Layunin naming sumunod sa antas AA ng JIS X 8341-3:2016, ang pamantayan ng Japan, at binubuo namin ang mga pahina upang matugunan ang mga pamantayan ng tagumpay (success criteria) ng antas AA ng WCAG 2.2, ang internasyonal na pamantayang sumasaklaw dito.
accessibility-testing-heading = Paano kami sumusubok
# $version: kohyo's version.
accessibility-testing = Sinusubok ang software na nagpapakita ng website na ito (kohyo { $version }) sa bawat pagbabago, sa bawat uri ng pahina, sa wikang Hapon at sa Ingles, sa mga sumusunod na paraan:
# $version: the version of each tool.
accessibility-tool-axe = axe-core { $version }: ang mga panuntunan para sa antas A at AA ng WCAG 2.0, 2.1 at 2.2 at ang mga pinakamahusay na kasanayan (best practices), sa maliwanag at madilim na scheme ng kulay, sa lapad na 1280 at 320 pixel.
accessibility-tool-nu = Nu Html Checker (vnu-jar { $version }): ang syntax ng HTML at CSS.
accessibility-tool-browser = Sa isang browser (Chromium ng Debian, pinapatakbo ng Playwright { $version }):
accessibility-check-skip-link = dinadala ng unang pindot ng Tab sa link na “Lumaktaw sa pangunahing nilalaman”;
accessibility-check-keyboard = maaabot ang bawat link gamit lamang ang keyboard, at nakikita kung nasaan ang focus;
accessibility-check-reflow = sa lapad na 320 pixel, hindi kailangang mag-scroll nang pahalang;
accessibility-check-spacing = kapag pinalaki ang pagitan ng mga titik, salita, linya at talata (WCAG 1.4.12), walang tekstong napuputol;
accessibility-check-forced-colours = sa high-contrast mode (forced colours), nananatiling nakikita ang mga pagbabago at ang focus;
accessibility-check-print = kapag inilimbag, buo ang paunawa, at nasa bawat pahina ang panahon ng bisa at ang address ng website na ito.
accessibility-limitations-heading = Mga kilalang limitasyon
accessibility-limitation-automated = Bahagi lamang ng mga problema ang nahahanap ng mga awtomatikong pagsubok. Hindi pa nasusubok ang mga pahina ng mga taong gumagamit ng screen reader o iba pang pantulong na teknolohiya.
accessibility-limitation-translation = Ang tekstong Hapon ang opisyal na teksto. Kung wala pang salin sa Filipino, ipinapakita ang tekstong Hapon at minamarkahan itong wikang Hapon, upang basahin ito ng mga screen reader sa boses na Hapon.
accessibility-limitation-archived = Iniingatan ang mga nakaraang bersyon nang eksakto kung paano inilathala ang mga ito, kasama ang anumang pagkakamaling natuklasan kalaunan.
accessibility-report-heading = Pag-uulat ng problema
accessibility-report = Kung may bahagi ng website na ito na mahirap basahin o gamitin, mangyaring ipaalam sa tanggapan sa ibaba. Makatutulong sa amin na malaman ang address ng pahina, at ang device, browser at anumang pantulong na teknolohiyang ginagamit ninyo. Makipag-ugnayan din sa parehong tanggapan kung nais ninyong makuha ang paunawa sa ibang anyo, gaya ng nakalimbag sa papel o sa malalaking titik.

## The pages for a missing address and for a failure, shown in every
## language of the site at once

error-not-found-title = Hindi nahanap ang pahina
error-not-found-text = Hindi namin nahanap ang pahinang hinahanap ninyo. Pakisuri ang address, o magsimula sa paunawa.
error-server-title = Nagkaroon ng error
error-server-text = Hindi namin maipakita ang pahinang ito. Pakisubukang muli mamaya.
# A link to the notice in this language.
error-notice-link = Ang paunawa sa Filipino
