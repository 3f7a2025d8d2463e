//! Native tests of result sharing: round trips, the link length bound, layouts and fuzzing.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use staffcheck::content::{Content, CONTENT, LADDER};
use staffcheck::domain::answers::Answers;
use staffcheck::domain::share::{
    decode, decode_link, decode_with, encode, encode_format, encode_in_ladder, encode_quick,
    encode_with, is_built_in, newest_layout, normalise_name, written_layout, Layout, Link, Mentor,
    Quick, ShareError, Shared, DAY_EPOCH, FORMAT_VERSION, LAYOUTS, LAYOUT_1, MAX_CODE_LEN,
    NAME_MAX, NAME_MAX_BYTES, OWN_LAYOUT, QUICK_FORMAT,
};
use std::collections::BTreeMap;

/// The address the widget is published under, as long as a project page gets.
const SITE: &str = "https://example.github.io/staffcheck/#/r/";
const LINK_MAX: usize = 200;

fn round_trip(shared: &Shared) -> Shared {
    let code = encode(&CONTENT, shared);
    decode(&CONTENT, &code).unwrap_or_else(|e| panic!("{code} does not decode: {e:?}"))
}

/// Every item answered: yes, scale `point`, figure option `last - back`, motivation `point`.
fn all_answered(point: u8, yes: bool) -> Answers {
    let mut a = Answers::default();
    for r in CONTENT.readiness {
        a.readiness.insert(r.id.into(), yes);
    }
    for d in CONTENT.dimensions {
        a.scale.insert(d.id.into(), point);
    }
    for f in CONTENT.figures {
        a.figures.insert(f.id.into(), (f.options.len() - 1) as u8);
    }
    for m in CONTENT.motivation {
        a.motivation.insert(m.id.into(), point);
    }
    a
}

fn mixed() -> Answers {
    let mut a = Answers::default();
    for (i, r) in CONTENT.readiness.iter().enumerate() {
        if i % 3 != 2 {
            a.readiness.insert(r.id.into(), i % 2 == 0);
        }
    }
    for (i, d) in CONTENT.dimensions.iter().enumerate() {
        if i % 4 != 3 {
            a.scale.insert(d.id.into(), (i % 5) as u8 + 1);
        }
    }
    a.figures.insert(CONTENT.figures[0].id.into(), 0);
    a.figures.insert(CONTENT.figures[2].id.into(), 3);
    for (i, m) in CONTENT.motivation.iter().enumerate().step_by(2) {
        a.motivation.insert(m.id.into(), 5 - (i % 5) as u8);
    }
    a
}

fn mentor_rating(point: u8) -> BTreeMap<String, u8> {
    CONTENT
        .dimensions
        .iter()
        .map(|d| (d.id.to_string(), point))
        .collect()
}

/// Whether a decoded result only holds what the current content can show.
fn assert_valid(content: &Content, s: &Shared) {
    let a = &s.answers;
    assert!(a.notes.is_empty());
    for id in a.readiness.keys() {
        assert!(content.readiness.iter().any(|r| r.id == id), "{id}");
    }
    let scale_ok = |m: &BTreeMap<String, u8>| {
        m.iter()
            .all(|(id, v)| content.dimension(id).is_some() && (1..=5).contains(v))
    };
    assert!(scale_ok(&a.scale), "{:?}", a.scale);
    for (id, i) in &a.figures {
        let f = content.figures.iter().find(|f| f.id == id).expect("figure");
        assert!(usize::from(*i) < f.options.len());
    }
    for (id, v) in &a.motivation {
        assert!(content.motivation.iter().any(|m| m.id == id), "{id}");
        assert!((1..=5).contains(v));
    }
    let name_ok = |n: &Option<String>| {
        n.as_ref()
            .is_none_or(|n| normalise_name(n).as_ref() == Some(n))
    };
    assert!(name_ok(&s.name));
    if let Some(m) = &s.mentor {
        assert!(scale_ok(&m.scale));
        assert!(name_ok(&m.name));
    }
}

// ---- Layouts ---------------------------------------------------------------------------------

#[test]
fn the_newest_layout_is_the_current_content() {
    // A failure here means the content's ids changed: append a new `Layout` to `LAYOUTS` with
    // the new ids (never edit an existing one, or old links change meaning).
    let l = newest_layout();
    let ids = |v: &mut dyn Iterator<Item = &'static str>| v.collect::<Vec<_>>();
    assert_eq!(
        l.readiness,
        ids(&mut CONTENT.readiness.iter().map(|r| r.id))
    );
    assert_eq!(
        l.dimensions,
        ids(&mut CONTENT.dimensions.iter().map(|d| d.id))
    );
    assert_eq!(
        l.motivation,
        ids(&mut CONTENT.motivation.iter().map(|m| m.id))
    );
    let figures: Vec<_> = CONTENT
        .figures
        .iter()
        .map(|f| (f.id, f.options.len() as u8))
        .collect();
    assert_eq!(l.figures, figures);
    assert_eq!(LAYOUTS.last(), Some(l));
}

#[test]
fn layouts_are_numbered_in_order_and_fit_the_format() {
    assert_eq!(LAYOUTS[0], LAYOUT_1);
    for (i, l) in LAYOUTS.iter().enumerate() {
        assert_eq!(usize::from(l.number), i + 1);
        assert!(l.figures.iter().all(|(_, n)| (1..=7).contains(n)));
    }
}

