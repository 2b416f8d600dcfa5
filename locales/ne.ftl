# kohyo's own words in Nepali (ne), in Devanagari script with Latin
# digits: the frame of every page, the terms of its tables and the
# sentences it makes of dates and counts.
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

skip-link = मुख्य सामग्रीमा जानुहोस्
language-nav = भाषा
contents = विषयसूची
dates = यो सार्वजनिक विवरणका मितिहरू
announced = प्रकाशित मिति
first-published = पहिलो पटक प्रकाशित मिति
translation-note = यो सन्दर्भका लागि गरिएको नेपाली अनुवाद हो। आधिकारिक पाठ जापानी भाषाको सार्वजनिक विवरण हो। अहिलेसम्म अनुवाद नभएका भागहरू जापानी भाषामा देखाइएका छन्।
operator-heading = व्यक्तिगत सूचना व्यवस्थापन गर्ने निकाय र सम्पर्क डेस्क
operator = व्यक्तिगत सूचना व्यवस्थापन गर्ने निकाय
name = नाम
address = ठेगाना
representative = प्रतिनिधि
contact-desk = खुलासा आदिका अनुरोध, गुनासो तथा परामर्शका लागि सम्पर्क डेस्क
phone = फोन
email = इमेल
fax = फ्याक्स
extension = एक्सटेन्सन
label-separator = { ": " }
hours = सेवा समय
no-purposes = छैन
site-nav = यो साइटबारे
history = संशोधनको इतिहास
history-intro = यो सार्वजनिक विवरणका सबै संस्करणहरू नयाँदेखि पुरानो क्रममा राखिएका छन्। हरेक संस्करण प्रकाशित गर्दाकै रूपमा सुरक्षित राखिएको छ।
last-revised = अन्तिम संशोधन मिति
revised = संशोधन मिति
effective = लागू हुने मिति
effective-period = लागू अवधि
what-changed = के परिवर्तन भयो
read-version = यस संस्करणको पूरा पाठ
first-version = पहिलो पटक प्रकाशित संस्करण।
purposes-changed = प्रयोगको उद्देश्यमा परिवर्तन
yes = छ
no = छैन
current-notice = हालको सार्वजनिक विवरण
current-version = हाल लागू संस्करण
archived-version = पुरानो संस्करण
upcoming-version = लागू हुन बाँकी संस्करण
upcoming-heading = सार्वजनिक विवरणको संशोधनबारे घोषणा
change-note = संशोधनको सारांश
compared-with = तुलना गरिएको संस्करण
legend = थपिएका भागहरूमुनि रेखा लगाइएको छ र हटाइएका भागहरूमाथि काट्ने रेखा लगाइएको छ।
added = थपिएको
removed = हटाइएको
added-prefix = { "थपिएको: " }
removed-prefix = { "हटाइएको: " }
renamed = नाम परिवर्तन
moved = क्रम परिवर्तन
changed-categories = परिवर्तन भएका वर्ग र प्रयोगको उद्देश्य
no-purpose-changes = यस संशोधनले प्रयोगको उद्देश्य परिवर्तन गरेको छैन।
other-text = अन्य पाठ
section-added = यो खण्ड थपियो।
section-removed = यो खण्ड हटाइयो।
translation-lagging = नेपाली अनुवाद अद्यावधिक नभएकाले जापानीमा देखाइएको
translations-heading = अनुवादको अद्यावधिक
translations-intro = तलका भागहरूमा नेपाली अनुवाद मात्र थपिएको वा अद्यावधिक गरिएको छ। आधिकारिक जापानी पाठ परिवर्तन भएको छैन।
category = वर्गको नाम
section-title = शीर्षक
colon = { ": " }
feed-atom = संशोधनका घोषणाहरू (Atom)
feed-rss = संशोधनका घोषणाहरू (RSS)
accessibility = वेब पहुँचयोग्यता नीति
record-heading = अभिलेखको जाँच
record-intro = यस संस्करणका फाइलहरू तलको ह्यास मान (SHA-256) द्वारा अभिलेख गरिएका छन्। हरेक ह्यास मान अघिल्लो संस्करणको ह्यास मान पनि समावेश गरेर गणना गरिन्छ। त्यसैले प्रकाशनपछि कुनै संस्करण बदलियो भने त्यस संस्करण र त्यसपछिका सबै संस्करणका ह्यास मान बदलिन्छन्।
record-method = गणना विधि: यो एउटा पाठको SHA-256 हो, जसको पहिलो लाइनमा “kohyo revision digest v1”; दोस्रो लाइनमा “previous”, एउटा खाली ठाउँ र अघिल्लो संस्करणको ह्यास मान (पहिलो संस्करणमा “none”); र तेस्रो लाइनदेखि हरेक फाइलको एक लाइन sha256sum को आउटपुटकै ढाँचामा (SHA-256 मान, दुई खाली ठाउँ, फाइलको नाम), फाइलको नामको क्रममा हुन्छ; हरेक लाइन line feed (नयाँ लाइन) ले अन्त्य हुन्छ।
digest = यस संस्करणको ह्यास मान
feed-digest = यस संस्करणको ह्यास मान (SHA-256)
previous-digest = अघिल्लो संस्करणको ह्यास मान
no-previous-digest = छैन (पहिलो संस्करण)
record-files = यस संस्करणका फाइलहरू
record-data = यस संस्करणको डाटा (JSON)
label-title = शीर्षक
label-purposes-heading = प्रयोगको उद्देश्यको शीर्षक
label-caption = तालिकाको शीर्षक
label-category-header = तालिकाको स्तम्भ शीर्षक (वर्ग)
label-purposes-header = तालिकाको स्तम्भ शीर्षक (प्रयोगको उद्देश्य)

