//! Sharing a result as a private link: a result packs into a short code for `#/r/<code>`.
//!
//! Nothing leaves the browser: the whole result travels inside the link's fragment, which
//! browsers never send to a server. Private notes are never encoded.
//!
//! # The code
//!
//! ```text
//! <version digit><base64url of the bytes below, no padding>
//! ```
//!
//! The version digit is the format version written with [`VERSION_DIGITS`] (`0-9a-zA-Z-_`), so
//! format 1 codes start with `1`. A newer format may change everything after that digit, so it
//! is checked before anything else ([`ShareError::NewerVersion`]).
//!
//! | Bytes     | Field    | Meaning                                                            |
//! |-----------|----------|--------------------------------------------------------------------|
//! | 0         | layout   | Which [`Layout`] (list of content ids) the answers follow: 1..=255 |
//! | 1         | length   | Total number of bytes `N`, this header and the checksum included   |
//! | 2..N-1    | answers  | The bit stream below, most significant bit first, zero-padded      |
//! | N-1       | checksum | CRC-8 (poly 0x07, init 0) over the version number and bytes 0..N-1 |
//!
//! Layout 0 is a team's own ladder: 4 bytes of ladder id follow the length byte (see "Ladders").
//!
//! The bit stream, in the order of the layout's id lists:
//!
//! | Bits              | Field                 | Values                                        |
//! |-------------------|-----------------------|-----------------------------------------------|
//! | 2 per statement   | readiness             | 0 unanswered, 1 yes, 2 not yet (3 invalid)    |
//! | 3 per dimension   | scale                 | 0 unanswered, 1..=5 (6, 7 invalid)            |
//! | 3 per figure      | figures               | 0 unanswered, else option index + 1           |
//! | 3 per statement   | motivation            | 0 unanswered, 1..=5 (6, 7 invalid)            |
//! | 1                 | has name              |                                               |
//! | 1                 | has mentor            |                                               |
//! | 1                 | has mentor name       | must be 0 without a mentor                    |
//! | 6 + 8 per byte    | name (if has name)    | byte length 1..=[`NAME_MAX_BYTES`], UTF-8     |
//! | 3 per dimension   | mentor's scale        | 0 unrated, 1..=5 (only with a mentor)         |
//! | 6 + 8 per byte    | mentor's name         | as the name (only with a mentor name)         |
//! | 1                 | has day (format 2)    |                                               |
//! | 16                | day (if has day)      | days since 2020-01-01 the self-check finished |
//!
//! # Quick check codes (format 3)
//!
//! A quick check (`#/check`) answers the readiness statements only, each yes or not yet, so its
//! code has a layout of its own: the same version digit (`3`), header, length byte and checksum,
//! and a much shorter bit stream. [`decode`] reads full results only (a quick code is newer to it,
//! as to every build before quick checks); [`decode_link`] reads both.
//!
//! | Bits              | Field                 | Values                                        |
//! |-------------------|-----------------------|-----------------------------------------------|
//! | 1 per statement   | readiness             | 1 yes, 0 not yet                              |
//! | 1                 | has name              |                                               |
//! | 6 + 8 per byte    | name (if has name)    | as in full codes                              |
//! | 1                 | has day               |                                               |
//! | 16                | day (if has day)      | days since 2020-01-01 the check was done      |
//!
//! Every value is checked on decoding: an out-of-range value, a figure index beyond the layout's
//! options, a name that is not valid UTF-8 or not in normal form (see [`normalise_name`]), or
//! non-zero padding is [`ShareError::Garbled`], never a bogus result. The length byte tells a
//! cut-off link ([`ShareError::Truncated`]) from a damaged one.
//!
//! # Layouts
//!
//! A code stores answers by position, so the meaning of each position is frozen in [`LAYOUTS`]:
//! layout 1 lists today's content ids literally. When the content's ids change, a new layout is
//! appended (a native test compares the content with the newest layout, so it cannot be
//! forgotten). Decoding maps an old code by id onto the current content: answers to ids that no
//! longer exist are dropped, and items added since simply come out unanswered.
//!
//! # Ladders
//!
//! A team can build staffcheck from its own content folder (`STAFFCHECK_CONTENT`, see the README's
//! "Your own ladder"), whose ids are not the built-in ladder's. Such a build writes its codes in
//! layout [`OWN_LADDER`] (0): the length byte is followed by the 4 bytes of its ladder id
//! ([`crate::content::LADDER`], a fingerprint of the content's ids, big-endian), then the bit
//! stream in the order of the ladder's own ids. A code is read only by a build of the same ladder
//! id; any other ladder's code, or a code of another version of the same ladder whose ids changed,
//! is [`ShareError::OtherLadder`], never misread. A build whose ids are the built-in ladder's (the
//! newest layout's; rewording texts keeps them) writes and reads the numbered layouts exactly as
//! before, so every code already handed out keeps its meaning; a numbered code opened in another
//! ladder's build is [`ShareError::OtherLadder`] too.
//!
//! # Names and the length bound
//!
//! A name is at most [`NAME_MAX`] characters *and* at most [`NAME_MAX_BYTES`] bytes of UTF-8,
//! cut at a character boundary. The byte bound keeps the longest link (both names, a mentor
//! rating, every item answered, the day) at 144 characters of code, about 184 with the site address in
//! front, under the 200 we promise. An ASCII name gets all 40 characters; a name in a script
//! of 2, 3 or 4 bytes per character gets 20, 13 or 10.

