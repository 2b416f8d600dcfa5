# kohyo's own words in English (en): the frame of every page, the terms
# of its tables and the sentences it makes of dates and counts.
#
# Written by the kohyo developers; not yet reviewed by a native speaker.
# The Japanese catalog (ja.ftl) is the source: every key here translates
# the key of the same name there.
#
# Fluent syntax (https://projectfluent.org/fluent/guide/): "key = text";
# { $name } is a value kohyo fills in; { $count -> [one] … *[other] … }
# chooses words by the CLDR plural category of a number; a value that
# begins or ends with a space is written as a string, { ": " }.

## The frame of every page

skip-link = Skip to main content
language-nav = Language
contents = Contents
dates = Dates of this notice
announced = Announced
first-published = First published
translation-note = This is an English translation for convenience. The Japanese notice is the authoritative text; parts not yet translated are shown in Japanese.
operator-heading = Business operator and contact desk
operator = Business operator
name = Name
address = Address
representative = Representative
contact-desk = Desk for requests, complaints and enquiries
phone = Telephone
email = Email
fax = Fax
extension = ext.
label-separator = { ": " }
hours = Hours
no-purposes = None
site-nav = About this site
history = Revision history
history-intro = Every version of this notice, newest first. Each version is kept exactly as it was published.
last-revised = Last revised
revised = Revised on
effective = In effect from
effective-period = In effect
what-changed = What changed
read-version = Full text of this version
first-version = The first published version.
purposes-changed = Purposes of use changed
yes = Yes
no = No
current-notice = Current notice
current-version = Current version
archived-version = Archived version
upcoming-version = Upcoming version
upcoming-heading = Announcement of a revision
change-note = Summary of the revision
compared-with = Compared with
legend = Added text is underlined; removed text is struck through.
added = Added
removed = Removed
added-prefix = { "Added: " }
removed-prefix = { "Removed: " }
renamed = Renamed
moved = Moved
changed-categories = Changed categories and purposes of use
no-purpose-changes = This revision does not change the purposes of use.
other-text = Other text
section-added = This part was added.
section-removed = This part was removed.
translation-lagging = English not yet updated: shown in Japanese
translations-heading = Translation updated
translations-intro = Only the English translation of these texts was added or improved. The Japanese, which is authoritative, did not change.
category = Name of a category
section-title = Heading
colon = { ": " }
feed-atom = Revision announcements (Atom)
feed-rss = Revision announcements (RSS)
accessibility = Accessibility statement
record-heading = Verifying this record
record-intro = The files of this version are recorded under the SHA-256 digest below. Each digest also covers the digest of the version before it, so if any version were altered after publication, its digest and the digest of every later version would change.
record-method = How it is computed: the SHA-256 of a text whose first line is “kohyo revision digest v1”, whose second line is “previous”, a space and the digest of the version before (“none” for the first version), followed by one line per file as sha256sum prints it (the file’s SHA-256, two spaces, its name), in order of file name, every line ending in a line feed.
digest = Digest of this version
feed-digest = SHA-256 digest of this version
previous-digest = Digest of the version before
no-previous-digest = None (the first version)
record-files = Files of this version
record-data = Data of this version (JSON)
label-title = Title
label-purposes-heading = Heading of the purposes
label-caption = Table caption
label-category-header = Column header (category)
label-purposes-header = Column header (purposes)

## The pages of the documents besides the notice

document-nav = Our documents
document-index = Documents
document-index-intro = Every document this site publishes, each with its current version and its revision history.
document-kind = Kind
document-kind-notice = Notice
document-kind-policy = Policy or procedure
document-kind-joint-use = Joint use
document-kind-publications = Publications on processed information
document-dates = Dates of this document
document-current-version = Current version of this document
document-history-intro = Every version of this document, newest first. Each version is kept exactly as it was published.
document-joint-use-lead = We use personal data jointly with others, as set out below.
document-joint-items = Items of personal data used jointly
document-joint-users = Scope of those who use it jointly
document-joint-purposes = Purposes of use of those who use it
document-joint-responsible = Person responsible for managing the personal data
document-responsible-name = Name
document-notes = Notes
document-publications-lead = We publish the following about anonymously and pseudonymously processed information, newest first.
document-entry-date = Date
document-entry-anonymised-created = Creation of anonymously processed information
document-entry-anonymised-provided = Provision of anonymously processed information to a third party
document-entry-anonymised-passed-on = Onward provision of anonymously processed information received
document-entry-pseudonymised-purposes = Purposes of use of pseudonymously processed information
document-entry-event = Published because of
document-entry-acquired = Acquisition of pseudonymously processed information
document-entry-purposes-changed = Change of the purposes of use
document-entry-items = Items of information about individuals
document-entry-purposes = Purposes of use
document-entry-method = Method of provision
document-entry-recipients = Recipients

