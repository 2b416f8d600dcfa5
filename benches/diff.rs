//! How long the diff takes at its caps: the worst cases behind the figures
//! quoted in src/diff/inline.rs and src/diff/sequence.rs, texts drawn from
//! a few characters so that every unit matches many others. A measurement,
//! not a check; run it with `cargo bench --bench diff`.

use std::time::{Duration, Instant};

use kohyo::diff::measure::{self, Lcg, PAIRING_CHARS_CAP, SENTENCE_CAP, WORD_TOKEN_CAP};

/// Runs of each case; the median is shown, so that one run slowed by the
/// rest of the machine does not set the figure.
const RUNS: usize = 5;

fn main() {
    println!("inline diff at the caps, median of {RUNS} runs:");
    inline_at_the_caps();
    println!("pairing removed with added paragraphs, median of {RUNS} runs:");
    pairing_at_the_cap();
}

fn inline_at_the_caps() {
    let mut rng = Lcg(7);
    let kana: &[&str] = &["あ", "い", "う", "え"];
    let mixed: &[&str] = &["保", "険", "料", "証", "の", "を", "カード", "。"];
    let words: &[&str] = &["a ", "b ", "c ", "d "];
    let sentences: &[&str] = &["あいう。", "いうえ。", "うえお。", "えおあ。"];
    let half = WORD_TOKEN_CAP / 2;
    let cases = [
        ("unrelated kana", kana, half),
        ("unrelated kanji and katakana", mixed, half),
        ("unrelated words", words, half / 2),
        ("unrelated sentences", sentences, SENTENCE_CAP / 2),
        ("beyond both caps", sentences, SENTENCE_CAP),
    ];
    for (what, alphabet, len) in cases {
        let (old, new) = (rng.text(alphabet, len), rng.text(alphabet, len));
        inline(what, &old, &new);
    }
    // Every seventh character of a text changed: many small changes.
    let old = rng.text(mixed, half / 2);
    let new: String = old
        .chars()
        .enumerate()
        .map(|(i, c)| if i % 7 == 0 { '改' } else { c })
        .collect();
    inline("scattered edits", &old, &new);
}

fn inline(what: &str, old: &str, new: &str) {
    let ((fragments, unit), time) = median(|| measure::inline(old, new));
    println!("  {what}: {unit}, {fragments} fragments, {}", ms(time));
}

fn pairing_at_the_cap() {
    let mut rng = Lcg(5);
    let kana: &[&str] = &["あ", "い", "う", "え"];
    for (removed, added) in [(10, 10), (5, 5), (2, 2), (1, 1), (20, 5), (50, 2)] {
        let per_text = PAIRING_CHARS_CAP / (removed + added);
        let old: Vec<String> = (0..removed).map(|_| rng.text(kana, per_text)).collect();
        let new: Vec<String> = (0..added).map(|_| rng.text(kana, per_text)).collect();
        let (items, time) = median(|| measure::merge_paragraphs(&old, &new));
        println!("  {removed} × {added}: {items} items, {}", ms(time));
    }
}

/// What `run` gives, and the median of its times over [`RUNS`] runs.
fn median<T>(mut run: impl FnMut() -> T) -> (T, Duration) {
    let mut times = Vec::with_capacity(RUNS);
    let mut result = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        result = Some(std::hint::black_box(run()));
        times.push(start.elapsed());
    }
    times.sort();
    let result = result.expect("RUNS is at least one");
    (result, times[RUNS / 2])
}

fn ms(time: Duration) -> String {
    format!("{:.1} ms", time.as_secs_f64() * 1e3)
}