use std::collections::BTreeMap;
use std::fmt;

use crate::content::{Content, LADDER};
use crate::domain::answers::{Answers, SCALE_MAX, SCALE_MIN};

/// The format this build writes for a full result.
pub const FORMAT_VERSION: u8 = 2;
/// The format of a quick check's code (see the module docs): readiness only.
pub const QUICK_FORMAT: u8 = 3;
/// Format 2 adds the day the self-check was finished; format 1 codes (handed out before) still
/// decode, without a day.
pub const DAY_BITS: u32 = 16;
/// Days are counted from this day (2020-01-01 is day 18262 since 1970): 16 bits reach 2199.
pub const DAY_EPOCH: i64 = 18_262;
/// The digits of the version prefix: the version number is the digit's index.
pub const VERSION_DIGITS: &[u8; 64] =
    b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
/// Names are cut to this many characters on encoding.
pub const NAME_MAX: usize = 40;
/// ... and to this many bytes of UTF-8, at a character boundary (see the module docs).
pub const NAME_MAX_BYTES: usize = 40;
/// Anything longer is refused before decoding. The longest code this format can hold is
/// 1 + 340 characters (the length byte caps the bytes at 255).
pub const MAX_CODE_LEN: usize = 400;

const NAME_LEN_BITS: u32 = 6;
const HEADER: usize = 2;

/// A result as shared: the answers (without notes), and optionally names and a mentor's rating.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shared {
    /// `notes` are never encoded: always empty after decoding.
    pub answers: Answers,
    pub name: Option<String>,
    pub mentor: Option<Mentor>,
    /// The day the self-check was finished (days since 1970-01-01); `None` in format 1 codes.
    pub day: Option<i64>,
}

/// A quick check as shared: the readiness answers (every statement yes or not yet), a name and
/// the day it was done.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Quick {
    /// Statement id -> yes (true) / not yet (false).
    pub readiness: BTreeMap<String, bool>,
    pub name: Option<String>,
    /// Days since 1970-01-01.
    pub day: Option<i64>,
}

/// What a link holds: a full result or a quick check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Link {
    Full(Shared),
    Quick(Quick),
}

/// A mentor's view of the same dimensions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mentor {
    pub name: Option<String>,
    /// Dimension id -> 1..=5.
    pub scale: BTreeMap<String, u8>,
}

/// The content ids a code's positions refer to, frozen per layout number.
#[derive(Debug, PartialEq, Eq)]
pub struct Layout {
    pub number: u8,
    pub readiness: &'static [&'static str],
    pub dimensions: &'static [&'static str],
    /// Figure id and its number of options (at most 7).
    pub figures: &'static [(&'static str, u8)],
    pub motivation: &'static [&'static str],
}

