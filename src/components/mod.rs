//! Small presentational components, one per file.

pub mod compare_table;
pub mod dimension_list;
pub mod filter_box;
pub mod level_columns;
pub mod principal_toggle;
pub mod site_footer;
pub mod site_header;
pub mod sources_note;