/// Layout 1 of a hypothetical history: before "risk", "quality", "metrics" and the last
/// readiness statements existed, and with a dimension, a statement and a figure since retired.
const OLD_1: Layout = Layout {
    number: 1,
    readiness: &[
        "org-problem",
        "retired-statement",
        "visible-dashboard",
        "paved-road-adopted",
    ],
    dimensions: &[
        "scope",
        "time-horizon",
        "retired-dimension",
        "ambiguity",
        "influence",
    ],
    figures: &[
        ("retired-figure", 3),
        // Had 7 options then; today it has 5.
        ("planning-horizon", 7),
        ("cross-team-share", 5),
    ],
    motivation: &["more-meetings", "more-writing"],
};

/// Layout 2 of that history: today's content.
const NEW_2: Layout = Layout {
    number: 2,
    ..LAYOUT_1
};

fn old_answers() -> Shared {
    let mut a = Answers::default();
    for (i, id) in OLD_1.readiness.iter().enumerate() {
        a.readiness.insert(id.to_string(), i % 2 == 0);
    }
    for (i, id) in OLD_1.dimensions.iter().enumerate() {
        a.scale.insert(id.to_string(), i as u8 + 1);
    }
    a.figures.insert("retired-figure".into(), 2);
    a.figures.insert("planning-horizon".into(), 6);
    a.figures.insert("cross-team-share".into(), 4);
    a.motivation.insert("more-meetings".into(), 2);
    a.motivation.insert("more-writing".into(), 5);
    // Not in the old layout: never written.
    a.motivation.insert("visible-failures".into(), 5);
    let mut scale: BTreeMap<String, u8> = OLD_1
        .dimensions
        .iter()
        .map(|id| (id.to_string(), 4))
        .collect();
    scale.insert("problem-solving".into(), 5);
    Shared {
        day: None,
        answers: a,
        name: Some("Ada".into()),
        mentor: Some(Mentor {
            name: Some("Grace".into()),
            scale,
        }),
    }
}

#[test]
fn an_old_layout_maps_by_id_onto_the_current_content() {
    let code = encode_with(&OLD_1, &old_answers());
    let decoded = decode_with(&[OLD_1, NEW_2], &CONTENT, &code).expect("decodes");
    assert_valid(&CONTENT, &decoded);

    let mut want = Answers::default();
    want.readiness.insert("org-problem".into(), true);
    want.readiness.insert("visible-dashboard".into(), true);
    want.readiness.insert("paved-road-adopted".into(), false);
    for (id, v) in [
        ("scope", 1),
        ("time-horizon", 2),
        ("ambiguity", 4),
        ("influence", 5),
    ] {
        want.scale.insert(id.into(), v);
    }
    // "planning-horizon" option 6 no longer exists, "retired-figure" is gone.
    want.figures.insert("cross-team-share".into(), 4);
    want.motivation.insert("more-meetings".into(), 2);
    want.motivation.insert("more-writing".into(), 5);
    assert_eq!(decoded.answers, want);
    assert_eq!(decoded.name.as_deref(), Some("Ada"));
    let mentor = decoded.mentor.expect("mentor");
    assert_eq!(mentor.name.as_deref(), Some("Grace"));
    assert_eq!(
        mentor.scale.keys().map(String::as_str).collect::<Vec<_>>(),
        ["ambiguity", "influence", "scope", "time-horizon"]
    );

    // Items added since come out unanswered, and the result reads with today's layouts too
    // (whose layout 1 is the real one: the same code means something else there).
    assert!(!decoded.answers.scale.contains_key("risk"));
    assert_eq!(
        decode_with(&[NEW_2], &CONTENT, &code),
        Err(ShareError::UnknownLayout(1))
    );
}

#[test]
fn the_newest_layout_round_trips_through_a_longer_table() {
    let shared = Shared {
        day: None,
        answers: mixed(),
        name: Some("Lin".into()),
        mentor: None,
    };
    let code = encode_with(&NEW_2, &shared);
    assert_eq!(decode_with(&[OLD_1, NEW_2], &CONTENT, &code), Ok(shared));
}

// ---- Ladders ---------------------------------------------------------------------------------

#[test]
fn the_built_in_ladder_writes_its_numbered_layouts_as_before() {
    assert!(is_built_in());
    assert_eq!(written_layout(), newest_layout());
    let shared = Shared {
        answers: mixed(),
        ..Shared::default()
    };
    let code = encode(&CONTENT, &shared);
    assert_eq!(code, encode_with(newest_layout(), &shared));
    // A code of layout 0 with this ladder's own id means the same (a rewording of the built-in
    // content keeps its ids, and its ladder id).
    let own = encode_in_ladder(FORMAT_VERSION, LADDER.id, &OWN_LAYOUT, &shared);
    assert_ne!(own, code);
    assert_eq!(decode(&CONTENT, &own), Ok(shared));
}

#[test]
fn a_code_of_another_ladder_is_refused_with_its_own_message() {
    let shared = Shared {
        answers: mixed(),
        name: Some("Lin".into()),
        ..Shared::default()
    };
    for other in [LADDER.id ^ 1, LADDER.id.rotate_left(8), 0] {
        let code = encode_in_ladder(FORMAT_VERSION, other, &OWN_LAYOUT, &shared);
        assert_eq!(
            decode(&CONTENT, &code),
            Err(ShareError::OtherLadder),
            "{code}"
        );
        // Cut short, it is truncated; changed, garbled: the checksum covers the ladder id.
        assert_eq!(
            decode(&CONTENT, &code[..code.len() - 2]),
            Err(ShareError::Truncated)
        );
    }
    let text = ShareError::OtherLadder.message();
    assert!(text.contains("another ladder"), "{text}");
    assert_ne!(text, ShareError::UnknownLayout(0).message());
}

#[test]
fn a_code_of_an_unknown_layout_is_refused() {
    let future = Layout {
        number: 2,
        ..LAYOUT_1
    };
    let code = encode_with(&future, &Shared::default());
    assert_eq!(decode(&CONTENT, &code), Err(ShareError::UnknownLayout(2)));
    assert!(ShareError::UnknownLayout(2).message().contains("newer"));
}