/// The content ids when sharing was introduced. Never edit: append a new layout instead.
pub const LAYOUT_1: Layout = Layout {
    number: 1,
    readiness: &[
        "org-problem",
        "visible-dashboard",
        "paved-road-adopted",
        "cross-team-rfc",
        "standard-enforced",
        "before-after-metrics",
        "recognised-dri",
        "say-no",
        "sponsor-engineer",
        "quarterly-memos",
        "declined-popular-work",
        "succession-plan",
    ],
    dimensions: &[
        "scope",
        "time-horizon",
        "ambiguity",
        "influence",
        "leadership",
        "decisions",
        "impact",
        "communication",
        "autonomy",
        "risk",
        "quality",
        "metrics",
        "artifacts",
        "mentorship",
        "depth-vs-breadth",
        "problem-solving",
    ],
    figures: &[
        ("cross-team-share", 5),
        ("coding-share", 4),
        ("planning-horizon", 5),
    ],
    motivation: &[
        "more-meetings",
        "more-writing",
        "slower-feedback",
        "more-ambiguity",
        "cross-team-negotiation",
        "impact-through-others",
        "visible-failures",
        "others-implement",
    ],
};

/// Every layout ever released, oldest first; the last one is written.
pub static LAYOUTS: [Layout; 1] = [LAYOUT_1];

/// The newest layout of the built-in ladder.
pub fn newest_layout() -> &'static Layout {
    let [.., newest] = &LAYOUTS;
    newest
}

/// The layout number of a code in a team's own ladder: its ladder id follows the length byte.
pub const OWN_LADDER: u8 = 0;
const LADDER_ID_BYTES: usize = 4;

/// This build's ladder as a layout, numbered [`OWN_LADDER`]: the one its codes follow when its ids
/// are not the built-in ladder's.
pub static OWN_LAYOUT: Layout = Layout {
    number: OWN_LADDER,
    readiness: LADDER.readiness,
    dimensions: LADDER.dimensions,
    figures: LADDER.figures,
    motivation: LADDER.motivation,
};

/// Whether this build's content has the built-in ladder's ids (the newest layout's, in order).
pub fn is_built_in() -> bool {
    let (a, b) = (newest_layout(), &OWN_LAYOUT);
    a.readiness == b.readiness
        && a.dimensions == b.dimensions
        && a.figures == b.figures
        && a.motivation == b.motivation
}

/// The layout this build writes: the built-in ladder's newest, or the build's own ladder.
pub fn written_layout() -> &'static Layout {
    if is_built_in() {
        newest_layout()
    } else {
        &OWN_LAYOUT
    }
}

/// Why a code could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing after `#/r/`.
    Empty,
    /// Characters outside the alphabet, a failed checksum or an impossible value.
    Garbled,
    /// Part of the code is missing.
    Truncated,
    /// Longer than `MAX_CODE_LEN`.
    TooLong,
    /// Written in a format newer than `FORMAT_VERSION`.
    NewerVersion(u8),
    /// Refers to a layout this build does not know (a newer content version).
    UnknownLayout(u8),
    /// Made with another ladder, or another version of this one whose ids changed (see "Ladders").
    OtherLadder,
}

impl ShareError {
    /// A plain-English explanation for the error page.
    pub fn message(&self) -> &'static str {
        use crate::content::ui::share_error as text;
        match self {
            ShareError::Empty => text::EMPTY,
            ShareError::Garbled => text::GARBLED,
            ShareError::Truncated => text::TRUNCATED,
            ShareError::TooLong => text::TOO_LONG,
            ShareError::NewerVersion(_) => text::NEWER_VERSION,
            ShareError::UnknownLayout(_) => text::UNKNOWN_LAYOUT,
            ShareError::OtherLadder => text::OTHER_LADDER,
        }
    }
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for ShareError {}

