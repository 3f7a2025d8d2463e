//! Native tests of embed mode's pure part: query parsing and validation, origins, accent contrast,
//! the full-size URL, the widget base and the snippets.
#![cfg(not(target_arch = "wasm32"))]

use staffcheck::domain::embed::{
    accent_tokens, escape_html, full_size_url, is_valid_view, parse_origin, parse_query,
    percent_decode, percent_encode, query_pairs, text_on, verdict, view_of_path, widget_base,
    EmbedOptions, Rgb, Snippet, Theme, AA_TEXT, BLACK, WHITE,
};

#[test]
fn no_query_means_full_site_defaults() {
    assert_eq!(parse_query(""), EmbedOptions::default());
    assert_eq!(parse_query("?"), EmbedOptions::default());
    let o = parse_query("?foo=bar");
    assert!(!o.embed && !o.events);
    assert_eq!(o.theme, Theme::Auto);
    assert_eq!(o.accent, None);
    assert_eq!(o.origin, None);
}

#[test]
fn a_full_loader_query() {
    let o =
        parse_query("?embed=1&theme=dark&accent=0b5cad&events=1&origin=https%3A%2F%2Fblog.example");
    assert_eq!(
        o,
        EmbedOptions {
            embed: true,
            theme: Theme::Dark,
            accent: Some(Rgb::new(0x0b, 0x5c, 0xad)),
            events: true,
            origin: Some("https://blog.example".into()),
        }
    );
    assert_eq!(o.height_target(), "https://blog.example");
    assert_eq!(o.completed_target(), Some("https://blog.example"));
}

#[test]
fn flags_accept_common_spellings() {
    for v in [
        "embed",
        "embed=",
        "embed=1",
        "embed=true",
        "embed=YES",
        "embed=on",
    ] {
        assert!(parse_query(v).embed, "{v}");
    }
    for v in [
        "embed=0",
        "embed=false",
        "embed=no",
        "embed=2",
        "embedded=1",
    ] {
        assert!(!parse_query(v).embed, "{v}");
    }
    assert!(parse_query("events=completed").events);
    assert!(!parse_query("events=0").events);
}

#[test]
fn first_occurrence_wins() {
    let o = parse_query("theme=light&theme=dark&embed=0&embed=1");
    assert_eq!(o.theme, Theme::Light);
    assert!(!o.embed);
}

#[test]
fn themes_and_bad_themes() {
    assert_eq!(parse_query("theme=light").theme, Theme::Light);
    assert_eq!(parse_query("theme=DARK").theme, Theme::Dark);
    assert_eq!(parse_query("theme=%20auto%20").theme, Theme::Auto);
    for bad in [
        "theme=",
        "theme=blue",
        "theme=dark;color:red",
        "theme=<script>",
    ] {
        assert_eq!(parse_query(bad).theme, Theme::Auto, "{bad}");
    }
    for t in Theme::ALL {
        assert_eq!(Theme::parse(t.as_str()), Some(t));
    }
}

#[test]
fn accents_are_hex_only() {
    assert_eq!(Rgb::parse_hex("0b5cad"), Some(Rgb::new(0x0b, 0x5c, 0xad)));
    assert_eq!(Rgb::parse_hex("#0B5CAD"), Some(Rgb::new(0x0b, 0x5c, 0xad)));
    assert_eq!(Rgb::parse_hex("#abc"), Some(Rgb::new(0xaa, 0xbb, 0xcc)));
    assert_eq!(Rgb::parse_hex(" fff "), Some(WHITE));
    assert_eq!(
        parse_query("accent=%230b5cad").accent,
        Some(Rgb::new(0x0b, 0x5c, 0xad))
    );
    for bad in [
        "",
        "#",
        "0b5ca",
        "0b5cad0",
        "#0b5cadff",
        "red",
        "ggg",
        "+0b5cad",
        "-1",
        "0x5cad",
        "0b5cad;}",
        "url(x)",
        "rgb(1,2,3)",
        "#+1+2+3",
        "１２３",
    ] {
        assert_eq!(Rgb::parse_hex(bad), None, "{bad:?}");
    }
    assert_eq!(parse_query("accent=javascript:alert(1)").accent, None);
    assert_eq!(Rgb::new(0x0b, 0x5c, 0xad).hex(), "#0b5cad");
}

