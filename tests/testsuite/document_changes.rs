//! The changes pages of the documents besides the notice: one for each
//! revision after a document's first, in both languages, saying which
//! document it is and naming what changed (a joint use's items in the
//! words of APPI Art. 27(5)(iii), and why its items or joint users could
//! change where the revision declares it); and `kohyo diff --document`.

use crate::support::Lang;
use kohyo::content::Kind;
use kohyo::diff::{BodyDiff, document_diff};
use scraper::Html;

use crate::support::{Kohyo, copy_dir, date, load, rendered, repo_path, select, text};

const SHIPPED: &str = "content";
/// A day after every revision of the shipped example takes effect.
const LATER: &str = "2030-01-01";

fn page(site: &kohyo::render::RenderedSite, path: &str) -> Html {
    let resource = site
        .resources
        .get(path)
        .unwrap_or_else(|| panic!("{path} is not rendered"));
    Html::parse_document(std::str::from_utf8(&resource.body).expect("UTF-8"))
}

#[test]
fn every_revision_after_the_first_has_a_changes_page_in_both_languages() {
    let model = load(SHIPPED);
    let site = rendered(SHIPPED, date(LATER));
    assert!(!model.documents.is_empty(), "the example has documents");
    for document in &model.documents {
        let first = &document.revisions[0];
        for lang in Lang::ALL {
            let path = format!(
                "/{}/{}/history/{}/changes/",
                lang.code(),
                document.id,
                first.effective
            );
            assert!(
                !site.resources.contains_key(&path),
                "{path}: a first revision changed nothing"
            );
        }
        for pair in document.revisions.windows(2) {
            let (old, new) = (&pair[0], &pair[1]);
            for lang in Lang::ALL {
                let path = format!(
                    "/{}/{}/history/{}/changes/",
                    lang.code(),
                    document.id,
                    new.effective
                );
                let html = page(&site, &path);
                let h1 = text(select(&html, "h1")[0]);
                let title = new.title.get(lang).value;
                assert!(h1.starts_with(title.as_str()), "{path}: {h1}");
                let title_tag = text(select(&html, "title")[0]);
                assert!(title_tag.starts_with(title.as_str()), "{path}: {title_tag}");
                let summary = select(&html, ".changes__summary");
                assert_eq!(summary.len(), 1, "{path}: one summary");
                // Every changed item of a joint use is named in the law's words.
                if let BodyDiff::JointUse(arrangements) =
                    document_diff(old, new, lang.language()).body
                {
                    let named: Vec<String> = select(&html, ".changes__items")
                        .into_iter()
                        .map(text)
                        .collect();
                    let changed = arrangements
                        .iter()
                        .filter(|a| !a.changed_items().is_empty());
                    assert_eq!(named.len(), changed.count(), "{path}: {named:?}");
                }
                // Added and removed words are marked in words, not colour alone.
                for mark in select(&html, "main ins, main del") {
                    assert_eq!(
                        select(&Html::parse_fragment(&mark.html()), ".visually-hidden").len(),
                        1,
                        "{path}: {}",
                        mark.html()
                    );
                }
            }
        }
    }
}

#[test]
fn the_example_names_the_joint_use_representative_the_entry_added_and_the_section_changed() {
    let model = load(SHIPPED);
    let site = rendered(SHIPPED, date(LATER));
    let site = &site;
    let latest = |kind: Kind| {
        let document = model
            .documents
            .iter()
            .find(|d| d.kind == kind)
            .expect("the example has a document of each kind");
        let effective = document.revisions.last().expect("never empty").effective;
        move |lang: Lang| {
            let path = format!(
                "/{}/{}/history/{effective}/changes/",
                lang.code(),
                document.id
            );
            page(site, &path)
        }
    };
    let summary = |html: &Html| text(select(html, ".changes__summary")[0]);
    let items = |html: &Html| text(select(html, ".changes__items")[0]);

    let joint_use = latest(Kind::JointUse);
    let (ja, en) = (joint_use(Lang::Ja), joint_use(Lang::En));
    assert_eq!(summary(&ja), "共同利用：1件変更（責任者の代表者）。");
    assert_eq!(
        items(&ja),
        "変更した事項：管理について責任を有する者の代表者の氏名"
    );
    assert_eq!(
        summary(&en),
        "Joint use: 1 changed (representative of the person responsible)."
    );
    assert_eq!(
        items(&en),
        "Items changed: Representative of the person responsible"
    );
    let h3: Vec<String> = select(&en, "main h3").into_iter().map(text).collect();
    assert_eq!(h3, ["Representative of the person responsible"]);

    let publications = latest(Kind::Publications);
    let (ja, en) = (publications(Lang::Ja), publications(Lang::En));
    assert_eq!(summary(&ja), "公表：1件追加。");
    assert_eq!(summary(&en), "Publications: 1 added.");
    assert_eq!(
        select(&en, "main section .tag")
            .into_iter()
            .map(text)
            .collect::<Vec<_>>(),
        ["Added"]
    );

    let policy = latest(Kind::Policy);
    let en = policy(Lang::En);
    assert!(summary(&en).starts_with("Sections: "), "{}", summary(&en));
    assert!(
        !select(&en, "main section[aria-labelledby^='section-'] h2").is_empty(),
        "a changed section has its heading"
    );
}