/// Whether `c` is dropped from names: control characters, and the bidi embedding, override and
/// isolate controls that could reorder the text around a name.
fn dropped_from_names(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The form a name is shared in: control characters and bidi embedding/override/isolate
/// controls dropped, surrounding whitespace trimmed, cut to `NAME_MAX` characters and
/// `NAME_MAX_BYTES` bytes at a character boundary; `None` when nothing is left. Idempotent.
/// (A cut may split a multi-character emoji or a combining sequence; the UI should still show
/// names inside `<bdi>` so right-to-left names do not reorder the text around them.)
pub fn normalise_name(name: &str) -> Option<String> {
    let cleaned: String = name.chars().filter(|c| !dropped_from_names(*c)).collect();
    let mut out = String::new();
    for c in cleaned.trim().chars().take(NAME_MAX) {
        if out.len() + c.len_utf8() > NAME_MAX_BYTES {
            break;
        }
        out.push(c);
    }
    let out = out.trim_end();
    (!out.is_empty()).then(|| out.to_string())
}

/// The code for `shared` (without `#/r/`), in [`written_layout`]. Answers to ids the content does
/// not have and out-of-range values are left out; notes are never encoded.
pub fn encode(content: &Content, shared: &Shared) -> String {
    let a = &shared.answers;
    let readiness = |id: &str| content.readiness.iter().any(|r| r.id == id);
    let dimension = |id: &str| content.dimension(id).is_some();
    let motivation = |id: &str| content.motivation.iter().any(|m| m.id == id);
    let figure = |id: &str, i: u8| {
        content
            .figures
            .iter()
            .any(|f| f.id == id && usize::from(i) < f.options.len())
    };
    let scale = |map: &BTreeMap<String, u8>| keep(map, |id, _| dimension(id));
    let answers = Answers {
        readiness: keep(&a.readiness, |id, _| readiness(id)),
        notes: BTreeMap::new(),
        scale: scale(&a.scale),
        figures: keep(&a.figures, |id, i| figure(id, *i)),
        motivation: keep(&a.motivation, |id, _| motivation(id)),
    };
    let mentor = shared.mentor.as_ref().map(|m| Mentor {
        name: m.name.clone(),
        scale: scale(&m.scale),
    });
    encode_with(
        written_layout(),
        &Shared {
            answers,
            name: shared.name.clone(),
            mentor,
            day: shared.day,
        },
    )
}

/// The entries of `map` that pass `f`.
fn keep<V: Clone>(map: &BTreeMap<String, V>, f: impl Fn(&str, &V) -> bool) -> BTreeMap<String, V> {
    // Inserted one by one: `collect()` into a BTreeMap would compile a whole sort.
    let mut out = BTreeMap::new();
    for (id, v) in map.iter().filter(|(id, v)| f(id, v)) {
        out.insert(id.clone(), v.clone());
    }
    out
}

/// The code for `shared` in `layout`, whatever the content (for tests of older layouts).
/// Answers to ids outside the layout and out-of-range values are left out.
pub fn encode_with(layout: &Layout, shared: &Shared) -> String {
    encode_format(FORMAT_VERSION, layout, shared)
}

/// The code for `shared` in `layout` and format `format` (1: no day; for tests of the codes
/// handed out before format 2). A layout numbered [`OWN_LADDER`] carries this build's ladder id.
pub fn encode_format(format: u8, layout: &Layout, shared: &Shared) -> String {
    encode_in_ladder(format, LADDER.id, layout, shared)
}

/// `encode_format` with the ladder id `ladder` written into a code of layout [`OWN_LADDER`]
/// (for tests of another ladder's codes); numbered layouts carry none.
pub fn encode_in_ladder(format: u8, ladder: u32, layout: &Layout, shared: &Shared) -> String {
    let a = &shared.answers;
    let mut w = BitWriter::default();
    for id in layout.readiness {
        w.put(
            match a.readiness.get(*id) {
                None => 0,
                Some(true) => 1,
                Some(false) => 2,
            },
            2,
        );
    }
    let point = |v: Option<&u8>| match v {
        Some(v) if (SCALE_MIN..=SCALE_MAX).contains(v) => u32::from(*v),
        _ => 0,
    };
    for id in layout.dimensions {
        w.put(point(a.scale.get(*id)), 3);
    }
    for (id, options) in layout.figures {
        w.put(
            match a.figures.get(*id) {
                Some(i) if i < options && *i < 7 => u32::from(*i) + 1,
                _ => 0,
            },
            3,
        );
    }
    for id in layout.motivation {
        w.put(point(a.motivation.get(*id)), 3);
    }
    let name = shared.name.as_deref().and_then(normalise_name);
    let mentor_name = shared
        .mentor
        .as_ref()
        .and_then(|m| m.name.as_deref())
        .and_then(normalise_name);
    w.put(u32::from(name.is_some()), 1);
    w.put(u32::from(shared.mentor.is_some()), 1);
    w.put(u32::from(mentor_name.is_some()), 1);
    if let Some(name) = &name {
        w.put_name(name);
    }
    if let Some(m) = &shared.mentor {
        for id in layout.dimensions {
            w.put(point(m.scale.get(*id)), 3);
        }
        if let Some(name) = &mentor_name {
            w.put_name(name);
        }
    }
    // Format 2: the day, when it fits the 16 bits.
    if format >= 2 {
        put_day(&mut w, shared.day);
    }
    pack(format, ladder, layout, w)
}

/// The code of a quick check (without `#/r/`), in [`written_layout`]: statements the content
/// does not have are left out, and each of the layout's statements is yes or not yet.
pub fn encode_quick(content: &Content, quick: &Quick) -> String {
    let readiness = keep(&quick.readiness, |id, _| {
        content.readiness.iter().any(|r| r.id == id)
    });
    encode_quick_with(
        written_layout(),
        &Quick {
            readiness,
            ..quick.clone()
        },
    )
}

/// The code of a quick check in `layout`, whatever the content (for tests of older layouts).
pub fn encode_quick_with(layout: &Layout, quick: &Quick) -> String {
    let mut w = BitWriter::default();
    for id in layout.readiness {
        w.put(u32::from(quick.readiness.get(*id) == Some(&true)), 1);
    }
    let name = quick.name.as_deref().and_then(normalise_name);
    w.put(u32::from(name.is_some()), 1);
    if let Some(name) = &name {
        w.put_name(name);
    }
    put_day(&mut w, quick.day);
    pack(QUICK_FORMAT, LADDER.id, layout, w)
}

/// The day flag, and the day when it fits the 16 bits (format 2 and quick codes).
fn put_day(w: &mut BitWriter, day: Option<i64>) {
    let day = day
        .and_then(|d| u32::try_from(d - DAY_EPOCH).ok())
        .filter(|d| *d < 1 << DAY_BITS);
    w.put(u32::from(day.is_some()), 1);
    if let Some(d) = day {
        // `put` takes at most 8 bits at a time: high byte, then low byte.
        w.put(d >> 8, 8);
        w.put(d & 0xFF, 8);
    }
}

/// The day flag and the day written by [`put_day`]; `None` on a cut-off stream.
fn get_day(r: &mut BitReader<'_>) -> Option<Option<i64>> {
    if r.get(1)? == 0 {
        return Some(None);
    }
    let (hi, lo) = (r.get(8)?, r.get(8)?);
    Some(Some(DAY_EPOCH + i64::from(hi << 8 | lo)))
}

/// Header, body and checksum, behind the version digit.
fn pack(format: u8, ladder: u32, layout: &Layout, w: BitWriter) -> String {
    let body = w.finish();
    let id = (layout.number == OWN_LADDER).then(|| ladder.to_be_bytes());
    let header = HEADER + id.map_or(0, |b| b.len());
    let mut bytes = Vec::with_capacity(body.len() + header + 1);
    bytes.push(layout.number);
    // The longest body (two names of NAME_MAX_BYTES) is far below 250 bytes (the content compiler
    // checks a team's ladder against the bound).
    bytes.push(u8::try_from(body.len() + header + 1).unwrap_or(u8::MAX));
    bytes.extend_from_slice(id.as_ref().map_or(&[][..], |b| &b[..]));
    bytes.extend_from_slice(&body);
    bytes.push(crc8(format, &bytes));
    let mut code = String::with_capacity(1 + bytes.len() * 4 / 3 + 2);
    code.push(char::from(VERSION_DIGITS[usize::from(format.min(63))]));
    base64url_encode(&bytes, &mut code);
    code
}

/// Reads a link of either kind (the part after `#/r/`; a whole link is accepted too): a full
/// result decodes exactly as [`decode`] reads it, a quick check as [`Link::Quick`]. Never panics.
pub fn decode_link(content: &Content, code: &str) -> Result<Link, ShareError> {
    decode_link_with(&LAYOUTS, content, code)
}

/// `decode_link` with a table of layouts (for tests of older layouts).
pub fn decode_link_with(
    layouts: &[Layout],
    content: &Content,
    code: &str,
) -> Result<Link, ShareError> {
    let (version, layout, body) = unpack(layouts, code, QUICK_FORMAT)?;
    if version == QUICK_FORMAT {
        read_quick(layout, content, &body).map(Link::Quick)
    } else {
        read_body(layout, content, &body, version).map(Link::Full)
    }
    .ok_or(ShareError::Garbled)
}

/// The quick check in `body`, mapped by id onto `content`; `None` on any impossible value.
fn read_quick(layout: &Layout, content: &Content, body: &[u8]) -> Option<Quick> {
    let mut r = BitReader::new(body);
    let mut readiness = BTreeMap::new();
    for id in layout.readiness {
        let yes = r.get(1)? == 1;
        if content.readiness.iter().any(|s| s.id == *id) {
            readiness.insert(id.to_string(), yes);
        }
    }
    let name = if r.get(1)? == 1 {
        Some(r.name()?)
    } else {
        None
    };
    let day = get_day(&mut r)?;
    r.at_clean_end().then_some(Quick {
        readiness,
        name,
        day,
    })
}

/// Reads a code (the part after `#/r/`; a whole link is accepted too) against the current
/// content. Never panics, whatever the input.
pub fn decode(content: &Content, code: &str) -> Result<Shared, ShareError> {
    decode_with(&LAYOUTS, content, code)
}

/// `decode` with a table of layouts (for tests of older layouts).
pub fn decode_with(
    layouts: &[Layout],
    content: &Content,
    code: &str,
) -> Result<Shared, ShareError> {
    let (version, layout, body) = unpack(layouts, code, FORMAT_VERSION)?;
    read_body(layout, content, &body, version).ok_or(ShareError::Garbled)
}

/// The version, layout and body of a code whose version is at most `newest`, checked from the
/// outside in: length, version digit, base64url, length byte, checksum, layout.
fn unpack<'l>(
    layouts: &'l [Layout],
    code: &str,
    newest: u8,
) -> Result<(u8, &'l Layout, Vec<u8>), ShareError> {
    if code.len() > MAX_CODE_LEN * 4 {
        // Do not even scan something this big for `#/r/`.
        return Err(ShareError::TooLong);
    }
    let code = code.trim();
    let code = code.rsplit_once("#/r/").map_or(code, |(_, c)| c).trim();
    if code.is_empty() {
        return Err(ShareError::Empty);
    }
    if code.len() > MAX_CODE_LEN {
        return Err(ShareError::TooLong);
    }
    let (&digit, rest) = code.as_bytes().split_first().ok_or(ShareError::Empty)?;
    let version = VERSION_DIGITS
        .iter()
        .position(|d| *d == digit)
        .and_then(|v| u8::try_from(v).ok())
        .ok_or(ShareError::Garbled)?;
    if version > newest {
        return Err(ShareError::NewerVersion(version));
    }
    if version == 0 {
        return Err(ShareError::Garbled);
    }
    let (bytes, canonical) = base64url_decode(rest).ok_or(ShareError::Garbled)?;
    let [layout_no, length, ..] = bytes[..] else {
        return Err(ShareError::Truncated);
    };
    let length = usize::from(length);
    if bytes.len() < length {
        return Err(ShareError::Truncated);
    }
    if bytes.len() > length || !canonical || length < HEADER + 1 {
        return Err(ShareError::Garbled);
    }
    let (data, crc) = bytes.split_at(length - 1);
    if crc != [crc8(version, data)] {
        return Err(ShareError::Garbled);
    }
    let (layout, header) = if layout_no == OWN_LADDER {
        let id = data
            .get(HEADER..HEADER + LADDER_ID_BYTES)
            .and_then(|b| <[u8; LADDER_ID_BYTES]>::try_from(b).ok())
            .ok_or(ShareError::Garbled)?;
        if u32::from_be_bytes(id) != LADDER.id {
            return Err(ShareError::OtherLadder);
        }
        (&OWN_LAYOUT, HEADER + LADDER_ID_BYTES)
    } else if is_built_in() {
        let layout = layouts
            .iter()
            .find(|l| l.number == layout_no)
            .ok_or(ShareError::UnknownLayout(layout_no))?;
        (layout, HEADER)
    } else {
        // The built-in ladder's code, in a build of another ladder.
        return Err(ShareError::OtherLadder);
    };
    let body = data.get(header..).ok_or(ShareError::Garbled)?.to_vec();
    Ok((version, layout, body))
}

