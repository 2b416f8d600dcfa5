use super::*;

#[test]
fn a_folder_that_declares_nothing_is_japanese_and_english() {
    let languages = Languages::japanese_and_english();
    let tags: Vec<&str> = languages.iter().map(|l| l.tag.as_str()).collect();
    assert_eq!(tags, ["ja", "en"]);
    let en = languages.by_tag("en").expect("English");
    assert_eq!(
        (en.segment.as_str(), en.name.as_str(), en.locale.as_str()),
        ("en", "English", "en-GB")
    );
    assert!(languages.japanese().is_authoritative() && !en.is_authoritative());
    assert_eq!(languages.by_segment("ja").map(|l| l.lang), Some(Lang::JA));
}

#[test]
fn every_language_kohyo_knows_has_a_name_a_locale_with_cldr_dates_and_a_catalog() {
    for tag in KNOWN.keys() {
        let declared =
            Declared::known(tag).unwrap_or_else(|| panic!("{tag} lacks a name or CLDR data"));
        assert!(
            crate::messages::shipped(tag).is_some(),
            "locales/languages.toml knows {tag}, but locales/{tag}.ftl does not exist"
        );
        assert_eq!(declared.direction, Direction::Ltr, "{tag}");
    }
    let simple = Declared::known("ja-simple").expect("easy Japanese");
    assert!(simple.furigana && !simple.negotiable);
    assert_eq!(simple.segment, "ja-simple");
    assert_eq!(
        Declared::known("zh-Hant").expect("zh-Hant").segment,
        "zh-hant"
    );
}