// ---- Round trips -----------------------------------------------------------------------------

#[test]
fn hand_made_results_round_trip() {
    let cases = [
        Shared::default(),
        Shared {
            answers: all_answered(5, true),
            ..Shared::default()
        },
        Shared {
            answers: all_answered(1, false),
            ..Shared::default()
        },
        Shared {
            day: None,
            answers: mixed(),
            name: Some("Ada Lovelace".into()),
            mentor: None,
        },
        Shared {
            day: None,
            answers: mixed(),
            name: Some("Zoë 🚀 Kowalski 👩‍💻".into()),
            mentor: Some(Mentor {
                name: Some("Grace Hopper".into()),
                scale: mentor_rating(3),
            }),
        },
        Shared {
            day: None,
            answers: all_answered(4, true),
            name: Some("מרים כהן".into()),
            mentor: Some(Mentor {
                name: Some("فاطمة الزهراء".into()),
                scale: mentor_rating(2),
            }),
        },
        Shared {
            day: None,
            answers: Answers::default(),
            name: None,
            mentor: Some(Mentor::default()),
        },
        Shared {
            day: None,
            answers: mixed(),
            name: None,
            mentor: Some(Mentor {
                name: Some("李小龍".into()),
                scale: BTreeMap::from([("scope".into(), 5), ("risk".into(), 1)]),
            }),
        },
    ];
    for shared in cases {
        assert_eq!(round_trip(&shared), shared);
    }
}

#[test]
fn notes_are_never_shared() {
    let mut answers = mixed();
    answers.set_note("org-problem", "Private: led the Q3 migration");
    let code = encode(
        &CONTENT,
        &Shared {
            answers: answers.clone(),
            ..Shared::default()
        },
    );
    let decoded = decode(&CONTENT, &code).expect("decodes");
    assert!(decoded.answers.notes.is_empty());
    answers.notes.clear();
    assert_eq!(decoded.answers, answers);
}

#[test]
fn unknown_ids_and_out_of_range_values_are_left_out() {
    let mut a = mixed();
    a.readiness.insert("no-such-statement".into(), true);
    a.scale.insert("no-such-dimension".into(), 3);
    a.scale.insert("scope".into(), 6);
    a.scale.insert("risk".into(), 0);
    a.figures.insert("coding-share".into(), 4); // 4 options: index 4 does not exist
    a.figures.insert("no-such-figure".into(), 0);
    a.motivation.insert("more-meetings".into(), 9);
    let decoded = round_trip(&Shared {
        answers: a,
        mentor: Some(Mentor {
            name: None,
            scale: BTreeMap::from([("scope".into(), 7), ("no-such-dimension".into(), 2)]),
        }),
        ..Shared::default()
    });
    assert_valid(&CONTENT, &decoded);
    assert!(!decoded.answers.scale.contains_key("scope"));
    assert!(!decoded.answers.scale.contains_key("risk"));
    assert!(!decoded.answers.figures.contains_key("coding-share"));
    assert!(!decoded.answers.motivation.contains_key("more-meetings"));
    assert_eq!(decoded.mentor, Some(Mentor::default()));
}

#[test]
fn names_are_normalised() {
    assert_eq!(
        normalise_name("  Ada\n Love\u{7}lace\t "),
        Some("Ada Lovelace".into())
    );
    assert_eq!(normalise_name(" \t\n"), None);
    assert_eq!(normalise_name(""), None);
    assert_eq!(normalise_name("\u{202E}evil\u{202C}"), Some("evil".into()));
    assert_eq!(normalise_name("מרים כהן"), Some("מרים כהן".into()));
    let long = "x".repeat(100);
    assert_eq!(
        normalise_name(&long).map(|n| n.chars().count()),
        Some(NAME_MAX)
    );
    // Multi-byte names stop at the byte bound, at a character boundary.
    for (c, chars) in [('é', 20), ('李', 13), ('🚀', 10)] {
        let n = normalise_name(&c.to_string().repeat(50)).expect("name");
        assert_eq!(n.chars().count(), chars, "{c}");
        assert!(n.len() <= NAME_MAX_BYTES);
    }
    // A cut never leaves trailing whitespace.
    let spaced = format!("{} tail", "a".repeat(NAME_MAX - 1));
    assert_eq!(normalise_name(&spaced), Some("a".repeat(NAME_MAX - 1)));

    let shared = Shared {
        name: Some(format!("  {}🚀  ", "Ada".repeat(20))),
        mentor: Some(Mentor {
            name: Some("\u{0}\u{1b}[31m".into()),
            scale: BTreeMap::new(),
        }),
        ..Shared::default()
    };
    let decoded = round_trip(&shared);
    assert_eq!(decoded.name, normalise_name(&"Ada".repeat(20)));
    assert_eq!(decoded.mentor.and_then(|m| m.name).as_deref(), Some("[31m"));
}

// ---- Length ----------------------------------------------------------------------------------

#[test]
fn a_full_link_stays_under_200_characters() {
    let longest = |c: &str| c.repeat(NAME_MAX);
    let mut report = Vec::new();
    for filler in ["W", "é", "李", "🚀", "👩‍💻"] {
        let shared = Shared {
            day: Some(DAY_EPOCH + 65_535),
            answers: all_answered(5, false),
            name: Some(longest(filler)),
            mentor: Some(Mentor {
                name: Some(longest(filler)),
                scale: mentor_rating(5),
            }),
        };
        let link = format!("{SITE}{}", encode(&CONTENT, &shared));
        assert!(
            link.len() <= LINK_MAX,
            "{} > {LINK_MAX}: {link}",
            link.len()
        );
        assert_eq!(round_trip(&shared).name, normalise_name(&longest(filler)));
        report.push((filler, link.len() - SITE.len()));
    }
    let typical = encode(
        &CONTENT,
        &Shared {
            answers: all_answered(3, true),
            ..Shared::default()
        },
    );
    let empty = encode(&CONTENT, &Shared::default());
    println!(
        "code lengths: empty {}, all answered {}, with names and mentor {:?}",
        empty.len(),
        typical.len(),
        report
    );
    assert!(typical.len() < 32);
}