## The pages of the documents besides the notice

document-nav = प्रकाशित कागजातहरू
document-index = कागजातहरूको सूची
document-index-intro = यस साइटमा प्रकाशित कागजातहरूको सूची। हरेक कागजातको हालको संस्करण र संशोधनको इतिहास यहाँ राखिएको छ।
document-kind = प्रकार
document-kind-notice = सार्वजनिक विवरण
document-kind-policy = नीति, कार्यविधि आदि
document-kind-joint-use = संयुक्त प्रयोग
document-kind-publications = बेनामी प्रशोधित सूचना आदिसम्बन्धी प्रकाशन
document-dates = यस कागजातका मितिहरू
document-current-version = यस कागजातको हालको संस्करण
document-history-intro = यस कागजातका सबै संस्करणहरू नयाँदेखि पुरानो क्रममा राखिएका छन्। हरेक संस्करण प्रकाशित गर्दाकै रूपमा सुरक्षित राखिएको छ।
document-joint-use-lead = हामी तल उल्लेख गरेअनुसार व्यक्तिगत डाटा संयुक्त रूपमा प्रयोग गर्छौं।
document-joint-items = संयुक्त रूपमा प्रयोग गरिने व्यक्तिगत डाटाका बुँदाहरू
document-joint-users = संयुक्त रूपमा प्रयोग गर्नेहरूको दायरा
document-joint-purposes = प्रयोग गर्नेहरूको प्रयोगको उद्देश्य
document-joint-responsible = सम्बन्धित व्यक्तिगत डाटाको व्यवस्थापनका लागि जिम्मेवार व्यक्ति
document-responsible-name = व्यक्ति वा संस्थाको नाम
document-notes = थप जानकारी
document-publications-lead = बेनामी प्रशोधित सूचना आदिबारे हामी तलका कुरा प्रकाशित गर्छौं (नयाँदेखि पुरानो क्रममा)।
document-entry-date = मिति
document-entry-anonymised-created = बेनामी प्रशोधित सूचनाको निर्माण
document-entry-anonymised-provided = बेनामी प्रशोधित सूचना तेस्रो पक्षलाई प्रदान
document-entry-anonymised-passed-on = प्राप्त बेनामी प्रशोधित सूचना तेस्रो पक्षलाई प्रदान
document-entry-pseudonymised-purposes = छद्मनाम प्रशोधित सूचनाको प्रयोगको उद्देश्य
document-entry-event = प्रकाशनको कारण
document-entry-acquired = छद्मनाम प्रशोधित सूचनाको प्राप्ति
document-entry-purposes-changed = प्रयोगको उद्देश्यमा परिवर्तन
document-entry-items = व्यक्तिसम्बन्धी सूचनाका बुँदाहरू
document-entry-purposes = प्रयोगको उद्देश्य
document-entry-method = प्रदान गर्ने तरिका
document-entry-recipients = प्राप्तकर्ता

## What the changes of a document are called

