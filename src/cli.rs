//! The command line. `kohyo` alone serves the shipped `content/` folder;
//! every flag can also be set as a `KOHYO_*` environment variable, which is
//! how containers are configured.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use jiff::civil::Date;

use crate::base_url::BaseUrl;

#[derive(Debug, Parser)]
#[command(
    name = "kohyo",
    version,
    about = "Publishes a health insurance society's APPI disclosure notice as bilingual, accessible pages",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// How log lines are written: text for people, json for log collectors.
    /// RUST_LOG chooses what is logged (default: info).
    #[arg(
        long,
        global = true,
        value_enum,
        env = "KOHYO_LOG_FORMAT",
        default_value = "text"
    )]
    pub log_format: LogFormat,
    /// Without a subcommand, kohyo serves: these are `serve`'s options.
    #[command(flatten)]
    pub serve: ServeArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the notice site over HTTP (the default).
    ///
    /// SIGHUP reloads the content, also when it comes during start-up.
    /// SIGTERM or Ctrl-C stops: requests in flight finish (for up to 30 s),
    /// idle connections and half-sent request heads are closed; a second
    /// one stops at once, with exit status 1. The log never holds up a
    /// request: lines nobody reads are dropped, and counted in a warning
    /// once the log is read again.
    Serve(ServeArgs),
    /// Check the content files and report every problem, with file, line and column.
    Check(CheckArgs),
    /// Write the site as static files (with .br and .gz siblings) for any web server or CDN.
    Export(ExportArgs),
    /// Ask a running server's /healthz; exit 0 if it answers ok (for container health checks).
    Healthcheck(HealthcheckArgs),
    /// Show what a revision changes, as the changes page will (default: the latest against the one before).
    Diff(DiffArgs),
    /// Start a new revision of the notice, or with --document of another document, as a copy of its latest, to be edited and checked.
    NewRevision(NewRevisionArgs),
    /// Record the revisions' digests in revisions.lock, so that check refuses any later change to a published one.
    Lock(LockArgs),
    /// Turn the union's existing notice (a saved HTML page, a CSV/TSV export of the purposes table, or plain text) into a new content folder.
    Import(ImportArgs),
    /// Hand a translator the texts a language lacks as an XLIFF 2 or PO file, and place the translated file back into the revision being prepared.
    Translation(TranslationArgs),
}

#[derive(Debug, Clone, Args)]
pub struct TranslationArgs {
    #[command(subcommand)]
    pub command: TranslationCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum TranslationCommand {
    /// Write the texts of the revision being prepared that a language lacks (or, with --all, every text) as an XLIFF 2.0 or PO file for a translator.
    Export(TranslationExportArgs),
    /// Place a translated XLIFF 2 or PO file into the revision being prepared: every translation or none, then check.
    Import(TranslationImportArgs),
}

#[derive(Debug, Clone, Args)]
pub struct TranslationExportArgs {
    #[command(flatten)]
    pub content: ContentArg,
    /// The language to translate into: a tag of the site's languages (en, vi, …).
    #[arg(long, env = "KOHYO_TRANSLATION_LANG", value_name = "TAG")]
    pub lang: String,
    /// The file's format: xliff (XLIFF 2.0) or po (gettext).
    #[arg(
        long,
        value_enum,
        env = "KOHYO_TRANSLATION_FORMAT",
        default_value = "xliff"
    )]
    pub format: TranslationFormat,
    #[command(flatten)]
    pub revision: RevisionArg,
    /// Every text, with its translation where there is one (default: only
    /// the texts the language lacks).
    #[arg(long, env = "KOHYO_TRANSLATION_ALL")]
    pub all: bool,
    /// The file to write (default: standard output).
    #[arg(long, env = "KOHYO_TRANSLATION_OUT", value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct TranslationImportArgs {
    /// The translated file: XLIFF 2 or PO, told apart by what it holds.
    #[arg(value_name = "FILE", env = "KOHYO_TRANSLATION_FILE")]
    pub file: PathBuf,
    #[command(flatten)]
    pub content: ContentArg,
    #[command(flatten)]
    pub revision: RevisionArg,
}

/// Which revision a translation is for.
#[derive(Debug, Clone, Args)]
pub struct RevisionArg {
    /// The revision, by its effective date (default: the latest, the one
    /// being prepared).
    #[arg(long, env = "KOHYO_TRANSLATION_REVISION", value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub revision: Option<Date>,
    /// A document's revision, by the document's folder's name under
    /// documents/ (e.g. joint-use); without it, the notice's (with
    /// site.toml's texts).
    #[arg(long, env = "KOHYO_TRANSLATION_DOCUMENT", value_name = "ID")]
    pub document: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TranslationFormat {
    Xliff,
    Po,
}

#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    /// The notice to read: a saved page (.html), a spreadsheet export
    /// (.csv, .tsv) or plain text (.txt), in UTF-8, Shift_JIS or EUC-JP.
    #[arg(value_name = "SOURCE", env = "KOHYO_IMPORT_SOURCE")]
    pub source: PathBuf,
    /// The content folder to write; it must not exist or be empty.
    #[arg(long, env = "KOHYO_CONTENT", value_name = "DIR")]
    pub content: PathBuf,
    /// The date the imported notice took (or takes) effect: the first
    /// revision's folder name.
    #[arg(long, env = "KOHYO_IMPORT_EFFECTIVE", value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub effective: Date,
    /// The date it was announced (default: the effective date).
    #[arg(long, env = "KOHYO_IMPORT_ANNOUNCED", value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub announced: Option<Date>,
}