#[test]
fn origins_are_validated_and_normalised() {
    let ok = [
        ("https://blog.example", "https://blog.example"),
        ("https://blog.example/", "https://blog.example"),
        ("HTTPS://Blog.Example", "https://blog.example"),
        ("http://127.0.0.1:4174", "http://127.0.0.1:4174"),
        ("https://blog.example:443", "https://blog.example"),
        ("http://blog.example:80", "http://blog.example"),
        ("http://localhost:8080", "http://localhost:8080"),
        ("https://[::1]:8443", "https://[::1]:8443"),
        (
            "https://xn--bcher-kva.example",
            "https://xn--bcher-kva.example",
        ),
    ];
    for (input, want) in ok {
        assert_eq!(parse_origin(input).as_deref(), Some(want), "{input}");
    }
    let bad = [
        "",
        "*",
        "null",
        "blog.example",
        "//blog.example",
        "ftp://blog.example",
        "javascript:alert(1)",
        "https://",
        "https://blog.example/path",
        "https://blog.example?x",
        "https://blog.example#x",
        "https://user@blog.example",
        "https://blog.example:0",
        "https://blog.example:65536",
        "https://blog.example:",
        "https://blog.example:8a",
        "https://bl og.example",
        "https://-blog.example",
        "https://blog..example",
        "https://blog.example\\evil",
        "https://[::1",
        "https://[zz]",
    ];
    for input in bad {
        assert_eq!(parse_origin(input), None, "{input:?}");
    }
}

#[test]
fn completed_needs_embed_events_and_an_origin() {
    let origin = "origin=https%3A%2F%2Fblog.example";
    assert!(parse_query(&format!("embed=1&events=1&{origin}"))
        .completed_target()
        .is_some());
    assert_eq!(
        parse_query(&format!("embed=1&{origin}")).completed_target(),
        None
    );
    assert_eq!(
        parse_query(&format!("events=1&{origin}")).completed_target(),
        None
    );
    assert_eq!(parse_query("embed=1&events=1").completed_target(), None);
    assert_eq!(
        parse_query("embed=1&events=1&origin=*").completed_target(),
        None
    );
    assert_eq!(
        parse_query("embed=1&events=1&origin=null").completed_target(),
        None
    );
    // Height alone may go to any parent: only a number.
    assert_eq!(parse_query("embed=1").height_target(), "*");
}

#[test]
fn accent_text_is_black_or_white_whichever_reads_better() {
    assert_eq!(text_on(Rgb::new(0x0b, 0x5c, 0xad)), WHITE);
    assert_eq!(text_on(Rgb::new(0xff, 0xd7, 0x00)), BLACK);
    assert_eq!(text_on(WHITE), BLACK);
    assert_eq!(text_on(BLACK), WHITE);
}

/// The WCAG formula with `powf`, for every grey: luminance computes `x^2.4` without libm.
#[test]
fn luminance_is_the_wcag_formula_for_every_channel_value() {
    for v in 0..=255u8 {
        let c = f64::from(v) / 255.0;
        let channel = if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        };
        let got = Rgb::new(v, v, v).luminance();
        assert!(
            (got - channel).abs() <= channel * 1e-15,
            "{v}: {got} against {channel}"
        );
    }
}

#[test]
fn every_accent_stays_aa_on_both_themes() {
    let light_bg = Rgb::new(0xff, 0xff, 0xff);
    let dark_bg = Rgb::new(0x12, 0x14, 0x17);
    let mut samples = vec![WHITE, BLACK];
    for r in (0..=255).step_by(51) {
        for g in (0..=255).step_by(51) {
            for b in (0..=255).step_by(51) {
                samples.push(Rgb::new(r, g, b));
            }
        }
    }
    for accent in samples {
        for (dark, bg) in [(false, light_bg), (true, dark_bg)] {
            let t = accent_tokens(accent, dark);
            assert!(
                t.accent.contrast(bg) >= AA_TEXT,
                "{} on {}",
                t.accent.hex(),
                bg.hex()
            );
            assert!(
                t.accent.contrast(t.accent_soft) >= AA_TEXT,
                "{} soft",
                t.accent.hex()
            );
            assert!(
                t.accent_text.contrast(t.accent) >= AA_TEXT,
                "text on {}",
                t.accent.hex()
            );
        }
    }
}

#[test]
fn an_accent_that_already_passes_is_kept_as_given() {
    let blue = Rgb::new(0x0b, 0x5c, 0xad);
    assert_eq!(accent_tokens(blue, false).accent, blue);
    let light_blue = Rgb::new(0x7c, 0xb7, 0xff);
    assert_eq!(accent_tokens(light_blue, true).accent, light_blue);
    // Yellow on white is darkened, on dark kept.
    let yellow = Rgb::new(0xff, 0xd7, 0x00);
    assert_ne!(accent_tokens(yellow, false).accent, yellow);
    assert_eq!(accent_tokens(yellow, true).accent, yellow);
    let props = accent_tokens(blue, false).properties();
    assert_eq!(props[0], ("--sc-accent", "#0b5cad".to_string()));
    assert_eq!(props[1], ("--sc-accent-text", "#ffffff".to_string()));
    assert_eq!(props[2].0, "--sc-accent-soft");
}

#[test]
fn query_pairs_decode() {
    assert_eq!(
        query_pairs("?a=1&b=x+y&c=%2Fz&d&=e"),
        vec![
            ("a".into(), "1".into()),
            ("b".into(), "x y".into()),
            ("c".into(), "/z".into()),
            ("d".into(), String::new()),
            (String::new(), "e".into()),
        ]
    );
    assert_eq!(percent_decode("100%"), "100%");
    assert_eq!(percent_decode("%zz%4"), "%zz%4");
    assert_eq!(percent_decode("%+1"), "% 1");
    assert_eq!(percent_decode("caf%C3%A9"), "café");
    assert_eq!(percent_encode("https://a.b:1"), "https%3A%2F%2Fa.b%3A1");
}