#[test]
fn the_declared_basis_is_said_after_the_changed_items_in_both_languages() {
    // The items of "grant" change on 2025-04-01, declared basis = "consent".
    let fixture = "tests/fixtures/documents-items-declared";
    let site = rendered(fixture, date(LATER));
    let said = |lang: &str| {
        let html = page(
            &site,
            &format!("/{lang}/joint-use/history/2025-04-01/changes/"),
        );
        let section = "main section[aria-labelledby='arrangement-grant']";
        let items = text(select(&html, &format!("{section} .changes__items"))[0]);
        let basis: Vec<String> = select(
            &html,
            &format!("{section} .changes__items + .changes__basis"),
        )
        .into_iter()
        .map(text)
        .collect();
        (items, basis)
    };
    assert_eq!(
        said("ja"),
        (
            "変更した事項：共同して利用される個人データの項目".to_owned(),
            vec![
                "変更の理由：共同利用を行う個人データの項目や事業者の変更につき、あらかじめ本人の同意を得た場合（個人情報保護法ガイドライン（通則編）3-6-3 事例1）"
                    .to_owned()
            ]
        )
    );
    assert_eq!(
        said("en"),
        (
            "Items changed: Items of personal data used jointly".to_owned(),
            vec![
                "Why this may change: everyone concerned agreed beforehand to the change of the items or of the joint users (PPC Guidelines, General Rules, 3-6-3, case 1)"
                    .to_owned()
            ]
        )
    );
    // Where nothing is declared, nothing is said.
    let shipped = rendered(SHIPPED, date(LATER));
    for path in shipped
        .resources
        .keys()
        .filter(|p| p.ends_with("/changes/"))
    {
        assert!(
            select(&page(&shipped, path), ".changes__basis").is_empty(),
            "{path}"
        );
    }
}

#[test]
fn kohyo_diff_document_shows_a_documents_changes_or_says_which_documents_there_are() {
    let (code, out, _) = Kohyo::new(["diff", "--document", "joint-use", "--lang", "en"]).run();
    assert_eq!(code, 0);
    assert!(
        out.contains("\n  Items changed: Representative of the person responsible\n"),
        "{out}"
    );
    let (code, out, _) = Kohyo::new([
        "diff",
        "--content",
        "tests/fixtures/documents-items-declared",
        "--document",
        "joint-use",
        "--lang",
        "en",
    ])
    .run();
    assert_eq!(code, 0);
    assert!(
        out.contains("\n  Items changed: Items of personal data used jointly\n  Why this may change: everyone concerned agreed beforehand"),
        "{out}"
    );
    let (code, _, err) = Kohyo::new(["diff", "--document", "no-such-document"]).run();
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "there is no document \"no-such-document\" in the content folder; its documents are "
        ),
        "{err}"
    );
}

#[test]
fn kohyo_diff_document_lists_its_sections_first_and_says_when_one_is_added() {
    let work = tempfile::tempdir().unwrap();
    let content = work.path().join("content");
    copy_dir(&repo_path(SHIPPED), &content);
    // A new revision, announced ahead: a published one never changes.
    let (code, _, err) = Kohyo::new([
        "new-revision",
        "--document",
        "joint-use",
        "--effective",
        "2030-04-01",
        "--announced",
        "2030-03-01",
    ])
    .current_dir(work.path())
    .run();
    assert_eq!(code, 0, "{err}");
    let revision = content.join("documents/joint-use/revisions/2030-04-01");
    let dates = std::fs::read_to_string(revision.join("revision.toml")).unwrap();
    let dates: String = dates
        .lines()
        .map(|line| match line.starts_with("note = ") {
            true => "note = { ja = \"項目を追加しました。\", en = \"A part added.\" }",
            false => line,
        })
        .map(|line| format!("{line}\n"))
        .collect();
    std::fs::write(revision.join("revision.toml"), dates).unwrap();
    for (lang, title) in [("ja", "追加した項目"), ("en", "A part added")] {
        std::fs::write(
            revision.join(format!("90-added.{lang}.md")),
            format!("+++\ntitle = \"{title}\"\n+++\n\n{title}.\n"),
        )
        .unwrap();
    }
    let joint_use = std::fs::read_to_string(revision.join("joint-use.toml")).unwrap();
    std::fs::write(
        revision.join("joint-use.toml"),
        joint_use.replacen("交付申請の審査", "交付申請の受付及び審査", 1),
    )
    .unwrap();
    let (code, out, err) = Kohyo::new(["diff", "--document", "joint-use", "--lang", "en"])
        .current_dir(work.path())
        .run();
    assert_eq!(code, 0, "{err}");
    let section = out
        .find("\n+ A part added\n  This part was added.\n")
        .unwrap_or_else(|| panic!("the added section is said to be added: {out}"));
    let arrangement = out.find("\n~ ").unwrap_or_else(|| panic!("{out}"));
    assert!(
        section < arrangement,
        "sections come first, as on the page: {out}"
    );
}