/// The answers in `body`, mapped by id onto `content`; `None` on any impossible value.
fn read_body(layout: &Layout, content: &Content, body: &[u8], version: u8) -> Option<Shared> {
    let mut r = BitReader::new(body);
    let mut answers = Answers::default();
    for id in layout.readiness {
        let v = match r.get(2)? {
            0 => None,
            1 => Some(true),
            2 => Some(false),
            _ => return None,
        };
        if let Some(v) = v {
            if content.readiness.iter().any(|s| s.id == *id) {
                answers.readiness.insert(id.to_string(), v);
            }
        }
    }
    let has_dimension = |id: &str| content.dimension(id).is_some();
    for id in layout.dimensions {
        if let Some(v) = r.point()? {
            if has_dimension(id) {
                answers.scale.insert(id.to_string(), v);
            }
        }
    }
    for (id, options) in layout.figures {
        let v = r.get(3)?;
        if v == 0 {
            continue;
        }
        let index = u8::try_from(v - 1).ok()?;
        if index >= *options {
            return None;
        }
        let fits = content
            .figures
            .iter()
            .any(|f| f.id == *id && usize::from(index) < f.options.len());
        if fits {
            answers.figures.insert(id.to_string(), index);
        }
    }
    for id in layout.motivation {
        if let Some(v) = r.point()? {
            if content.motivation.iter().any(|m| m.id == *id) {
                answers.motivation.insert(id.to_string(), v);
            }
        }
    }
    let has_name = r.get(1)? == 1;
    let has_mentor = r.get(1)? == 1;
    let has_mentor_name = r.get(1)? == 1;
    if has_mentor_name && !has_mentor {
        return None;
    }
    let name = if has_name { Some(r.name()?) } else { None };
    let mentor = if has_mentor {
        let mut scale = BTreeMap::new();
        for id in layout.dimensions {
            if let Some(v) = r.point()? {
                if has_dimension(id) {
                    scale.insert(id.to_string(), v);
                }
            }
        }
        let name = if has_mentor_name {
            Some(r.name()?)
        } else {
            None
        };
        Some(Mentor { name, scale })
    } else {
        None
    };
    let day = if version >= 2 { get_day(&mut r)? } else { None };
    r.at_clean_end().then_some(Shared {
        answers,
        name,
        mentor,
        day,
    })
}

