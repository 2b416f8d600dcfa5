//! The integration tests: one binary, one module per area, one fixture
//! content folder per scenario under `tests/fixtures/` (each only what makes
//! it that case, written out whole by `support`), the binary run only
//! through `support::Kohyo`, and long pinned outputs as snapbox snapshots
//! (`SNAPSHOTS=overwrite cargo test --test testsuite` updates them).

mod accessibility;
mod api;
mod browser;
mod check;
mod connections;
mod diff_command;
mod document_changes;
mod document_feeds;
mod documents_check;
mod documents_pages;
mod export;
mod feeds;
mod fuzz;
mod going_live;
mod grouped;
mod grouped_changes;
mod history;
mod http;
mod import;
mod languages;
mod layers;
mod lock;
mod new_revision;
mod pages;
mod proxy;
mod purposes_grouped;
mod reload;
mod server;
mod staff_guide;
mod sub_path;
mod support;
mod translation;
mod watch;
