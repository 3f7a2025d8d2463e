//! The screen manifest: what each screen of the widget is, said once.
//!
//! One entry per screen, in the order routes are matched:
//!
//! ```text
//! /// what the screen shows (becomes the `Route` variant's doc)
//! Name { param, .. } at ["segment" / {param} / ..]
//!     build: Reader | Full,          // which wasm build carries it (the reader build hands over)
//!     first: Static | Prerendered | Skeleton,
//!     deferred: bool,                // its prerendered view is in the deferred views file
//!     case: bool,                    // shows the visitor's case beside it (the full build's panel)
//!     nav: (order, ui::table::KEY),  // optional: a link in the site header, in that order
//!     under: Name,                   // optional: the header link that is current on this screen
//!     each: function,                // optional: the parameter values a static screen has
//!     page: pages::module::Component;
//! ```
//!
//! `first` is the screen's first view: `Static`, text and links only, prerendered and shown in
//! the browser from that HTML (the wasm builds do not carry its code); `Prerendered`, interactive,
//! with a prerendered view of how it looks before anything is stored; `Skeleton`, depends on
//! storage or the link, prerendered as its heading and a skeleton.
//!
//! Everything else is derived from this list: the `Route` enum, route recognition, paths and the
//! route list (`route.rs`), the page each route renders, the reader build's hand-over and the case
//! panel (`app::switch`), the prerendered views and the data attributes the boot script reads
//! (`prerender.rs`), and the header navigation (`components/site_header.rs`).
//!
//! Adding a screen: an entry here, its page file (and its line in `pages/mod.rs`), its content,
//! its e2e page object and spec.
//!
//! `screens!(then)` hands the list to the macro `then`; page paths are relative to the crate and
//! only `app` renders them, so nothing that reads the manifest for routes depends on a page.

macro_rules! screens {
    ($then:ident) => {
        $then! {
            /// `/`: what staffcheck is, links to everything.
            Home at []
                build: Reader, first: Static, deferred: false, case: true,
                nav: (0, site_header::HOME),
                page: pages::home::Home;
            /// `/explore`: the levels side by side across every dimension.
            Explore at ["explore"]
                build: Reader, first: Prerendered, deferred: false, case: false,
                nav: (1, site_header::EXPLORE),
                page: pages::explore::Explore;
            /// `/explore/:id`: one dimension at every level.
            Dimension { id } at ["explore" / {id}]
                build: Reader, first: Static, deferred: true, case: true,
                under: Explore, each: dimension_ids,
                page: pages::dimension::DimensionPage;
            /// `/week`: a week in the life at Senior and at Staff.
            Week at ["week"]
                build: Reader, first: Static, deferred: false, case: false,
                nav: (6, site_header::WEEK),
                page: pages::week::WeekPage;
            /// `/levels`: level names, the ladder, pay, how long the step takes, building the case.
            Levels at ["levels"]
                build: Reader, first: Static, deferred: true, case: false,
                nav: (7, site_header::LEVELS),
                page: pages::levels::Levels;
            /// `/quiz`: the self-check.
            Quiz at ["quiz"]
                build: Reader, first: Prerendered, deferred: false, case: false,
                nav: (2, site_header::QUIZ),
                page: pages::quiz::QuizPage;
            /// `/check`: the quick check, the readiness statements alone, and its verdict.
            Check at ["check"]
                build: Reader, first: Prerendered, deferred: false, case: false,
                under: Quiz,
                page: pages::check::CheckPage;
            /// `/results`: the latest result.
            Results at ["results"]
                build: Full, first: Skeleton, deferred: false, case: false,
                under: Quiz,
                page: pages::results::ResultsPage;
            /// `/results/how`: how the self-check is scored.
            HowScored at ["results" / "how"]
                build: Reader, first: Static, deferred: false, case: false,
                under: Quiz,
                page: pages::how_scored::HowScored;
            /// `/r/:code`: a result shared by link.
            Shared { code } at ["r" / {code}]
                build: Full, first: Skeleton, deferred: false, case: false,
                page: pages::shared::SharedPage;
            /// `/history`: every attempt kept in this browser.
            History at ["history"]
                build: Full, first: Skeleton, deferred: false, case: false,
                nav: (3, site_header::HISTORY),
                page: pages::history::HistoryPage;
            /// `/history/:id`: one attempt.
            Attempt { id } at ["history" / {id}]
                build: Full, first: Skeleton, deferred: false, case: false,
                under: History,
                page: pages::attempt::AttemptPage;
            /// `/history/compare/:a/:b`: two attempts side by side.
            Compare { a, b } at ["history" / "compare" / {a} / {b}]
                build: Full, first: Skeleton, deferred: false, case: false,
                under: History,
                page: pages::compare::ComparePage;
            /// `/embed`: the snippets for embedding the widget.
            Embed at ["embed"]
                build: Full, first: Prerendered, deferred: false, case: false,
                page: pages::embed_this::EmbedThis;
            /// `/evidence`: the evidence log.
            Evidence at ["evidence"]
                build: Full, first: Skeleton, deferred: false, case: false,
                nav: (4, case::HEADER_LINK),
                page: pages::evidence::EvidencePage;
            /// `/plan`: the 30 / 60 / 90-day tracker.
            Plan at ["plan"]
                build: Full, first: Skeleton, deferred: false, case: false,
                under: Evidence,
                page: pages::plan::PlanPage;
            /// `/packet`: the promotion packet.
            Packet at ["packet"]
                build: Full, first: Skeleton, deferred: false, case: false,
                under: Evidence,
                page: pages::packet::PacketPage;
            /// `/people`: the people a mentor follows.
            People at ["people"]
                build: Full, first: Skeleton, deferred: false, case: false,
                nav: (5, people_page::HEADER_LINK),
                page: pages::people::PeoplePage;
            /// `/people/:id`: one person's check-ins, trend, self vs mentor and notes.
            Person { id } at ["people" / {id}]
                build: Full, first: Skeleton, deferred: false, case: false,
                under: People,
                page: pages::person::PersonPage;
            /// `/people/:id/agenda`: the 1:1 agenda for a person (print view and Markdown).
            Agenda { id } at ["people" / {id} / "agenda"]
                build: Full, first: Skeleton, deferred: false, case: false,
                under: People,
                page: pages::agenda::AgendaPage;
            /// `/data`: everything this browser keeps: see it, export, import, delete it all.
            Data at ["data"]
                build: Full, first: Skeleton, deferred: false, case: false,
                page: pages::data::DataPage;
            /// `/404`, and every path that matches no other route.
            NotFound at ["404"]
                build: Reader, first: Prerendered, deferred: false, case: false,
                page: components::not_found::NotFound;
        }
    };
}

pub(crate) use screens;