#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    /// Bits not yet written out, in the low `pending` bits.
    acc: u32,
    pending: u32,
}

impl BitWriter {
    /// Appends the low `n` (<= 8) bits of `v`, most significant first.
    fn put(&mut self, v: u32, n: u32) {
        let n = n.min(8);
        self.acc = (self.acc << n) | (v & ((1 << n) - 1));
        self.pending += n;
        if self.pending >= 8 {
            self.pending -= 8;
            self.bytes.push(((self.acc >> self.pending) & 0xFF) as u8);
            self.acc &= (1 << self.pending) - 1;
        }
    }

    /// A name already normalised: at most `NAME_MAX_BYTES` (< 64) bytes.
    fn put_name(&mut self, name: &str) {
        let len = name.len().min(NAME_MAX_BYTES);
        self.put(u32::try_from(len).unwrap_or(0), NAME_LEN_BITS);
        for b in name.bytes().take(len) {
            self.put(u32::from(b), 8);
        }
    }

    /// The bytes, the last one padded with zero bits.
    fn finish(mut self) -> Vec<u8> {
        if self.pending > 0 {
            let pad = 8 - self.pending;
            self.put(0, pad);
        }
        self.bytes
    }
}

struct BitReader<'a> {
    bytes: &'a [u8],
    /// Position in bits.
    pos: usize,
}

