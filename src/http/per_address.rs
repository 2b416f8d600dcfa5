//! A cap on the connections one client address may hold open at once, so
//! that one client that opens thousands of connections and sends nothing
//! (or a byte at a time) cannot take every place under the global cap from
//! everybody else. A connection over the cap is closed at once. An IPv6
//! client is counted by its /64 network, the block one host is usually
//! given and can take any address in. Addresses are forgotten when their
//! last connection closes, so the table holds only what is open (plus, for
//! a minute, the addresses that were refused), and refusals are logged at
//! most once a minute per address, with a count: one line per refused
//! socket would let the same client flood the log.

use std::collections::HashMap;
use std::fmt;
use std::net::{IpAddr, Ipv6Addr};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// How often refusals from one address are logged, at most.
const WARN_EVERY: Duration = Duration::from_secs(60);

/// The open connections of every client address, under a limit.
pub(crate) struct PerAddress {
    limit: usize,
    clients: Mutex<Clients>,
}

struct Clients {
    open: HashMap<Client, Entry>,
    swept: Instant,
}

#[derive(Debug, Default)]
struct Entry {
    open: usize,
    /// Refused since the last warning about this client.
    refused: u64,
    warned: Option<Instant>,
}

/// What one client is counted as: its IPv4 address, or its IPv6 /64.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Client {
    V4(std::net::Ipv4Addr),
    V6Network(Ipv6Addr),
}

impl Client {
    pub(crate) fn of(address: IpAddr) -> Client {
        match address {
            IpAddr::V4(v4) => Client::V4(v4),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => Client::V4(v4),
                None => Client::V6Network(Ipv6Addr::from_bits(v6.to_bits() & !((1u128 << 64) - 1))),
            },
        }
    }
}

impl fmt::Display for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Client::V4(v4) => write!(f, "{v4}"),
            Client::V6Network(network) => write!(f, "{network}/64"),
        }
    }
}

/// A connection's place under its address's limit, given back on drop.
pub(crate) struct Place {
    table: Arc<PerAddress>,
    client: Client,
}

/// Whether a new connection may stay open.
pub(crate) enum Admission {
    Admitted(Option<Place>),
    Refused,
}

impl PerAddress {
    /// `limit` connections per client; 0 means no limit.
    pub(crate) fn new(limit: usize) -> Arc<PerAddress> {
        Arc::new(PerAddress {
            limit,
            clients: Mutex::new(Clients {
                open: HashMap::new(),
                swept: Instant::now(),
            }),
        })
    }

    /// Takes a place for a connection from `address` at `now`, unless its
    /// client already has `limit` open; `warn` gets what is to be logged.
    pub(crate) fn admit(
        self: &Arc<PerAddress>,
        address: IpAddr,
        now: Instant,
        mut warn: impl FnMut(String),
    ) -> Admission {
        if self.limit == 0 {
            return Admission::Admitted(None);
        }
        let client = Client::of(address);
        let mut clients = self.lock();
        if now.duration_since(clients.swept) >= WARN_EVERY {
            clients.swept = now;
            clients.open.retain(|client, entry| {
                let keep = entry.open > 0 || recently(entry.warned, now);
                if !keep && entry.refused > 0 {
                    warn(self.refused_again(*client, entry.refused, entry.open));
                }
                keep
            });
        }
        let entry = clients.open.entry(client).or_default();
        if entry.open < self.limit {
            entry.open += 1;
            return Admission::Admitted(Some(Place {
                table: self.clone(),
                client,
            }));
        }
        entry.refused += 1;
        match entry.warned {
            None => {
                entry.warned = Some(now);
                entry.refused = 0;
                warn(format!(
                    "closed a connection from {client} at once: it already has {} open, the most one address may have (--max-connections-per-address); further ones are counted and reported at most once a minute",
                    self.limit
                ));
            }
            Some(_) if !recently(entry.warned, now) => {
                entry.warned = Some(now);
                let refused = std::mem::take(&mut entry.refused);
                warn(self.refused_again(client, refused, entry.open));
            }
            Some(_) => {}
        }
        Admission::Refused
    }

    fn refused_again(&self, client: Client, refused: u64, open: usize) -> String {
        let (connections, were) = if refused == 1 {
            ("connection", "was")
        } else {
            ("connections", "were")
        };
        format!(
            "{refused} more {connections} from {client} {were} closed at once in the last minute or so (it has {open} open; --max-connections-per-address {})",
            self.limit
        )
    }

    fn leave(&self, client: Client) {
        let mut clients = self.lock();
        if let Some(entry) = clients.open.get_mut(&client) {
            entry.open = entry.open.saturating_sub(1);
            // A client refused lately stays until the next sweep, so that
            // it is not warned about again as if for the first time.
            if entry.open == 0 && entry.warned.is_none() {
                clients.open.remove(&client);
            }
        }
    }

