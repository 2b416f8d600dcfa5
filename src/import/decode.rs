//! The bytes of a source → text: UTF-8 (with or without a BOM), or
//! Shift_JIS / CP932 and EUC-JP as Japanese sites and Excel write them,
//! from the BOM, the page's `<meta charset>`, or a guess from the bytes.

use encoding_rs::{Encoding, UTF_8};

/// The text, or why the bytes are not text in any encoding tried.
pub(crate) fn decode(bytes: &[u8], html: bool) -> Result<String, String> {
    let encoding = Encoding::for_bom(bytes)
        .map(|(encoding, _)| encoding)
        .or_else(|| html.then(|| declared(bytes)).flatten())
        .unwrap_or_else(|| guess(bytes));
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors {
        return Err(format!(
            "it is not readable as {} text (save it again as UTF-8)",
            encoding.name()
        ));
    }
    Ok(text.into_owned())
}

/// The encoding a page declares in its first 1024 bytes.
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    Encoding::for_label(label.as_bytes())
}

fn guess(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    detector.guess(Some(b"jp"), true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_encodings_are_read() {
        let text = "個人情報の類型,利用目的\n資格に関する情報,加入者の管理\n";
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(text);
        assert_eq!(decode(&sjis, false).unwrap(), text);
        let (euc, _, _) = encoding_rs::EUC_JP.encode(text);
        assert_eq!(decode(&euc, false).unwrap(), text);
        let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        assert_eq!(decode(&bom, false).unwrap(), text);
        let page = [b"<meta charset=\"Shift_JIS\">".as_slice(), &sjis].concat();
        assert!(decode(&page, true).unwrap().ends_with(text));
    }
}