impl<'a> BitReader<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        BitReader { bytes, pos: 0 }
    }

    /// The next `n` (<= 8) bits, or `None` past the end.
    fn get(&mut self, n: u32) -> Option<u32> {
        let n = n.min(8);
        if n == 0 {
            return Some(0);
        }
        let byte = self.pos / 8;
        let end = self.pos + n as usize;
        if end > self.bytes.len() * 8 {
            return None;
        }
        // The two bytes the bits can span, as one 16-bit window.
        let hi = u32::from(*self.bytes.get(byte)?);
        let lo = u32::from(self.bytes.get(byte + 1).copied().unwrap_or(0));
        let window = (hi << 8) | lo;
        let shift = 16 - (self.pos % 8) as u32 - n;
        self.pos = end;
        Some((window >> shift) & ((1 << n) - 1))
    }

    /// A 3-bit scale point: `Some(None)` unanswered, `None` when out of range.
    fn point(&mut self) -> Option<Option<u8>> {
        let v = u8::try_from(self.get(3)?).ok()?;
        match v {
            0 => Some(None),
            v if (SCALE_MIN..=SCALE_MAX).contains(&v) => Some(Some(v)),
            _ => None,
        }
    }

    /// A length-prefixed name, which must already be in normal form.
    fn name(&mut self) -> Option<String> {
        let len = usize::try_from(self.get(NAME_LEN_BITS)?).ok()?;
        if len == 0 || len > NAME_MAX_BYTES {
            return None;
        }
        let mut bytes = Vec::with_capacity(len);
        for _ in 0..len {
            bytes.push(u8::try_from(self.get(8)?).ok()?);
        }
        let name = String::from_utf8(bytes).ok()?;
        (normalise_name(&name).as_deref() == Some(name.as_str())).then_some(name)
    }

    /// Whether only zero padding (less than a byte) is left.
    fn at_clean_end(&mut self) -> bool {
        let left = (self.bytes.len() * 8).saturating_sub(self.pos);
        left < 8 && self.get(u32::try_from(left).unwrap_or(8)) == Some(0)
    }
}

