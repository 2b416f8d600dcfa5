# syntax=docker/dockerfile:1
# kohyo: build a release binary, then run it as a non-root user in a slim image.

# The Rust version meets the crates' highest minimum (comrak: 1.89) and matches
# the toolchain the project is tested with.
FROM rust:1.95-slim-trixie AS build
WORKDIR /build

# Dependencies first, so that editing the code does not rebuild them.
COPY Cargo.toml Cargo.lock ./
RUN mkdir src \
 && echo 'fn main() {}' > src/main.rs \
 && touch src/lib.rs \
 && cargo build --release --locked \
 && rm -rf src

# The templates, the stylesheet, the message catalogs (embedded by
# build.rs) and the open data's JSON Schemas are compiled into the binary.
COPY build.rs ./
COPY locales ./locales
COPY src ./src
COPY templates ./templates
COPY static ./static
COPY schemas ./schemas
# The statement at /{lang}/accessibility/ names the test tools pinned here.
COPY package.json ./
RUN touch src/main.rs src/lib.rs \
 && cargo build --release --locked \
 && strip target/release/kohyo

FROM debian:trixie-slim AS runtime
RUN useradd --system --uid 10001 --home-dir /srv/kohyo --shell /usr/sbin/nologin kohyo
WORKDIR /srv/kohyo
COPY --from=build /build/target/release/kohyo /usr/local/bin/kohyo
# The example content; mount a union's own content over this folder.
COPY --chown=root:root content ./content
USER kohyo
# Plain HTTP on port 3000: serve it through a proxy that terminates TLS and
# redirects http:// to https:// on the same host, and then run the container
# with -e KOHYO_HSTS=true so that browsers keep to HTTPS (README: "HTTPS
# and the security grade").
ENV KOHYO_CONTENT=/srv/kohyo/content \
    KOHYO_ADDR=0.0.0.0:3000 \
    RUST_LOG=info
EXPOSE 3000
# kohyo asks its own /healthz (no curl in the image): healthy while a site
# is served, including after a refused reload (the reason is in the body).
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["/usr/local/bin/kohyo", "healthcheck", "--url", "http://127.0.0.1:3000/healthz"]
# SIGTERM: stop accepting, finish requests in flight, exit. SIGHUP reloads
# the content (docker kill --signal=HUP).
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/kohyo"]
CMD ["serve"]