## What the changes of a document are called

document-change-joint-use = Joint use
document-change-publications = Publications
document-change-sections = Sections
document-change-title = Title
document-change-arrangement-added = This joint use was added.
document-change-arrangement-removed = This joint use was removed.
document-change-entry-added = This publication was added.
document-change-entry-removed = This publication has been removed, though a publication once made may not be.
document-change-entry-changed = This publication has been changed, though a publication once made may not be.
document-change-changed-items = Items changed
document-change-basis = Why this may change
document-change-was = Before
document-change-no-changes = The text did not change.

## The items of a joint use (APPI Art. 27(5)(iii)) in full and short, why
## they may change (PPC Guidelines, General Rules, 3-6-3), the parts and
## kinds of a publication entry (APPI Art. 43(3)/(4), 41(4))

joint-use-item-name = Name
joint-use-item-items = Items of personal data used jointly
joint-use-item-users = Scope of joint users
joint-use-item-purposes = Purposes of use of the users
joint-use-item-responsible = Person responsible for managing the personal data (replaced)
joint-use-item-responsible-name = Name of the person responsible
joint-use-item-responsible-address = Address of the person responsible
joint-use-item-responsible-representative = Representative of the person responsible
joint-use-item-notes = Notes
joint-use-item-short-name = name
joint-use-item-short-items = items of personal data
joint-use-item-short-users = scope of joint users
joint-use-item-short-purposes = purposes of use
joint-use-item-short-responsible = person responsible replaced
joint-use-item-short-responsible-name = name of the person responsible
joint-use-item-short-responsible-address = address of the person responsible
joint-use-item-short-responsible-representative = representative of the person responsible
joint-use-item-short-notes = notes
change-basis-consent = everyone concerned agreed beforehand to the change of the items or of the joint users (PPC Guidelines, General Rules, 3-6-3, case 1)
change-basis-rename = a joint user's name changed, and the items of personal data used jointly did not (PPC Guidelines, General Rules, 3-6-3, case 2)
change-basis-succession = a joint user's business passed to another (PPC Guidelines, General Rules, 3-6-3, case 3)
change-basis-editorial = only the wording changed: the items of personal data and the joint users are the same
entry-field-date = Date
entry-field-kind = Kind
entry-field-title = Title
entry-field-items = Items of information about individuals it contains
entry-field-purposes = Purposes of use
entry-field-method = Method of provision
entry-field-recipients = Recipients
entry-field-notes = Notes
entry-kind-anonymised-created = Anonymised information created
entry-kind-anonymised-provided = Anonymised information provided to others
entry-kind-anonymised-passed-on = Anonymised information received and provided on
entry-kind-pseudonymised-purposes = Purposes of use of pseudonymised information

## Groups of purposes on the changes page

group-none = No purposes of use in this group.
group-explanation-changed = Explanation changed
group-description = Description
group-moved-from = Moved from “{ $group }”
group-moved-to = Moved to “{ $group }”

## Sentences made of dates and counts. { $date }, { $from } and { $until }
## are dates as this language writes them.

period-from-until = { $from } to { $until }
period-from = From { $from }
preview = Preview as of { $date }: this is not the published site.
record-problems = The record (revisions.lock) has { $count } { $count ->
        [one] problem
       *[other] problems
    }. Before publishing, review them with kohyo check and seal the revisions with kohyo lock:
term-and-value = { $term }: { $value }
feed-title = { $site }: revisions of the notice under the Act on the Protection of Personal Information
changes-title = Changes of { $date }
revision-title = Version in effect from { $date }
upcoming-changing-purposes = From { $date } this notice will be revised, changing the purposes of use.
upcoming = From { $date } this notice will be revised.
first-notice = This notice takes effect on { $date }. It is published in advance, before it applies.
banner-archived-until = This is an archived version. It was in effect from { $from } to { $until }.
banner-archived = This is an archived version. It was in effect from { $from }.
banner-current = This is the current version, in effect since { $from }.
banner-upcoming = This is an upcoming version. It takes effect on { $from }.

## The summary of a revision's changes, e.g. "1 category added; 2 purposes
## of use added, 1 removed." Written in lower case: kohyo capitalises the
## first letter of the sentence.

summary-noun-categories = { $count ->
        [one] category
       *[other] categories
    }
summary-noun-groups = { $count ->
        [one] group
       *[other] groups
    }
summary-noun-purposes = { $count ->
        [one] purpose of use
       *[other] purposes of use
    }
