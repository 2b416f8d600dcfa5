//! `kohyo check` on one fixture folder per kind of problem.