#[test]
fn full_size_drops_only_the_embed_parameters() {
    assert_eq!(
        full_size_url("https://x.example/sc/?embed=1&theme=dark&accent=fff&events=1&origin=https%3A%2F%2Fb.example#/quiz"),
        "https://x.example/sc/#/quiz"
    );
    assert_eq!(
        full_size_url("https://x.example/sc/index.html?lang=en&embed=1#/explore/scope"),
        "https://x.example/sc/index.html?lang=en#/explore/scope"
    );
    assert_eq!(full_size_url("http://h/?embed=1"), "http://h/");
    assert_eq!(full_size_url("http://h/#/a?b=1"), "http://h/#/a?b=1");
}

#[test]
fn the_widget_base_is_its_directory() {
    assert_eq!(
        widget_base("https://me.github.io/staffcheck/index.html?embed=1#/quiz"),
        "https://me.github.io/staffcheck/"
    );
    assert_eq!(
        widget_base("https://me.github.io/staffcheck/#/quiz"),
        "https://me.github.io/staffcheck/"
    );
    assert_eq!(
        widget_base("http://127.0.0.1:4173/?embed=1#/"),
        "http://127.0.0.1:4173/"
    );
    assert_eq!(
        widget_base("http://127.0.0.1:4173"),
        "http://127.0.0.1:4173/"
    );
    assert_eq!(
        widget_base("https://a.example/deep/er/x.html"),
        "https://a.example/deep/er/"
    );
}

#[test]
fn views() {
    for ok in [
        "",
        "quiz",
        "explore/scope",
        "explore/depth-vs-breadth",
        "history",
    ] {
        assert!(is_valid_view(ok), "{ok}");
    }
    for bad in [
        "/quiz", "quiz/", "a//b", "Quiz", "a b", "x\"y", "../x", "q?x=1", "q#x",
    ] {
        assert!(!is_valid_view(bad), "{bad}");
    }
    assert_eq!(view_of_path("/explore/scope"), "explore/scope");
    assert_eq!(view_of_path("/"), "");
    assert_eq!(view_of_path("/embed"), "");
    assert_eq!(view_of_path("/a b"), "");
}

fn snippet(view: &str) -> Snippet {
    Snippet {
        base: "https://me.github.io/staffcheck/".into(),
        view: view.into(),
        theme: Theme::Dark,
        accent: Some(Rgb::new(0x0b, 0x5c, 0xad)),
        events: true,
    }
}

#[test]
fn the_loader_snippet() {
    assert_eq!(
        snippet("quiz").loader(),
        "<div data-staffcheck data-view=\"quiz\" data-theme=\"dark\" data-accent=\"0b5cad\" data-events=\"completed\">\n  \
         <a href=\"https://me.github.io/staffcheck/#/quiz\">Open staffcheck, the Senior → Staff engineer self-assessment</a>\n\
         </div>\n<script async src=\"https://me.github.io/staffcheck/embed.js\"></script>"
    );
    let plain = Snippet {
        accent: None,
        events: false,
        theme: Theme::Auto,
        ..snippet("")
    };
    assert!(plain
        .loader()
        .starts_with("<div data-staffcheck data-view=\"\" data-theme=\"auto\">"));
}

#[test]
fn the_iframe_snippet() {
    let s = snippet("explore/scope").iframe();
    assert!(s.starts_with(
        "<iframe src=\"https://me.github.io/staffcheck/?embed=1&amp;theme=dark&amp;accent=0b5cad#/explore/scope\" title=\""
    ), "{s}");
    // No origin known, so no events in the plain iframe.
    assert!(!s.contains("events"));
    assert!(s.contains("loading=\"lazy\""));
    assert!(s.contains("height=\"800\""));
}

#[test]
fn snippets_escape_and_refuse_bad_views() {
    let mut s = snippet("x\"><script>");
    s.base = "https://h.example/a\"b/".into();
    let loader = s.loader();
    assert!(!loader.contains("<script>"));
    assert!(loader.contains("data-view=\"\""));
    assert!(loader.contains("a&quot;b"));
    assert_eq!(
        escape_html("<a href='x'>&</a>"),
        "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;"
    );
}

#[test]
fn embed_url_names_the_origin_only_when_valid() {
    let s = snippet("quiz");
    assert_eq!(
        s.embed_url(Some("https://blog.example")),
        "https://me.github.io/staffcheck/?embed=1&theme=dark&accent=0b5cad&events=1&origin=https%3A%2F%2Fblog.example#/quiz"
    );
    assert!(!s.embed_url(Some("*")).contains("origin"));
    assert_eq!(verdict(true), "ready");
    assert_eq!(verdict(false), "not-yet");
}
