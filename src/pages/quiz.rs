use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::page_skeleton::page_skeleton;
use crate::components::quiz_intro::{quiz_intro, QuizIntroProps};
use crate::components::quiz_item::{quiz_item, QuizItemProps};
use crate::components::quiz_progress::{quiz_progress, QuizProgressProps};
use crate::components::quiz_review::{quiz_review, QuizReviewProps};
use crate::content::CONTENT;
use crate::domain::quiz::{answered_count, review_step, sections, QuizAction};
use crate::domain::store::Attempt;
use crate::focus::focus_main_heading;
use crate::hooks::use_store::use_store;
use crate::route::Route;

/// `#/quiz`: intro, the sections one page at a time, a review, then the results.
#[component]
pub fn QuizPage() -> Html {
    let store = use_store();
    let navigator = use_navigator();
    let sections = use_memo((), |_| sections(&CONTENT));
    let step = store.as_ref().map_or(0, |s| s.progress().step);
    // The results are in the full build: fetch and compile it while the questions are answered.
    use_effect_with(step > 0, |under_way| {
        if *under_way {
            crate::boot::prefetch_full();
        }
    });

    // Each step is a new page for keyboard and screen-reader users: focus its heading.
    let first = use_mut_ref(|| true);
    use_effect_with(step, move |_| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            focus_main_heading();
        }
    });

    let Some(store) = store else {
        return html! { <p>{ crate::content::ui::quiz::UNAVAILABLE }</p> };
    };
    if !store.ready {
        return page_skeleton(crate::content::ui::quiz_intro::HEADING);
    }
    let progress = store.progress();
    let act = {
        let store = store.clone();
        Callback::from(move |a: QuizAction| store.quiz(a))
    };
    let last = review_step(&CONTENT);

    if progress.step == 0 {
        let on_start = {
            let act = act.clone();
            Callback::from(move |()| act.emit(QuizAction::Next))
        };
        let on_restart = {
            let act = act.clone();
            Callback::from(move |()| act.emit(QuizAction::Restart))
        };
        return html! {
            <div class="page quiz" data-testid="quiz">
                { quiz_intro(&QuizIntroProps { on_start, on_restart, resuming: !progress.answers.is_empty() }) }
            </div>
        };
    }

    if progress.step >= last {
        let on_goto = {
            let act = act.clone();
            Callback::from(move |s: u8| act.emit(QuizAction::GoTo(s)))
        };
        let on_finish = {
            let store = store.clone();
            let answers = progress.answers.clone();
            Callback::from(move |()| {
                // The reader build hands the results over to the full build: this screen stays
                // until they are there.
                crate::boot::hold_view();
                let attempt = Attempt::new(&CONTENT, answers.clone(), crate::dates::now());
                crate::embed::notify_completed(&attempt);
                store.finish(attempt);
                if let Some(n) = &navigator {
                    n.push(&Route::Results);
                }
            })
        };
        let back = {
            let act = act.clone();
            Callback::from(move |_: MouseEvent| act.emit(QuizAction::Back))
        };
        return html! {
            <div class="page quiz" data-testid="quiz">
                { quiz_review(&QuizReviewProps { sections: &sections, answers: &progress.answers, on_goto, on_finish }) }
                <div class="quiz-nav">
                    <button type="button" class="button" data-testid="quiz-back" onclick={back}>{ crate::content::ui::quiz::BACK }</button>
                </div>
            </div>
        };
    }

    let index = usize::from(progress.step) - 1;
    let Some(section) = sections.get(index) else {
        return Html::default();
    };
    let (answered, total) = answered_count(&sections, &progress.answers);
    let on_submit = {
        let act = act.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            act.emit(QuizAction::Next);
        })
    };
    let back = {
        let act = act.clone();
        Callback::from(move |_: MouseEvent| act.emit(QuizAction::Back))
    };
    let is_last = index + 1 == sections.len();
    html! {
        <div class="page quiz" data-testid="quiz">
            <form class="quiz-section" data-testid="quiz-section" data-section={section.id}
                  onsubmit={on_submit} aria-labelledby="quiz-section-title">
                { quiz_progress(&QuizProgressProps { section: index + 1, sections: sections.len(), answered, total }) }
                <h1 id="quiz-section-title">{ section.title }</h1>
                <p class="lede">{ section.intro }</p>
                { for section.items.iter().map(|item| html! {
                    { quiz_item(&QuizItemProps { item, answers: &progress.answers, on_action: act.clone() }) }
                }) }
                <div class="quiz-nav">
                    <button type="button" class="button" data-testid="quiz-back" onclick={back}>{ crate::content::ui::quiz::BACK }</button>
                    <button type="submit" class="button primary" data-testid="quiz-next">
                        { if is_last { crate::content::ui::quiz::REVIEW } else { crate::content::ui::quiz::NEXT } }
                    </button>
                </div>
            </form>
        </div>
    }
}