#[derive(Debug, Clone, Args)]
pub struct LockArgs {
    #[command(flatten)]
    pub content: ContentArg,
}

#[derive(Debug, Clone, Args)]
pub struct NewRevisionArgs {
    #[command(flatten)]
    pub content: ContentArg,
    /// The date the new revision takes effect (its folder's name).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub effective: Date,
    /// The date it is announced, from when it is shown as upcoming
    /// (default: today in Japan).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub announced: Option<Date>,
    /// The document to revise, by its folder's name under documents/
    /// (e.g. joint-use); without it, the notice.
    #[arg(long, value_name = "ID")]
    pub document: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct DiffArgs {
    #[command(flatten)]
    pub content: ContentArg,
    /// The earlier revision, by effective date (default: the one before TO).
    #[arg(value_name = "FROM", value_parser = parse_date)]
    pub from: Option<Date>,
    /// The later revision, by effective date (default: the latest).
    #[arg(value_name = "TO", value_parser = parse_date)]
    pub to: Option<Date>,
    /// The language to show the changes in: a tag of one of the site's
    /// languages (ja, the authoritative text, en, vi, …).
    #[arg(long, default_value = "ja", value_name = "TAG")]
    pub lang: String,
    /// Compare only the revisions the site shows on this day (Japan time),
    /// as its changes pages do (default: every revision in the folder,
    /// announced or not).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub as_of: Option<Date>,
    /// Compare the revisions of this document (its folder's name under
    /// documents/, e.g. joint-use) instead of the notice's.
    #[arg(long, value_name = "ID")]
    pub document: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct HealthcheckArgs {
    /// The health address of the server to ask.
    #[arg(
        long,
        env = "KOHYO_HEALTHCHECK_URL",
        default_value = "http://127.0.0.1:3000/healthz",
        value_name = "URL"
    )]
    pub url: String,
}

#[derive(Debug, Clone, Args)]
pub struct ContentArg {
    /// The content folder: site.toml and revisions/.
    #[arg(
        long,
        env = "KOHYO_CONTENT",
        default_value = "content",
        value_name = "DIR"
    )]
    pub content: PathBuf,
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub content: ContentArg,
    /// The address and port to listen on.
    #[arg(
        long,
        env = "KOHYO_ADDR",
        default_value = "127.0.0.1:3000",
        value_name = "HOST:PORT"
    )]
    pub addr: SocketAddr,
    /// Show the site as it reads on this date (Japan time) instead of today.
    #[arg(long, env = "KOHYO_AS_OF", value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub as_of: Option<Date>,
    /// Send Strict-Transport-Security: only when the site is reached over
    /// HTTPS (kohyo behind a TLS proxy), never over plain HTTP.
    #[arg(long, env = "KOHYO_HSTS")]
    pub hsts: bool,
    /// Reload whenever a file in the content folder changes (SIGHUP always
    /// reloads). A reload with errors keeps the last good site serving.
    #[arg(long, env = "KOHYO_WATCH")]
    pub watch: bool,
    /// Open connections at once; further clients wait until one closes.
    #[arg(
        long,
        env = "KOHYO_MAX_CONNECTIONS",
        default_value_t = 4096,
        value_name = "N",
        value_parser = clap::value_parser!(u32).range(1..=1_000_000)
    )]
    pub max_connections: u32,
    /// Open connections at once from one client address (IPv6: from one
    /// /64 network); a connection over it is closed at once. Behind a
    /// reverse proxy every connection comes from the proxy: set 0 (no
    /// limit) and limit connections per client in the proxy.
    #[arg(
        long,
        env = "KOHYO_MAX_CONNECTIONS_PER_ADDRESS",
        default_value_t = 256,
        value_name = "N"
    )]
    pub max_connections_per_address: u32,
}

#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub content: ContentArg,
    /// The folder to write; it must not exist or be empty.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Publish at this address instead of site.toml's base_url (for
    /// canonical links, feeds, the sitemap and the 404 page's links), e.g.
    /// to try an export on a test server: http://127.0.0.1:8080/privacy/.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<BaseUrl>,
    /// Export the site as it reads on this date (Japan time) instead of today.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub as_of: Option<Date>,
}

#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub content: ContentArg,
    /// How to report: human (compiler-style, on stderr) or json (one
    /// document on stdout, for editors and CI; the README describes it).
    #[arg(long, value_enum, env = "KOHYO_CHECK_FORMAT", default_value = "human")]
    pub format: CheckFormat,
    /// Count warnings (a missing English translation and the like) as
    /// errors, so that only complete content passes.
    #[arg(long, env = "KOHYO_CHECK_STRICT")]
    pub strict: bool,
    /// Check as on this day (default: today in Japan). A revision whose
    /// announcement day has passed must match revisions.lock: give the day
    /// you will publish to make sure everything announced by then is locked.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub as_of: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
}