document-change-joint-use = संयुक्त प्रयोग
document-change-publications = प्रकाशन
document-change-sections = मुख्य पाठका खण्डहरू
document-change-title = शीर्षक
document-change-arrangement-added = यो संयुक्त प्रयोग थपियो।
document-change-arrangement-removed = यो संयुक्त प्रयोग हटाइयो।
document-change-entry-added = यो प्रकाशन थपियो।
document-change-entry-removed = यो प्रकाशन हटाइएको छ। एक पटक प्रकाशित गरिसकेको विषयवस्तु हटाउन मिल्दैन।
document-change-entry-changed = यो प्रकाशन परिवर्तन गरिएको छ। एक पटक प्रकाशित गरिसकेको विषयवस्तु परिवर्तन गर्न मिल्दैन।
document-change-changed-items = परिवर्तन भएका बुँदाहरू
document-change-basis = परिवर्तनको कारण
document-change-was = परिवर्तनअघि
document-change-no-changes = पाठमा कुनै परिवर्तन भएको छैन।

## The items of a joint use (APPI Art. 27(5)(iii)) in full and short, why
## they may change (PPC Guidelines, General Rules, 3-6-3), the parts and
## kinds of a publication entry (APPI Art. 43(3)/(4), 41(4))

joint-use-item-name = नाम
joint-use-item-items = संयुक्त रूपमा प्रयोग गरिने व्यक्तिगत डाटाका बुँदाहरू
joint-use-item-users = संयुक्त रूपमा प्रयोग गर्नेहरूको दायरा
joint-use-item-purposes = प्रयोग गर्नेहरूको प्रयोगको उद्देश्य
joint-use-item-responsible = सम्बन्धित व्यक्तिगत डाटाको व्यवस्थापनका लागि जिम्मेवार व्यक्ति (फेरिएको)
joint-use-item-responsible-name = व्यवस्थापनका लागि जिम्मेवार व्यक्ति वा संस्थाको नाम
joint-use-item-responsible-address = व्यवस्थापनका लागि जिम्मेवार व्यक्तिको ठेगाना
joint-use-item-responsible-representative = व्यवस्थापनका लागि जिम्मेवार व्यक्तिको प्रतिनिधिको नाम
joint-use-item-notes = कैफियत
joint-use-item-short-name = नाम
joint-use-item-short-items = व्यक्तिगत डाटाका बुँदाहरू
joint-use-item-short-users = संयुक्त प्रयोगकर्ताहरूको दायरा
joint-use-item-short-purposes = प्रयोगको उद्देश्य
joint-use-item-short-responsible = जिम्मेवार व्यक्ति फेरिएको
joint-use-item-short-responsible-name = जिम्मेवार व्यक्तिको नाम
joint-use-item-short-responsible-address = जिम्मेवार व्यक्तिको ठेगाना
joint-use-item-short-responsible-representative = जिम्मेवार व्यक्तिको प्रतिनिधि
joint-use-item-short-notes = कैफियत
change-basis-consent = संयुक्त रूपमा प्रयोग गरिने व्यक्तिगत डाटाका बुँदाहरू वा संयुक्त प्रयोगकर्ताहरू परिवर्तन गर्न सम्बन्धित व्यक्तिको पूर्वसहमति लिइएको अवस्था (व्यक्तिगत सूचना संरक्षण ऐनसम्बन्धी दिशानिर्देश (सामान्य नियम) 3-6-3, उदाहरण 1)
change-basis-rename = संयुक्त प्रयोगकर्ताको नाम परिवर्तन भएको तर संयुक्त रूपमा प्रयोग गरिने व्यक्तिगत डाटाका बुँदाहरू परिवर्तन नभएको अवस्था (व्यक्तिगत सूचना संरक्षण ऐनसम्बन्धी दिशानिर्देश (सामान्य नियम) 3-6-3, उदाहरण 2)
change-basis-succession = संयुक्त प्रयोगकर्ताको व्यवसाय अर्को निकायमा हस्तान्तरण भएको अवस्था (व्यक्तिगत सूचना संरक्षण ऐनसम्बन्धी दिशानिर्देश (सामान्य नियम) 3-6-3, उदाहरण 3)
change-basis-editorial = भाषा मात्र परिमार्जन गरिएको हो; संयुक्त रूपमा प्रयोग गरिने व्यक्तिगत डाटाका बुँदाहरू र संयुक्त रूपमा प्रयोग गर्नेहरूको दायरा परिवर्तन भएको छैन
entry-field-date = मिति
entry-field-kind = प्रकार
entry-field-title = विषय
entry-field-items = समावेश भएका व्यक्तिसम्बन्धी सूचनाका बुँदाहरू
entry-field-purposes = प्रयोगको उद्देश्य
entry-field-method = प्रदान गर्ने तरिका
entry-field-recipients = प्राप्तकर्ता
entry-field-notes = कैफियत
entry-kind-anonymised-created = बेनामी प्रशोधित सूचनाको निर्माण
entry-kind-anonymised-provided = बेनामी प्रशोधित सूचना तेस्रो पक्षलाई प्रदान
entry-kind-anonymised-passed-on = प्राप्त बेनामी प्रशोधित सूचना तेस्रो पक्षलाई प्रदान
entry-kind-pseudonymised-purposes = छद्मनाम प्रशोधित सूचनाको प्रयोगको उद्देश्य