#[test]
fn codes_only_use_fragment_safe_characters() {
    let code = encode(
        &CONTENT,
        &Shared {
            day: None,
            answers: mixed(),
            name: Some("Ünïcödé ✓".into()),
            mentor: None,
        },
    );
    assert!(code.starts_with(&FORMAT_VERSION.to_string()));
    assert!(code
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
}

// ---- Errors ----------------------------------------------------------------------------------

/// A code built by hand from the documented format: `fields` are (value, bits) pairs.
fn raw_code(version: u8, layout: u8, fields: &[(u32, u32)], extra: &[u8]) -> String {
    let mut bits = Vec::new();
    for &(v, n) in fields {
        for i in (0..n).rev() {
            bits.push((v >> i) & 1 == 1);
        }
    }
    let mut body: Vec<u8> = bits
        .chunks(8)
        .map(|c| {
            c.iter()
                .enumerate()
                .fold(0u8, |b, (i, bit)| b | (u8::from(*bit) << (7 - i)))
        })
        .collect();
    body.extend_from_slice(extra);
    let mut bytes = vec![layout, (body.len() + 3) as u8];
    bytes.extend(body);
    let mut crc = 0u8;
    for b in std::iter::once(version).chain(bytes.iter().copied()) {
        crc ^= b;
        for _ in 0..8 {
            crc = if crc & 0x80 != 0 {
                (crc << 1) ^ 0x07
            } else {
                crc << 1
            };
        }
    }
    bytes.push(crc);
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::from(char::from(b"0123456789abcdef"[usize::from(version)]));
    let mut acc = 0u32;
    let mut n = 0;
    for b in bytes {
        acc = (acc << 8) | u32::from(b);
        n += 8;
        while n >= 6 {
            n -= 6;
            out.push(char::from(alphabet[((acc >> n) & 63) as usize]));
        }
    }
    if n > 0 {
        out.push(char::from(alphabet[((acc << (6 - n)) & 63) as usize]));
    }
    out
}

/// Layout 1 fields: readiness, scale, figures, motivation, then the three flags.
fn fields(
    readiness: u32,
    scale: u32,
    figure: u32,
    motivation: u32,
    flags: (u32, u32, u32),
) -> Vec<(u32, u32)> {
    let mut f = vec![(readiness, 2)];
    f.extend(std::iter::repeat_n((0, 2), 11));
    f.push((scale, 3));
    f.extend(std::iter::repeat_n((0, 3), 15));
    f.push((0, 3));
    f.push((figure, 3));
    f.push((0, 3));
    f.push((motivation, 3));
    f.extend(std::iter::repeat_n((0, 3), 7));
    f.extend([(flags.0, 1), (flags.1, 1), (flags.2, 1)]);
    f
}

fn with_name(mut f: Vec<(u32, u32)>, name: &[u8]) -> Vec<(u32, u32)> {
    f.push((name.len() as u32, 6));
    f.extend(name.iter().map(|b| (u32::from(*b), 8)));
    f
}

#[test]
fn the_documented_format_decodes() {
    let code = raw_code(1, 1, &with_name(fields(1, 5, 4, 3, (1, 0, 0)), b"Bo"), &[]);
    let mut want = Answers::default();
    want.readiness.insert("org-problem".into(), true);
    want.scale.insert("scope".into(), 5);
    want.figures.insert("coding-share".into(), 3);
    want.motivation.insert("more-meetings".into(), 3);
    let shared = Shared {
        day: None,
        answers: want,
        name: Some("Bo".into()),
        mentor: None,
    };
    assert_eq!(decode(&CONTENT, &code), Ok(shared.clone()));
    // Format 1, as handed out before codes carried a day: it still decodes, without one.
    assert_eq!(encode_format(1, newest_layout(), &shared), code);

    // Format 2 ends with the day: a flag, then 16 bits of days since 2020-01-01.
    let mut dated = with_name(fields(1, 5, 4, 3, (1, 0, 0)), b"Bo");
    let day = staffcheck::domain::day::parse("2026-11-24").unwrap_or(0);
    dated.extend([(1, 1), ((day - DAY_EPOCH) as u32, 16)]);
    let code = raw_code(2, 1, &dated, &[]);
    let shared = Shared {
        day: Some(day),
        ..shared
    };
    assert_eq!(decode(&CONTENT, &code), Ok(shared.clone()));
    assert_eq!(encode(&CONTENT, &shared), code);
    // Format 2 without a day, and a format 2 code cut before its day bits.
    let mut undated = with_name(fields(1, 5, 4, 3, (1, 0, 0)), b"Bo");
    undated.push((0, 1));
    assert_eq!(
        decode(&CONTENT, &raw_code(2, 1, &undated, &[])).map(|s| s.day),
        Ok(None)
    );
}

/// An empty result (108 zero bits) and one more bit of padding, `bit`.
fn padded(bit: u32) -> Vec<(u32, u32)> {
    let mut f = vec![(0, 1); 108];
    f.push((bit, 1));
    f
}

#[test]
fn impossible_values_are_garbled_never_a_result() {
    let garbled = [
        raw_code(1, 1, &fields(3, 0, 0, 0, (0, 0, 0)), &[]), // readiness 3
        raw_code(1, 1, &fields(0, 6, 0, 0, (0, 0, 0)), &[]), // scale 6
        raw_code(1, 1, &fields(0, 7, 0, 0, (0, 0, 0)), &[]), // scale 7
        raw_code(1, 1, &fields(0, 0, 5, 0, (0, 0, 0)), &[]), // option 5 of 4
        raw_code(1, 1, &fields(0, 0, 7, 0, (0, 0, 0)), &[]), // option 7 of 4
        raw_code(1, 1, &fields(0, 0, 0, 6, (0, 0, 0)), &[]), // motivation 6
        raw_code(1, 1, &fields(0, 0, 0, 0, (0, 0, 1)), &[]), // mentor name, no mentor
        raw_code(1, 1, &fields(0, 0, 0, 0, (1, 0, 0)), &[]), // name flag, no name
        raw_code(1, 1, &with_name(fields(0, 0, 0, 0, (1, 0, 0)), b""), &[]),
        raw_code(
            1,
            1,
            &with_name(fields(0, 0, 0, 0, (1, 0, 0)), &[b'a'; 41]),
            &[],
        ),
        raw_code(
            1,
            1,
            &with_name(fields(0, 0, 0, 0, (1, 0, 0)), &[0xC3]),
            &[],
        ),
        raw_code(1, 1, &with_name(fields(0, 0, 0, 0, (1, 0, 0)), b"Bo "), &[]),
        raw_code(
            1,
            1,
            &with_name(fields(0, 0, 0, 0, (1, 0, 0)), b"B\no"),
            &[],
        ),
        raw_code(1, 1, &fields(0, 0, 0, 0, (0, 0, 0)), &[0]), // a byte too many
        raw_code(1, 1, &padded(1), &[]),                      // non-zero padding
        raw_code(0, 1, &fields(0, 0, 0, 0, (0, 0, 0)), &[]),  // version 0
    ];
    for code in &garbled {
        assert_eq!(decode(&CONTENT, code), Err(ShareError::Garbled), "{code}");
    }
    // The same shapes with valid values do decode, so the cases above fail for their reason.
    assert!(decode(
        &CONTENT,
        &raw_code(1, 1, &fields(2, 5, 4, 5, (0, 0, 0)), &[])
    )
    .is_ok());
    assert!(decode(&CONTENT, &raw_code(1, 1, &padded(0), &[])).is_ok());
}

#[test]
fn each_error_has_its_cause() {
    let code = encode(
        &CONTENT,
        &Shared {
            answers: mixed(),
            ..Shared::default()
        },
    );
    let d = |s: &str| decode(&CONTENT, s);
    assert_eq!(d(""), Err(ShareError::Empty));
    assert_eq!(d("  \n\t "), Err(ShareError::Empty));
    assert_eq!(
        d("https://example.github.io/staffcheck/#/r/"),
        Err(ShareError::Empty)
    );
    assert_eq!(d("1"), Err(ShareError::Truncated));
    assert_eq!(d(&code[..code.len() - 1]), Err(ShareError::Truncated));
    assert_eq!(d(&"1".repeat(MAX_CODE_LEN + 1)), Err(ShareError::TooLong));
    assert_eq!(d(&"A".repeat(10_000_000)), Err(ShareError::TooLong));
    assert_eq!(
        d(&format!("3{}", &code[1..])),
        Err(ShareError::NewerVersion(3))
    );
    assert_eq!(
        d(&format!("_{}", &code[1..])),
        Err(ShareError::NewerVersion(63))
    );
    for bad in [
        format!("{code}="),
        format!("{code}=="),
        code.replace('-', "+").replace('_', "/") + "+",
        format!("{} {}", &code[..5], &code[5..]),
        format!("é{}", &code[1..]),
        format!("{}é", &code[..code.len() - 1]),
        format!("!{}", &code[1..]),
        "1\u{0}\u{0}\u{0}".into(),
        "1🚀🚀🚀🚀".into(),
        format!("{code}A"),
        format!("{code}AA"),
    ] {
        assert_eq!(d(&bad), Err(ShareError::Garbled), "{bad:?}");
    }
    // Surrounding whitespace and a whole pasted link are fine.
    let ok = d(&code).expect("decodes");
    assert_eq!(d(&format!("  {code}\n")), Ok(ok.clone()));
    assert_eq!(d(&format!("{SITE}{code}")), Ok(ok));
    for e in [
        ShareError::Empty,
        ShareError::Garbled,
        ShareError::Truncated,
        ShareError::TooLong,
        ShareError::NewerVersion(2),
        ShareError::UnknownLayout(2),
    ] {
        assert!(e.message().len() > 40 && e.message().ends_with('.'));
        assert_eq!(e.to_string(), e.message());
    }
    assert!(ShareError::NewerVersion(2)
        .message()
        .contains("newer staffcheck"));
}

#[test]
fn every_cut_of_a_code_is_truncated() {
    let codes = [
        encode(&CONTENT, &Shared::default()),
        encode(
            &CONTENT,
            &Shared {
                day: Some(DAY_EPOCH + 65_535),
                answers: all_answered(5, true),
                name: Some("👩‍💻 Ada".repeat(9)),
                mentor: Some(Mentor {
                    name: Some("Grace".into()),
                    scale: mentor_rating(4),
                }),
            },
        ),
    ];
    for code in codes {
        assert_eq!(decode(&CONTENT, &code[..0]), Err(ShareError::Empty));
        for len in 1..code.len() {
            assert_eq!(
                decode(&CONTENT, &code[..len]),
                Err(ShareError::Truncated),
                "{len} of {code}"
            );
        }
    }
}

// ---- Properties ------------------------------------------------------------------------------

fn arb_name() -> impl Strategy<Value = Option<String>> {
    let pool = prop_oneof![
        any::<char>(),
        prop::sample::select(vec![
            ' ', '\n', '\u{202E}', 'é', '李', '🚀', '\u{200D}', 'ש', 'a'
        ]),
    ];
    proptest::option::of(proptest::collection::vec(pool, 0..60))
        .prop_map(|c| c.map(|c| c.into_iter().collect()))
}

fn arb_shared() -> impl Strategy<Value = Shared> {
    let nr = CONTENT.readiness.len();
    let nd = CONTENT.dimensions.len();
    let nf = CONTENT.figures.len();
    let nm = CONTENT.motivation.len();
    (
        proptest::collection::vec(proptest::option::of(any::<bool>()), nr),
        proptest::collection::vec(proptest::option::of(1u8..=5), nd),
        proptest::collection::vec(proptest::option::of(0u8..7), nf),
        proptest::collection::vec(proptest::option::of(1u8..=5), nm),
        arb_name(),
        proptest::option::of((
            arb_name(),
            proptest::collection::vec(proptest::option::of(1u8..=5), nd),
        )),
    )
        .prop_map(|(r, s, f, m, name, mentor)| {
            let mut a = Answers::default();
            let pick = |ids: Vec<&str>, v: Vec<Option<u8>>| -> BTreeMap<String, u8> {
                ids.into_iter()
                    .zip(v)
                    .filter_map(|(id, v)| v.map(|v| (id.to_string(), v)))
                    .collect()
            };
            for (x, v) in CONTENT.readiness.iter().zip(r) {
                if let Some(v) = v {
                    a.readiness.insert(x.id.into(), v);
                }
            }
            let dims = || CONTENT.dimensions.iter().map(|d| d.id).collect::<Vec<_>>();
            a.scale = pick(dims(), s);
            for (x, v) in CONTENT.figures.iter().zip(f) {
                if let Some(v) = v {
                    a.figures.insert(x.id.into(), v % x.options.len() as u8);
                }
            }
            a.motivation = pick(CONTENT.motivation.iter().map(|m| m.id).collect(), m);
            Shared {
                day: None,
                answers: a,
                name,
                mentor: mentor.map(|(name, scale)| Mentor {
                    name,
                    scale: pick(dims(), scale),
                }),
            }
        })
}

/// What encoding keeps of a valid result: its names normalised.
fn normalised(mut s: Shared) -> Shared {
    s.name = s.name.as_deref().and_then(normalise_name);
    if let Some(m) = &mut s.mentor {
        m.name = m.name.as_deref().and_then(normalise_name);
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn decode_of_encode_is_identity(shared in arb_shared()) {
        let code = encode(&CONTENT, &shared);
        prop_assert!(SITE.len() + code.len() <= LINK_MAX, "{}", code.len());
        prop_assert_eq!(decode(&CONTENT, &code), Ok(normalised(shared)));
    }

    #[test]
    fn normalising_a_name_is_idempotent(name in arb_name()) {
        if let Some(n) = name.as_deref().and_then(normalise_name) {
            prop_assert!(n.chars().count() <= NAME_MAX && n.len() <= NAME_MAX_BYTES);
            prop_assert_eq!(normalise_name(&n), Some(n.clone()));
        }
    }

    #[test]
    fn decoding_any_string_never_panics(s in ".{0,200}") {
        if let Ok(shared) = decode(&CONTENT, &s) {
            assert_valid(&CONTENT, &shared);
        }
    }
}

// ---- Fuzzing ---------------------------------------------------------------------------------

/// xorshift64: small, fast and reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

const NAMES: [&str; 7] = [
    "Ada",
    "Zoë 🚀",
    "מרים כהן",
    "فاطمة",
    "李小龍",
    "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
    "👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻",
];

fn random_shared(rng: &mut Rng) -> Shared {
    let mut a = Answers::default();
    for r in CONTENT.readiness {
        if rng.chance(2) {
            a.readiness.insert(r.id.into(), rng.chance(2));
        }
    }
    let scale = |rng: &mut Rng| {
        let mut m = BTreeMap::new();
        for d in CONTENT.dimensions {
            if rng.chance(2) {
                m.insert(d.id.to_string(), rng.below(5) as u8 + 1);
            }
        }
        m
    };
    a.scale = scale(rng);
    for f in CONTENT.figures {
        if rng.chance(2) {
            a.figures
                .insert(f.id.into(), rng.below(f.options.len()) as u8);
        }
    }
    for m in CONTENT.motivation {
        if rng.chance(2) {
            a.motivation.insert(m.id.into(), rng.below(5) as u8 + 1);
        }
    }
    let name = |rng: &mut Rng| (!rng.chance(3)).then(|| rng.pick(&NAMES).to_string());
    Shared {
        day: rng.chance(2).then(|| DAY_EPOCH + rng.below(65_536) as i64),
        name: name(rng),
        mentor: rng.chance(2).then(|| Mentor {
            name: name(rng),
            scale: scale(rng),
        }),
        answers: a,
    }
}

const CODE_CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const ODD_CHARS: [char; 10] = ['=', '+', '/', ' ', '#', '%', '\u{0}', 'é', '🚀', '\u{202E}'];

fn random_char(rng: &mut Rng) -> char {
    if rng.chance(8) {
        rng.pick(&ODD_CHARS)
    } else {
        char::from(rng.pick(CODE_CHARS))
    }
}

/// `code` with 1..=4 random edits: flips, deletions, insertions, duplicated runs, swaps, cuts.
fn mutate(rng: &mut Rng, code: &str) -> String {
    let mut c: Vec<char> = code.chars().collect();
    for _ in 0..=rng.below(4) {
        let at = rng.below(c.len());
        match rng.below(6) {
            0 if !c.is_empty() => c[at] = random_char(rng),
            1 if !c.is_empty() => {
                c.remove(at);
            }
            2 => c.insert(at.min(c.len()), random_char(rng)),
            3 if !c.is_empty() => {
                let end = (at + 1 + rng.below(8)).min(c.len());
                let run: Vec<char> = c[at..end].to_vec();
                c.splice(end..end, run);
            }
            4 if c.len() > 1 => {
                let other = rng.below(c.len());
                c.swap(at, other);
            }
            _ => c.truncate(at),
        }
    }
    c.into_iter().collect()
}

#[test]
fn decoding_100_000_random_and_mutated_strings_never_panics() {
    let mut rng = Rng(0x5EED_CAFE_F00D_BEEF);
    let mut tried = 0usize;
    let mut ok = 0usize;
    // Whatever decodes is a valid result, and it is exactly what its own code says: encoding it
    // again and decoding that gives the same result back.
    let check = |s: &str, tried: &mut usize| {
        *tried += 1;
        if let Ok(shared) = decode(&CONTENT, s) {
            assert_valid(&CONTENT, &shared);
            assert_eq!(
                decode(&CONTENT, &encode(&CONTENT, &shared)).as_ref(),
                Ok(&shared),
                "{s}"
            );
            true
        } else {
            false
        }
    };

    // Random bytes (made into text) and random strings over the code alphabet.
    for _ in 0..20_000 {
        let len = rng.below(200);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        check(&String::from_utf8_lossy(&bytes), &mut tried);
        let s: String = std::iter::once(rng.pick(&['1', '1', '0', '2', 'x']))
            .chain((0..len).map(|_| random_char(&mut rng)))
            .collect();
        check(&s, &mut tried);
    }

    // Valid codes: one character changed is always caught; other edits never give junk.
    for _ in 0..20_000 {
        let code = encode(&CONTENT, &random_shared(&mut rng));
        let at = rng.below(code.len());
        let mut flipped: Vec<u8> = code.clone().into_bytes();
        let was = flipped[at];
        while flipped[at] == was {
            flipped[at] = rng.pick(CODE_CHARS);
        }
        let flipped = String::from_utf8(flipped).expect("ascii");
        assert!(decode(&CONTENT, &flipped).is_err(), "{code} -> {flipped}");
        tried += 1;
        for _ in 0..3 {
            let m = mutate(&mut rng, &code);
            if check(&m, &mut tried) && m != code {
                ok += 1;
            }
        }
    }

    // Every cut of some valid codes.
    for _ in 0..200 {
        let code = encode(&CONTENT, &random_shared(&mut rng));
        for len in 0..code.len() {
            assert!(decode(&CONTENT, &code[..len]).is_err());
            tried += 1;
        }
    }
    println!("fuzzed {tried} strings; {ok} mutated codes still decoded (to valid results)");
    // The mutations must reach the decoder's success path too, or the checks above test nothing.
    assert!(ok > 0, "no mutated code decoded");
}

// ---- Quick checks (format 3) -----------------------------------------------------------------

/// A quick check with the first `yes` statements answered yes, the rest not yet.
fn quick(yes: usize, name: Option<&str>, day: Option<i64>) -> Quick {
    Quick {
        readiness: CONTENT
            .readiness
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.to_string(), i < yes))
            .collect(),
        name: name.map(String::from),
        day,
    }
}

