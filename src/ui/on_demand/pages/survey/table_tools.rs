//! Under each statistics table: its CSV to download, and a copy that pastes into a word
//! processor as a table (the table's own cells are selected and copied as the browser
//! copies a selection: rich text, not tab-separated lines).

use yew::prelude::*;

use crate::format::data_url;
use crate::i18n::survey_words;
use crate::model::Lang;
use crate::ui::browser::dom;

/// `table_id` is the id of the element holding the table.
#[derive(Properties, PartialEq)]
pub struct TableToolsProps {
    pub lang: Lang,
    pub table_id: AttrValue,
    /// The CSV file's name and text, when the worker made it.
    #[prop_or_default]
    pub csv: Option<(AttrValue, AttrValue)>,
}

#[component]
pub fn TableTools(props: &TableToolsProps) -> Html {
    let w = survey_words(props.lang);
    let told = use_state(|| None::<&'static str>);
    let copy = {
        let (id, told) = (props.table_id.clone(), told.clone());
        Callback::from(move |_: MouseEvent| {
            dom::select_contents(&id);
            told.set(Some(if dom::copy_selection() {
                w.table_copied
            } else {
                w.table_selected
            }));
        })
    };
    html! {
        <div class="actions table-tools">
            if let Some((name, text)) = &props.csv {
                <a class="button" download={name.clone()} href={data_url("text/csv", text)}
                    data-testid={["csv-", &props.table_id].concat()}>{ w.download_csv }</a>
            }
            <button type="button" class="button" onclick={copy}
                data-testid={["copy-", &props.table_id].concat()}>{ w.copy_table }</button>
            if let Some(text) = *told {
                <p class="hint" role="status">{ text }</p>
            }
        </div>
    }
}
