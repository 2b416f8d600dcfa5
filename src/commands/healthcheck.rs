//! `kohyo healthcheck`: asks a running server whether it is serving.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

use anyhow::{Context, Result, bail};

use crate::cli::HealthcheckArgs;

/// `kohyo healthcheck`: GET the health address over plain HTTP and succeed
/// when it answers 200 with status ok. Built in so that a container image
/// needs no curl for its HEALTHCHECK.
///
/// A few lines of HTTP/1.1 rather than hyper's client, which would need a
/// runtime, a connection task and a body collector, and would word a
/// broken answer its own way instead of quoting the status line.
pub fn healthcheck(args: &HealthcheckArgs) -> Result<()> {
    let rest = args
        .url
        .strip_prefix("http://")
        .with_context(|| format!("{} is not an http:// address", args.url))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let address = host
        .to_socket_addrs()
        .with_context(|| format!("cannot resolve {host}"))?
        .next()
        .with_context(|| format!("{host} has no address"))?;
    let timeout = Duration::from_secs(5);
    let mut stream = TcpStream::connect_timeout(&address, timeout)
        .with_context(|| format!("nothing answers at {}", args.url))?;
    stream.set_read_timeout(Some(timeout))?;
    write!(
        stream,
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )?;
    let mut reply = String::new();
    stream.read_to_string(&mut reply)?;
    let status_ok = reply.starts_with("HTTP/1.1 200 ");
    let body = reply.split_once("\r\n\r\n").map_or("", |(_, body)| body);
    if !status_ok || !body.contains("\"status\":\"ok\"") {
        bail!(
            "{} answered: {}",
            args.url,
            reply.lines().next().unwrap_or("nothing")
        );
    }
    println!("{}", body.trim());
    Ok(())
}
