//! 判定の準備中: the first view's words in Japanese.

use crate::text::first_view::FirstViewText;

pub static FIRST_VIEW_JA: FirstViewText = FirstViewText {
    pending: "判定の準備中です…",
    pending_detail: "値はこのまま入力できます。準備ができしだい、入力した値で判定します。",
    pending_hint: "しばらくたっても判定が出ないときは、入力した値を控えてから、ページを再読み込みしてください。",
};