/// CRC-8 (polynomial 0x07, initial value 0) of every byte value.
const CRC_TABLE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u8;
        let mut bit = 0;
        while bit < 8 {
            c = if c & 0x80 != 0 {
                (c << 1) ^ 0x07
            } else {
                c << 1
            };
            bit += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// CRC-8 (polynomial 0x07, initial value 0) over the format version and `bytes`.
fn crc8(version: u8, bytes: &[u8]) -> u8 {
    std::iter::once(&version)
        .chain(bytes)
        .fold(0u8, |crc, b| CRC_TABLE[usize::from(crc ^ b)])
}

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The value of each byte as a base64url digit; `NOT_A_DIGIT` when it is none.
const NOT_A_DIGIT: u8 = 0xFF;
const BASE64URL_VALUES: [u8; 256] = {
    let mut values = [NOT_A_DIGIT; 256];
    let mut i = 0;
    while i < 64 {
        values[BASE64URL[i] as usize] = i as u8;
        i += 1;
    }
    values
};

fn base64url_encode(bytes: &[u8], out: &mut String) {
    let digit = |v: u32| char::from(BASE64URL[(v & 63) as usize]);
    for chunk in bytes.chunks(3) {
        let b = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let n = (b(0) << 16) | (b(1) << 8) | b(2);
        out.push(digit(n >> 18));
        out.push(digit(n >> 12));
        if chunk.len() > 1 {
            out.push(digit(n >> 6));
        }
        if chunk.len() > 2 {
            out.push(digit(n));
        }
    }
}

/// The bytes of unpadded base64url `text`, and whether it was in canonical form (no dangling
/// character, zero bits after the last byte). `None` on a character outside the alphabet.
fn base64url_decode(text: &[u8]) -> Option<(Vec<u8>, bool)> {
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0u32;
    for &c in text {
        let v = BASE64URL_VALUES[usize::from(c)];
        if v == NOT_A_DIGIT {
            return None;
        }
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push(((acc >> bits) & 0xFF) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // 6 leftover bits: a dangling character; 2 or 4: must be zero padding.
    let canonical = bits < 6 && acc == 0;
    Some((bytes, canonical))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40u8 {
            let bytes: Vec<u8> = (0..len).map(|i| i.wrapping_mul(37) ^ 0xA5).collect();
            let mut s = String::new();
            base64url_encode(&bytes, &mut s);
            assert_eq!(s.len(), (usize::from(len) * 8).div_ceil(6));
            assert_eq!(base64url_decode(s.as_bytes()), Some((bytes, true)));
        }
        assert_eq!(base64url_decode(b"A"), Some((vec![], false)));
        assert_eq!(base64url_decode(b"AB"), Some((vec![0], false)));
        assert_eq!(base64url_decode(b"A="), None);
    }

    #[test]
    fn crc8_matches_the_standard_check_value() {
        // CRC-8/SMBUS of "123456789" is 0xF4; the version byte goes first.
        assert_eq!(crc8(b'1', b"23456789"), 0xF4);
    }
}