    fn lock(&self) -> MutexGuard<'_, Clients> {
        // Nothing panics while the table is held, and a count a little off
        // is better than a server that stops accepting.
        self.clients.lock().unwrap_or_else(PoisonError::into_inner)
    }

    #[cfg(test)]
    fn clients(&self) -> usize {
        self.lock().open.len()
    }
}

fn recently(warned: Option<Instant>, now: Instant) -> bool {
    warned.is_some_and(|at| now.duration_since(at) < WARN_EVERY)
}

impl Drop for Place {
    fn drop(&mut self) {
        self.table.leave(self.client);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn admit(table: &Arc<PerAddress>, address: &str, now: Instant) -> (Option<Place>, Vec<String>) {
        let mut said = Vec::new();
        let place = match table.admit(ip(address), now, |line| said.push(line)) {
            Admission::Admitted(place) => Some(place.expect("a limit is set")),
            Admission::Refused => None,
        };
        (place, said)
    }

    #[test]
    fn each_address_has_its_own_places() {
        let table = PerAddress::new(2);
        let now = Instant::now();
        let (a1, _) = admit(&table, "192.0.2.1", now);
        let (a2, _) = admit(&table, "192.0.2.1", now);
        let (a3, said) = admit(&table, "192.0.2.1", now);
        assert!(a1.is_some() && a2.is_some());
        assert!(a3.is_none(), "the third from one address is refused");
        assert_eq!(
            said,
            [
                "closed a connection from 192.0.2.1 at once: it already has 2 open, the most one address may have (--max-connections-per-address); further ones are counted and reported at most once a minute"
            ]
        );
        let (b, said) = admit(&table, "192.0.2.2", now);
        assert!(b.is_some() && said.is_empty(), "another address is served");
        drop(a1);
        assert!(admit(&table, "192.0.2.1", now).0.is_some(), "a place freed");
    }

    #[test]
    fn an_address_is_forgotten_with_its_last_connection() {
        let table = PerAddress::new(3);
        let now = Instant::now();
        let places: Vec<_> = (1..=50)
            .map(|n| admit(&table, &format!("198.51.100.{n}"), now).0)
            .collect();
        assert_eq!(table.clients(), 50);
        drop(places);
        assert_eq!(table.clients(), 0);
    }

    #[test]
    fn refusals_are_logged_once_a_minute_with_a_count() {
        let table = PerAddress::new(1);
        let start = Instant::now();
        let (_held, _) = admit(&table, "203.0.113.9", start);
        let mut lines = Vec::new();
        for second in 0..150 {
            let now = start + Duration::from_secs(second);
            for _ in 0..10 {
                lines.extend(admit(&table, "203.0.113.9", now).1);
            }
        }
        assert_eq!(lines.len(), 3, "{lines:#?}");
        assert!(lines[0].starts_with("closed a connection from 203.0.113.9 at once"));
        assert_eq!(
            lines[1],
            "600 more connections from 203.0.113.9 were closed at once in the last minute or so (it has 1 open; --max-connections-per-address 1)"
        );
        assert!(lines[2].starts_with("600 more connections"), "{}", lines[2]);
    }

    #[test]
    fn a_client_refused_and_gone_is_reported_and_forgotten_within_minutes() {
        let table = PerAddress::new(1);
        let start = Instant::now();
        let (held, _) = admit(&table, "203.0.113.9", start);
        for _ in 0..5 {
            admit(&table, "203.0.113.9", start + Duration::from_secs(1));
        }
        drop(held);
        assert_eq!(table.clients(), 1, "kept while refusals are recent");
        let later = start + Duration::from_secs(200);
        let (_other, said) = admit(&table, "192.0.2.7", later);
        assert_eq!(
            said,
            [
                "4 more connections from 203.0.113.9 were closed at once in the last minute or so (it has 0 open; --max-connections-per-address 1)"
            ]
        );
        assert_eq!(table.clients(), 1, "only the new client is left");
    }

    #[test]
    fn an_ipv6_client_is_its_64_network_and_a_mapped_ipv4_its_address() {
        assert_eq!(
            Client::of(ip("2001:db8:1:2:aaaa::1")),
            Client::of(ip("2001:db8:1:2:bbbb::2"))
        );
        assert_ne!(
            Client::of(ip("2001:db8:1:2::1")),
            Client::of(ip("2001:db8:1:3::1"))
        );
        assert_eq!(
            Client::of(ip("2001:db8:1:2:aaaa::1")).to_string(),
            "2001:db8:1:2::/64"
        );
        assert_eq!(
            Client::of(ip("::ffff:192.0.2.1")),
            Client::of(ip("192.0.2.1"))
        );
    }

    #[test]
    fn zero_means_no_limit() {
        let table = PerAddress::new(0);
        for _ in 0..1000 {
            let admitted = table.admit(ip("192.0.2.1"), Instant::now(), |line| {
                panic!("nothing to say: {line}")
            });
            assert!(matches!(admitted, Admission::Admitted(None)));
        }
        assert_eq!(table.clients(), 0);
    }
}