## Groups of purposes on the changes page

group-none = यस समूहमा कुनै प्रयोगको उद्देश्य छैन।
group-explanation-changed = व्याख्या परिवर्तन
group-description = वर्णन
group-moved-from = “{ $group }” बाट सारिएको
group-moved-to = “{ $group }” मा सारिएको

## Sentences made of dates and counts. { $date }, { $from } and { $until }
## are dates as this language writes them.

period-from-until = { $from } देखि { $until } सम्म
period-from = { $from } देखि
preview = पूर्वावलोकन: { $date } को अवस्था देखाइएको छ। यो प्रकाशित साइट होइन।
# $count: how many problems check reports of the record.
record-problems = अभिलेख (revisions.lock) मा { $count } वटा { $count ->
        [one] समस्या छ
       *[other] समस्या छन्
    }। प्रकाशन गर्नुअघि kohyo check ले जाँच गर्नुहोस् र kohyo lock ले सिल गर्नुहोस्:
# A term and its value on one line, e.g. 施行期間：2024年12月2日から.
term-and-value = { $term }: { $value }
# $site: the operator's name.
feed-title = { $site }: व्यक्तिगत सूचना संरक्षण ऐनअनुसारको सार्वजनिक विवरणको संशोधनका घोषणाहरू
changes-title = { $date } को संशोधनमा भएका परिवर्तन
revision-title = { $date } देखि लागू संस्करण
upcoming-changing-purposes = { $date } देखि यो सार्वजनिक विवरण संशोधन हुनेछ र प्रयोगको उद्देश्य परिवर्तन हुनेछ।
upcoming = { $date } देखि यो सार्वजनिक विवरण संशोधन हुनेछ।
first-notice = यो सार्वजनिक विवरण { $date } देखि लागू हुनेछ। लागू हुनुअघि नै यसलाई अग्रिम रूपमा प्रकाशित गरिएको छ।
banner-archived-until = यो पुरानो संस्करण हो। यो { $from } देखि { $until } सम्म लागू थियो।
banner-archived = यो पुरानो संस्करण हो। यो { $from } देखि लागू थियो।
banner-current = यो हाल लागू संस्करण हो। यो { $from } देखि लागू छ।
banner-upcoming = यो लागू हुन बाँकी संस्करण हो। यो { $from } देखि लागू हुनेछ।

## The summary of a revision's changes, e.g. 類型：1件追加／利用目的：2件追加、
## 1件削除。 It is made of groups, one per kind of thing changed; a group
## lists counts of what happened to it. kohyo begins the sentence with a
## capital letter where the script has them.

# What is counted: categories, groups of purposes, purposes of use.
# $count: the first count of the group, for languages whose noun changes
# with it.
summary-noun-categories = वर्ग
# $count, as for summary-noun-categories.
summary-noun-groups = समूह
# $count, as for summary-noun-categories.
summary-noun-purposes = प्रयोगको उद्देश्य
# What happened to them.
summary-change-added = थपियो
summary-change-removed = हटाइयो
summary-change-renamed = नाम परिवर्तन गरियो
summary-change-moved = क्रम परिवर्तन गरियो
summary-change-reworded = परिमार्जन गरियो
summary-change-changed = परिवर्तन गरियो
summary-change-explained = व्याख्या परिवर्तन गरियो
summary-change-regrouped = अर्को समूहमा सारियो
# The first count of a group: $count, $noun (summary-noun-… for that
# count) and $change (summary-change-…).
summary-first = { $count } वटा { $noun } { $change }
# A further count of the same group: $count and $change.
summary-next = { $count } वटा { $change }
summary-item-separator = { ", " }
# One group: $noun and $items (its counts joined by summary-item-separator).
summary-group = { $items }
summary-group-separator = { "; " }
# The whole sentence: $groups joined by summary-group-separator.
summary-sentence = { $groups }।
summary-other-text = अन्य पाठ परिवर्तन गरियो
# Between two sentences of a summary.
sentence-separator = { " " }
# $count: how many texts' translation was updated, or lags the Japanese.
summary-translation-updated = नेपाली अनुवाद अद्यावधिक गरियो: { $count } वटा पाठ।
summary-translation-lagging = नेपाली अनुवाद अद्यावधिक हुन बाँकी: { $count } वटा पाठ (जापानीमा देखाइएको)।
# A document's summary, e.g. 共同利用：1件変更（責任者の代表者）。
document-summary-title-changed = शीर्षक परिवर्तन गरियो
# $count and $change (summary-change-…).
document-summary-item = { $count } वटा { $change }
# The same with $items, the items of a joint use that changed.
document-summary-item-with = { $count } वटा { $change } ({ $items })
document-summary-text-changed = मुख्य पाठ परिवर्तन गरियो
# A text with an aside after it, e.g. 名称（変更前：…）; with no $text, the
# aside alone, as it follows a link.
with-aside = { $text } ({ $aside })
# Between names in a list that may themselves hold commas.
list-separator = { "; " }

