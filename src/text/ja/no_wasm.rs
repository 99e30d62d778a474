//! この端末でチェックを実行できないときのページ: the no-WebAssembly page in Japanese.

use crate::text::no_wasm::NoWasmText;

pub static NO_WASM_JA: NoWasmText = NoWasmText {
    heading: "この端末ではチェックを実行できません",
    cannot_run: "このブラウザでは、チェックに必要な機能（WebAssembly）が使えないか、読み込みに失敗しました。入力した値はどこにも送られていません。",
    what_to_try: &[
        "ページを再読み込みしてください。",
        "iPhone・iPad で「ロックダウンモード」をお使いの場合は、このサイトだけ除外するか、別の端末でお試しください。",
        "会社などが管理する端末では、制限されていることがあります。ご自宅のスマートフォンやパソコンでお試しください。",
    ],
    open_in_tab: "ポータルの中で動かないときは、チェックを新しいタブで開いてください",
    compare_by_hand: "お手元の健診結果を、下の（※1）の基準値と見比べてください。1つでも当てはまる場合は、プログラムを始める前に医療機関を受診し、主治医の許可を得てください。",
    counsellor_heading: "わからないとき・面談について",
    counsellor_intro: "面談の担当者からは、次の番号でお電話します。",
    download_heading: "Webex のダウンロード（無料）",
};