fn parse_date(value: &str) -> Result<Date, String> {
    let shape_ok = value.len() == 10 && value.as_bytes()[4] == b'-' && value.as_bytes()[7] == b'-';
    shape_ok
        .then(|| value.parse::<Date>().ok())
        .flatten()
        .ok_or_else(|| {
            format!("\"{value}\" is not a date: write it as YYYY-MM-DD, e.g. 2025-04-01")
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn no_subcommand_means_serve_with_defaults() {
        let cli = Cli::try_parse_from(["kohyo"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.serve.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(cli.serve.content.content, PathBuf::from("content"));
        assert_eq!(cli.serve.max_connections, 4096);
        assert_eq!(cli.serve.max_connections_per_address, 256);
    }

    #[test]
    fn connection_limits_are_checked() {
        let serve = |args: &[&str]| match Cli::try_parse_from(args).map(|cli| cli.command) {
            Ok(Some(Command::Serve(args))) => {
                Ok((args.max_connections, args.max_connections_per_address))
            }
            Ok(_) => panic!("expected serve"),
            Err(error) => Err(error.kind()),
        };
        assert_eq!(
            serve(&[
                "kohyo",
                "serve",
                "--max-connections",
                "400",
                "--max-connections-per-address",
                "0"
            ]),
            Ok((400, 0))
        );
        assert_eq!(
            serve(&["kohyo", "serve", "--max-connections", "0"]),
            Err(clap::error::ErrorKind::ValueValidation)
        );
    }

    #[test]
    fn dates_are_checked() {
        let cli = Cli::try_parse_from(["kohyo", "serve", "--as-of", "2023-01-31"]).unwrap();
        let Some(Command::Serve(args)) = cli.command else {
            panic!("expected serve");
        };
        assert_eq!(args.as_of, Some(jiff::civil::date(2023, 1, 31)));
        assert!(Cli::try_parse_from(["kohyo", "serve", "--as-of", "2023-02-30"]).is_err());
        assert!(Cli::try_parse_from(["kohyo", "serve", "--as-of", "20230131"]).is_err());
    }

    #[test]
    fn export_takes_its_address_from_the_content_unless_told() {
        let export = |args: &[&str]| match Cli::try_parse_from(args).map(|cli| cli.command) {
            Ok(Some(Command::Export(args))) => Ok(args.base_url.map(|url| url.to_string())),
            Ok(_) => panic!("expected export"),
            Err(error) => Err(error.kind()),
        };
        assert_eq!(export(&["kohyo", "export", "--out", "public"]), Ok(None));
        assert_eq!(
            export(&[
                "kohyo",
                "export",
                "--out",
                "o",
                "--base-url",
                "https://x.jp/a"
            ]),
            Ok(Some("https://x.jp/a/".to_owned()))
        );
        assert_eq!(
            export(&["kohyo", "export", "--out", "o", "--base-url", "x.jp/a/"]),
            Err(clap::error::ErrorKind::ValueValidation)
        );
    }

    #[test]
    fn translation_exports_xliff_of_the_latest_revision_unless_told() {
        let cli = Cli::try_parse_from(["kohyo", "translation", "export", "--lang", "vi"]).unwrap();
        let Some(Command::Translation(TranslationArgs {
            command: TranslationCommand::Export(args),
        })) = cli.command
        else {
            panic!("expected translation export");
        };
        assert_eq!(args.format, TranslationFormat::Xliff);
        assert_eq!(args.revision.revision, None);
        assert!(!args.all);
        let cli = Cli::try_parse_from([
            "kohyo",
            "translation",
            "import",
            "vi.po",
            "--revision",
            "2025-04-01",
            "--document",
            "joint-use",
        ])
        .unwrap();
        let Some(Command::Translation(TranslationArgs {
            command: TranslationCommand::Import(args),
        })) = cli.command
        else {
            panic!("expected translation import");
        };
        assert_eq!(args.file, PathBuf::from("vi.po"));
        assert_eq!(args.revision.revision, Some(jiff::civil::date(2025, 4, 1)));
        assert_eq!(args.revision.document.as_deref(), Some("joint-use"));
        assert!(Cli::try_parse_from(["kohyo", "translation", "export"]).is_err());
    }

    #[test]
    fn check_reports_for_people_unless_asked_otherwise() {
        let check = |args: &[&str]| match Cli::try_parse_from(args).map(|cli| cli.command) {
            Ok(Some(Command::Check(args))) => Ok((args.format, args.strict)),
            Ok(_) => panic!("expected check"),
            Err(error) => Err(error.kind()),
        };
        assert_eq!(check(&["kohyo", "check"]), Ok((CheckFormat::Human, false)));
        assert_eq!(
            check(&["kohyo", "check", "--format", "json", "--strict"]),
            Ok((CheckFormat::Json, true))
        );
        assert_eq!(
            check(&["kohyo", "check", "--format", "xml"]),
            Err(clap::error::ErrorKind::InvalidValue)
        );
    }
}