#[test]
fn quick_checks_round_trip_in_a_code_shorter_than_a_full_one() {
    let long = "W".repeat(NAME_MAX);
    for yes in 0..=CONTENT.readiness.len() {
        for name in [None, Some("Priya"), Some("  Zoë 🚀 "), Some(long.as_str())] {
            for day in [None, Some(DAY_EPOCH), Some(DAY_EPOCH + 65_535)] {
                let q = quick(yes, name, day);
                let code = encode_quick(&CONTENT, &q);
                assert!(code.starts_with(&QUICK_FORMAT.to_string()), "{code}");
                let expected = Quick {
                    name: name.and_then(normalise_name),
                    ..q.clone()
                };
                assert_eq!(decode_link(&CONTENT, &code), Ok(Link::Quick(expected)));
                let full = encode(
                    &CONTENT,
                    &Shared {
                        answers: Answers {
                            readiness: q.readiness.clone(),
                            ..Answers::default()
                        },
                        name: q.name.clone(),
                        mentor: None,
                        day,
                    },
                );
                assert!(code.len() < full.len(), "{code} vs {full}");
                assert!(SITE.len() + code.len() <= LINK_MAX);
            }
        }
    }
    // Twelve bits, two flags and the day in 7 bytes: the digit and 10 characters.
    assert_eq!(
        encode_quick(&CONTENT, &quick(8, None, Some(DAY_EPOCH + 2500))).len(),
        11
    );
}