## Feeds

# $date: the day the revision takes effect.
feed-effective = लागू हुने मिति: { $date }
feed-notice-published = सार्वजनिक विवरण प्रकाशित गरियो ({ $date } देखि लागू)
feed-notice-revised = सार्वजनिक विवरण संशोधन हुँदै छ ({ $date } देखि लागू, प्रयोगको उद्देश्यमा परिवर्तन)
# $title: the document's title; $date: the day the revision takes effect.
document-feed-published = “{ $title }” प्रकाशित गरियो ({ $date } देखि लागू)
# A revision announced before it takes effect: $title, $date.
document-feed-revising = “{ $title }” संशोधन हुँदै छ ({ $date } देखि लागू)
# A revision announced on or after it took effect: $title, $date.
document-feed-revised = “{ $title }” संशोधन गरियो ({ $date } देखि लागू)
# $site: the operator's name; $title: the document's title.
document-feed-title = { $site }: “{ $title }” सम्बन्धी घोषणाहरू
document-feed-description = “{ $title }” का सबै संस्करणहरूको घोषणा, प्रकाशित मितिअनुसार नयाँदेखि पुरानो क्रममा।
# $site: the operator's name.
combined-feed-title = { $site }: प्रकाशित कागजातहरूसम्बन्धी घोषणाहरू
combined-feed-description = सार्वजनिक विवरणको प्रयोगको उद्देश्यमा भएका परिवर्तन र अन्य कागजातहरूका सबै संस्करणहरूको घोषणा, प्रकाशित मितिअनुसार नयाँदेखि पुरानो क्रममा।

## The pages of a document

document-upcoming = { $date } देखि यो कागजात संशोधन हुनेछ।
document-first = यो कागजात { $date } देखि लागू हुनेछ। लागू हुनुअघि नै यसलाई अग्रिम रूपमा प्रकाशित गरिएको छ।
# $title: the document's title.
document-history-title = संशोधनको इतिहास: { $title }

## The accessibility statement

