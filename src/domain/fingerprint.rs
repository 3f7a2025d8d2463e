//! Fingerprints in stored ids: FNV-1a over text, and the canonical JSON of a set of answers that
//! attempt and check-in ids hash.

use crate::domain::answers::Answers;

/// `answers` as compact JSON, byte for byte what serde_json writes (the fingerprint of an attempt
/// id hashes it), without a JSON library in the bundle.
pub fn answers_json(answers: &Answers) -> String {
    fn string(out: &mut String, s: &str) {
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c < ' ' => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.push_str("\\u00");
                    out.push(char::from(HEX[(c as usize) >> 4]));
                    out.push(char::from(HEX[(c as usize) & 0xf]));
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
    fn map<V>(
        out: &mut String,
        name: &str,
        map: &std::collections::BTreeMap<String, V>,
        value: impl Fn(&mut String, &V),
    ) {
        if map.is_empty() {
            return;
        }
        if out.len() > 1 {
            out.push(',');
        }
        string(out, name);
        out.push_str(":{");
        for (i, (k, v)) in map.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            string(out, k);
            out.push(':');
            value(out, v);
        }
        out.push('}');
    }
    let number = |out: &mut String, v: &u8| out.push_str(&v.to_string());
    let mut out = String::from("{");
    map(&mut out, "readiness", &answers.readiness, |out, v| {
        out.push_str(if *v { "true" } else { "false" })
    });
    map(&mut out, "notes", &answers.notes, |out, v| string(out, v));
    map(&mut out, "scale", &answers.scale, number);
    map(&mut out, "figures", &answers.figures, number);
    map(&mut out, "motivation", &answers.motivation, number);
    out.push('}');
    out
}

/// FNV-1a, 32 bits: the fingerprints in attempt, evidence and check-in ids.
pub(crate) fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}