#[test]
fn a_quick_code_leaves_out_what_the_content_does_not_have_and_reads_open_statements_as_not_yet() {
    let mut q = quick(12, None, None);
    q.readiness.remove("say-no");
    q.readiness.insert("no-such-statement".into(), true);
    let Ok(Link::Quick(back)) = decode_link(&CONTENT, &encode_quick(&CONTENT, &q)) else {
        panic!("a quick code decodes as a quick check");
    };
    assert_eq!(back.readiness.len(), CONTENT.readiness.len());
    assert_eq!(back.readiness.get("say-no"), Some(&false));
    assert!(!back.readiness.contains_key("no-such-statement"));
    assert_eq!(back.readiness.values().filter(|y| **y).count(), 11);
}

#[test]
fn the_documented_quick_format_decodes() {
    // Statements 1..=8 yes, 9..=12 not yet; no name; day 2500 (0x09C4).
    let mut f: Vec<(u32, u32)> = (0..12).map(|i| (u32::from(i < 8), 1)).collect();
    f.extend([(0, 1), (1, 1), (0x09, 8), (0xC4, 8)]);
    let code = raw_code(3, 1, &f, &[]);
    assert_eq!(
        decode_link(&CONTENT, &code),
        Ok(Link::Quick(quick(8, None, Some(DAY_EPOCH + 2500))))
    );
    assert_eq!(
        code,
        encode_quick(&CONTENT, &quick(8, None, Some(DAY_EPOCH + 2500)))
    );
    // With a name.
    let mut named: Vec<(u32, u32)> = (0..12).map(|_| (1, 1)).collect();
    named.push((1, 1));
    let named = with_name(named, b"Ada");
    let mut named = named;
    named.push((0, 1));
    assert_eq!(
        decode_link(&CONTENT, &raw_code(3, 1, &named, &[])),
        Ok(Link::Quick(quick(12, Some("Ada"), None)))
    );
    // Impossible values are garbled: a name that is not in normal form, non-zero padding, an
    // extra byte, a cut-off day.
    let mut spaced: Vec<(u32, u32)> = (0..12).map(|_| (0, 1)).collect();
    spaced.push((1, 1));
    let mut spaced = with_name(spaced, b" Ada");
    spaced.push((0, 1));
    let mut padded: Vec<(u32, u32)> = (0..12).map(|_| (0, 1)).collect();
    padded.extend([(0, 1), (0, 1), (1, 1)]);
    let mut cut: Vec<(u32, u32)> = (0..12).map(|_| (0, 1)).collect();
    cut.extend([(0, 1), (1, 1), (0x09, 8)]);
    for bad in [
        raw_code(3, 1, &spaced, &[]),
        raw_code(3, 1, &padded, &[]),
        raw_code(3, 1, &f, &[0]),
        raw_code(3, 1, &cut, &[]),
    ] {
        assert_eq!(
            decode_link(&CONTENT, &bad),
            Err(ShareError::Garbled),
            "{bad}"
        );
    }
    assert_eq!(
        decode_link(&CONTENT, &raw_code(3, 9, &f, &[])),
        Err(ShareError::UnknownLayout(9))
    );
    assert_eq!(
        decode_link(&CONTENT, &raw_code(4, 1, &f, &[])),
        Err(ShareError::NewerVersion(4))
    );
}

