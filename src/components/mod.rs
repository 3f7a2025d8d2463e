//! Small presentational components, one per file.

pub mod attempt_list;
pub mod boot_failed;
pub mod choice_group;
pub mod compare_table;
pub mod dimension_list;
pub mod embed_bar;
pub mod filter_box;
pub mod level_columns;
pub mod mentor_form;
pub mod page_skeleton;
pub mod pair_comparison;
pub mod plan_view;
pub mod principal_toggle;
pub mod quiz_intro;
pub mod quiz_item;
pub mod quiz_progress;
pub mod quiz_review;
pub mod radar_chart;
pub mod result_view;
pub mod score_table;
pub mod share_panel;
pub mod site_footer;
pub mod site_header;
pub mod sources_note;
pub mod storage_notice;
pub mod trend_chart;
