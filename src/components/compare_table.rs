use yew::prelude::*;

use crate::components::principal_note::{principal_note, PrincipalNoteProps};
use crate::content::{ui::compare as text, Dimension, CONTENT};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct CompareTableProps {
    /// Indices into `CONTENT.dimensions`, in display order.
    pub rows: Vec<usize>,
    pub show_principal: bool,
    /// Evidence entries per dimension, in content order (empty: none to show).
    #[prop_or_default]
    pub evidence: Vec<usize>,
}

/// Senior | Staff (| Principal) side by side, one row per dimension, with what changes up front.
/// On narrow screens the stylesheet turns each row into a card; `data-label` names each cell.
pub fn compare_table(props: &CompareTableProps) -> Html {
    let show_principal = props.show_principal;
    html! {
        <div class="compare-scroll">
            <table class="compare-table" data-testid="explorer-table">
                <caption class="visually-hidden">
                    { text::CAPTION }
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ text::DIMENSION }</th>
                        <th scope="col" class="col-change">{ text::CHANGE }</th>
                        <th scope="col">{ text::SENIOR }</th>
                        <th scope="col">{ text::STAFF }</th>
                        if show_principal {
                            <th scope="col" data-testid="principal-header">{ text::PRINCIPAL }</th>
                        }
                    </tr>
                </thead>
                <tbody>
                    { for props.rows.iter().filter_map(|i| CONTENT.dimensions.get(*i))
                        .map(|d| view_row(d, show_principal, CONTENT.dimension_index(d.id).and_then(|i| props.evidence.get(i).copied()))) }
                </tbody>
            </table>
        </div>
    }
}

fn view_row(d: &'static Dimension, show_principal: bool, evidence: Option<usize>) -> Html {
    let href = Route::Dimension {
        id: d.id.to_string(),
    }
    .href();
    html! {
        <tr data-testid="explorer-row" data-dimension={d.id} key={d.id}>
            <th scope="row" data-label={text::DIMENSION}>
                <a href={href} data-testid="dimension-link">{ d.name }</a>
                <span class="row-summary">{ d.summary }</span>
                if let Some(n) = evidence.filter(|n| *n > 0) {
                    <span class="row-evidence" data-testid="row-evidence">
                        { crate::content::fill(crate::content::ui::case::EXPLORER_COUNT, &[("n", &n.to_string())]) }
                    </span>
                }
            </th>
            <td class="col-change" data-label={text::CHANGE} data-testid="change">{ d.change }</td>
            <td data-label={text::SENIOR}>{ d.senior }</td>
            <td data-label={text::STAFF}>{ d.staff }</td>
            if show_principal {
                <td data-label={text::PRINCIPAL} data-testid="principal-cell">
                    { d.principal }
                    { principal_note(&PrincipalNoteProps { dimension: d }) }
                </td>
            }
        </tr>
    }
}