#[test]
fn a_build_that_reads_full_results_only_calls_a_quick_code_newer() {
    let code = encode_quick(&CONTENT, &quick(9, Some("Priya"), Some(DAY_EPOCH + 9)));
    assert_eq!(decode(&CONTENT, &code), Err(ShareError::NewerVersion(3)));
}

#[test]
fn every_full_code_reads_through_decode_link_exactly_as_before() {
    let mut rng = Rng(0xF00D_0000_1234_5678);
    for _ in 0..5_000 {
        let shared = random_shared(&mut rng);
        for code in [
            encode(&CONTENT, &shared),
            encode_format(1, &LAYOUT_1, &shared),
        ] {
            let old = decode(&CONTENT, &code);
            assert!(old.is_ok(), "{code}");
            assert_eq!(decode_link(&CONTENT, &code), old.map(Link::Full), "{code}");
            // Damaged full codes fail the same way through both.
            let m = mutate(&mut rng, &code);
            if !m.starts_with('3') {
                assert_eq!(
                    decode_link(&CONTENT, &m),
                    decode(&CONTENT, &m).map(Link::Full),
                    "{m}"
                );
            }
        }
    }
}

fn random_quick(rng: &mut Rng) -> Quick {
    let mut q = quick(0, None, None);
    for v in q.readiness.values_mut() {
        *v = rng.chance(2);
    }
    q.name = (!rng.chance(3)).then(|| rng.pick(&NAMES).to_string());
    q.day = rng.chance(2).then(|| DAY_EPOCH + rng.below(65_536) as i64);
    q
}