# $operator: the operator's name.
accessibility-intro = अपाङ्गता भएका व्यक्ति र ज्येष्ठ नागरिकसहित सबै सदस्यले यस साइटमा व्यक्तिगत सूचनाको व्यवस्थापनसम्बन्धी सार्वजनिक विवरण पढ्न सकून् भनेर { $operator } वेब पहुँचयोग्यता सुनिश्चित गर्न प्रयासरत छ।
accessibility-scope-heading = दायरा
# $address: the site's address.
accessibility-scope = यस साइट ({ $address }) का सबै पृष्ठहरू (सार्वजनिक विवरण, संशोधनको इतिहास, पुराना, हालका र लागू हुन बाँकी सबै संस्करण, संशोधनमा भएका परिवर्तन र यो पृष्ठ) को जापानी र अङ्ग्रेजी संस्करण। संशोधनका घोषणाका फिडहरू (Atom र RSS) फिड रिडरमा पढ्नका लागि बनाइएको डाटा भएकाले यसमा समावेश छैनन्।
accessibility-standard-heading = लक्षित अनुरूपता स्तर
accessibility-standard = हामी JIS X 8341-3:2016 को अनुरूपता स्तर AA पालना गर्ने लक्ष्य राख्छौं, र यसलाई समेट्ने अन्तर्राष्ट्रिय मापदण्ड WCAG 2.2 को स्तर AA का सफलता मापदण्ड पूरा हुने गरी पृष्ठहरू बनाउँछौं।
accessibility-testing-heading = परीक्षण विधि
# $version: kohyo's version.
accessibility-testing = यो साइट देखाउने सफ्टवेयर (kohyo { $version }) मा हरेक परिवर्तन हुँदा सबै प्रकारका पृष्ठहरू जापानी र अङ्ग्रेजी दुवैमा तलका तरिकाले परीक्षण गरिन्छ:
# $version: the version of each tool.
accessibility-tool-axe = axe-core { $version }: WCAG 2.0, 2.1 र 2.2 का स्तर A र AA का सफलता मापदण्ड र उत्तम अभ्यासका नियमहरू; हल्का र गाढा रङ योजनामा, 1280px र 320px चौडा स्क्रिनमा।
accessibility-tool-nu = Nu Html Checker (vnu-jar { $version }): HTML र CSS को व्याकरण।
accessibility-tool-browser = ब्राउजरमा जाँच (Debian को Chromium, Playwright { $version } द्वारा सञ्चालित):
accessibility-check-skip-link = पहिलो पटक Tab थिच्दा “मुख्य सामग्रीमा जानुहोस्” लिङ्कमा पुगिन्छ;
accessibility-check-keyboard = किबोर्ड मात्र प्रयोग गरेर सबै लिङ्कमा पुग्न सकिन्छ र फोकस कहाँ छ भन्ने देखिन्छ;
accessibility-check-reflow = 320px चौडा स्क्रिनमा पनि दायाँबायाँ स्क्रोल गर्नु पर्दैन;
accessibility-check-spacing = अक्षर, शब्द, लाइन र अनुच्छेदबीचको दूरी बढाउँदा पनि (WCAG 1.4.12) कुनै पाठ काटिँदैन;
accessibility-check-forced-colours = उच्च कन्ट्रास्ट मोड (forced colours) मा पनि परिवर्तन भएका भाग र फोकस देखिन्छन्;
accessibility-check-print = छाप्दा पूरा पाठ छापिन्छ, र हरेक पानामा लागू अवधि र यस साइटको ठेगाना हुन्छ।
accessibility-limitations-heading = ज्ञात सीमाहरू
accessibility-limitation-automated = स्वचालित परीक्षणले केही समस्या मात्र पत्ता लगाउन सक्छ। स्क्रिन रिडर वा अन्य सहायक प्रविधि प्रयोग गर्ने व्यक्तिहरूबाट प्रयोगकर्ता परीक्षण अहिलेसम्म गरिएको छैन।
accessibility-limitation-translation = जापानी संस्करण नै आधिकारिक पाठ हो। नेपाली अनुवाद नभएका भागहरू जापानीमै देखाइन्छन्, र स्क्रिन रिडरले तिनलाई जापानी भाषाका रूपमा पढोस् भनेर तिनमा भाषा तोकिएको छ।
accessibility-limitation-archived = पुराना संस्करणहरू प्रकाशित गर्दाकै रूपमा राखिएका छन्। पछि फेला परेका लेखाइका त्रुटिहरू पनि सच्याइएका छैनन्।
accessibility-report-heading = समस्याबारे जानकारी दिनुहोस्
accessibility-report = पढ्न गाह्रो भयो, चलाउन सकिएन जस्ता कुनै समस्या यस साइटमा भएमा कृपया तलको सम्पर्क डेस्कलाई जानकारी दिनुहोस्। समस्या भएको पृष्ठको ठेगाना र तपाईंले प्रयोग गर्नुभएको उपकरण, ब्राउजर र सहायक प्रविधिबारे पनि बताउनुभयो भने हामी छिटो समाधान गर्न सक्छौं। सार्वजनिक विवरण कागजमा वा ठूला अक्षरमा जस्ता अन्य रूपमा चाहनुहुन्छ भने पनि सोही डेस्कमा सम्पर्क गर्नुहोस्।

## The pages for a missing address and for a failure, shown in every
## language of the site at once

error-not-found-title = पृष्ठ भेटिएन
error-not-found-text = तपाईंले खोज्नुभएको पृष्ठ भेटिएन। कृपया ठेगाना जाँच गर्नुहोस्, वा सार्वजनिक विवरणको पृष्ठबाट सुरु गर्नुहोस्।
error-server-title = त्रुटि भयो
error-server-text = पृष्ठ देखाउन सकिएन। कृपया केही समयपछि फेरि प्रयास गर्नुहोस्।
# A link to the notice in this language.
error-notice-link = नेपालीमा सार्वजनिक विवरण
