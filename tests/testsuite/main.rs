//! The integration tests: one binary, one module per area, one fixture
//! content folder per scenario under `tests/fixtures/`.

mod accessibility;
mod api;
mod browser;
mod check;
mod connections;
mod diff_command;
mod export;
mod feeds;
mod fuzz;
mod going_live;
mod history;
mod http;
mod lock;
mod new_revision;
mod pages;
mod proxy;
mod reload;
mod server;
mod staff_guide;
mod sub_path;
mod support;
mod watch;