#[test]
fn fuzzed_quick_codes_never_panic_and_never_give_junk() {
    let mut rng = Rng(0x0DDB_A11C_0FFE_E000);
    let check = |s: &str| match decode_link(&CONTENT, s) {
        Ok(Link::Quick(q)) => {
            assert!(q
                .readiness
                .keys()
                .all(|id| CONTENT.readiness.iter().any(|r| r.id == id)));
            assert!(q
                .name
                .as_deref()
                .is_none_or(|n| normalise_name(n).as_deref() == Some(n)));
            assert_eq!(
                decode_link(&CONTENT, &encode_quick(&CONTENT, &q)),
                Ok(Link::Quick(q)),
                "{s}"
            );
            true
        }
        Ok(Link::Full(shared)) => {
            assert_valid(&CONTENT, &shared);
            true
        }
        Err(_) => false,
    };
    for _ in 0..20_000 {
        let len = rng.below(40);
        let s: String = std::iter::once('3')
            .chain((0..len).map(|_| random_char(&mut rng)))
            .collect();
        check(&s);
        let code = encode_quick(&CONTENT, &random_quick(&mut rng));
        let at = rng.below(code.len());
        let mut flipped: Vec<u8> = code.clone().into_bytes();
        let was = flipped[at];
        while flipped[at] == was {
            flipped[at] = rng.pick(CODE_CHARS);
        }
        let flipped = String::from_utf8(flipped).expect("ascii");
        assert!(
            decode_link(&CONTENT, &flipped).is_err(),
            "{code} -> {flipped}"
        );
        for _ in 0..3 {
            check(&mutate(&mut rng, &code));
        }
        for len in 0..code.len() {
            assert!(decode_link(&CONTENT, &code[..len]).is_err());
        }
        // The success path is checked too: a whole pasted link decodes.
        assert!(check(&format!("{SITE}{code}")), "{code}");
    }
}