summary-change-added = added
summary-change-removed = removed
summary-change-renamed = renamed
summary-change-moved = moved
summary-change-reworded = reworded
summary-change-changed = changed
summary-change-explained = explanation changed
summary-change-regrouped = moved to another group
summary-first = { $count } { $noun } { $change }
summary-next = { $count } { $change }
summary-item-separator = { ", " }
summary-group = { $items }
summary-group-separator = { "; " }
summary-sentence = { $groups }.
summary-other-text = other text changed
sentence-separator = { " " }
summary-translation-updated = English translation updated: { $count } { $count ->
        [one] text
       *[other] texts
    }.
summary-translation-lagging = English translation not yet updated: { $count } { $count ->
        [one] text
       *[other] texts
    } (shown in Japanese).
document-summary-title-changed = Title changed
document-summary-item = { $count } { $change }
document-summary-item-with = { $count } { $change } ({ $items })
document-summary-text-changed = Text changed
with-aside = { $text } ({ $aside })
list-separator = { "; " }

## Feeds

feed-effective = In effect from { $date }
feed-notice-published = Notice published, in effect from { $date }
feed-notice-revised = Notice revised from { $date }: purposes of use changed
document-feed-published = { $title }: published, in effect from { $date }
document-feed-revising = { $title }: revised, in effect from { $date }
document-feed-revised = { $title }: revised, in effect from { $date }
document-feed-title = { $site }: announcements of “{ $title }”
document-feed-description = Every version of “{ $title }”, newest first, from the day it is announced.
combined-feed-title = { $site }: announcements of every document we publish
combined-feed-description = Changes of the notice's purposes of use and every version of the other documents, newest first, from the day each is announced.

## The pages of a document

document-upcoming = From { $date } this document will be revised.
document-first = This document takes effect on { $date }. It is published in advance, before it applies.
document-history-title = Revision history: { $title }

## The accessibility statement

accessibility-intro = { $operator } wants every member, including people with disabilities and older people, to be able to read its notice on the handling of personal information on this website.
accessibility-scope-heading = Scope
accessibility-scope = Every page of this website ({ $address }) in Japanese and in English: the notice, its revision history, every past, current and upcoming version, the changes between versions and this page. The revision feeds (Atom and RSS) are data for feed readers and are not covered.
accessibility-standard-heading = Standard
accessibility-standard = We aim to conform to level AA of JIS X 8341-3:2016, the Japanese standard, and build the pages to meet the level AA success criteria of WCAG 2.2, which include it.
accessibility-testing-heading = How we test
accessibility-testing = The software that serves this website (kohyo { $version }) is tested on every change, on every kind of page, in Japanese and in English:
accessibility-tool-axe = axe-core { $version }: the rules for WCAG 2.0, 2.1 and 2.2 levels A and AA and best practices, in the light and the dark colour scheme, at 1280 and 320 pixels wide.
accessibility-tool-nu = Nu Html Checker (vnu-jar { $version }): the HTML and CSS syntax.
accessibility-tool-browser = In a browser (Debian's Chromium, driven by Playwright { $version }):
accessibility-check-skip-link = the first Tab reaches a "Skip to main content" link;
accessibility-check-keyboard = every link can be reached by keyboard alone and shows where the focus is;
accessibility-check-reflow = at 320 pixels wide nothing needs scrolling sideways;
accessibility-check-spacing = with wider letter, word, line and paragraph spacing (WCAG 1.4.12) no text is cut off;
accessibility-check-forced-colours = in high-contrast mode (forced colours) changes and focus stay visible;
accessibility-check-print = a printout has the whole notice, with the effective period and this website's address on every sheet.
accessibility-limitations-heading = Known limitations
accessibility-limitation-automated = Automated tests find only some accessibility problems. The pages have not yet been tested by people who use screen readers or other assistive technology.
accessibility-limitation-translation = The Japanese notice is the authoritative text. Where the English translation is missing, the Japanese text is shown and marked as Japanese, so that screen readers read it in a Japanese voice.
accessibility-limitation-archived = Past versions are kept exactly as they were published, including any mistakes found later.
accessibility-report-heading = Reporting a problem
accessibility-report = If something on this website is hard to read or use, please tell the desk below. It helps us to know the address of the page, and the device, browser and any assistive technology you use. Please ask the same desk if you would like the notice in another form, such as on paper or in large print.

## The pages for a missing address and for a failure, shown in every
## language of the site at once

error-not-found-title = Page not found
error-not-found-text = We could not find the page you asked for. Please check the address, or start from the notice.
error-server-title = Something went wrong
error-server-text = We could not show this page. Please try again in a little while.
error-notice-link = The notice in English
