//! 健診結果ファイルからの入力: the words in Japanese.

use crate::text::import::ImportText;
use crate::text::ja::checker::JA;
use kenshin_core::import::item_codes::Variant;
use kenshin_core::import::{ImportError, Refusal};
use kenshin_core::Timing;

pub static IMPORT_JA: ImportText = ImportText {
    heading: "健診結果のファイルから入力する",
    hint: "特定健診の結果ファイル（h で始まる名前の .xml。健康保険組合のサイトなどで受け取れます）を選ぶと値が入ります。ファイルはこの端末の中だけで読み、どこにも送りません。",
    pick: "ファイルを選ぶ",
    review_heading: "ファイルから読み取った値",
    from_portal: "ご利用のサイトから届いた健診結果",
    review_intro: "内容を確かめて「この値で入力する」を押してください。押すまで入力欄は変わりません。",
    nothing_read: "このファイルには、このチェックで使う値がありませんでした。",
    refused: "使えません。",
    separator: "：",
    apply: "この値で入力する",
    discard: "使わない",
    applied: |count| format!("ファイルから {count} 項目を入力しました。"),
    readings: |list, averaged| {
        let rule = if averaged { "。2回測った場合は、国の定めに従い平均を使います" } else { "" };
        format!("（{list}{rule}）")
    },
    variant,
    refusal,
    error,
    unchanged: "入力欄は変わっていません。",
};

fn variant(variant: Variant) -> &'static str {
    match variant {
        Variant::Single => "",
        Variant::FirstReading => "1回目",
        Variant::SecondReading => "2回目",
        Variant::OtherReading => "その他（平均）",
        Variant::Taken(Timing::Fasting) => JA.fasting,
        Variant::Taken(Timing::Random) => JA.random,
        Variant::Measured => "実測",
        Variant::SelfMeasured => "自己測定",
        Variant::SelfReported => "自己申告",
    }
}

fn refusal(refusal: &Refusal, unit: &str) -> String {
    match refusal {
        Refusal::JdsHba1c => "JDS値（2012年度までの値）です。基準はNGSP値のため使いません。".into(),
        Refusal::WrongUnit(given) if given.is_empty() => format!("単位がありません（{unit} のはずです）。"),
        Refusal::WrongUnit(given) => format!("単位が {given} です（{unit} のはずです）。換算はしません。"),
        Refusal::NotDone => "未実施と記録されています。".into(),
        Refusal::NotMeasured => "測定できなかったと記録されています。".into(),
        Refusal::BeyondRange { above: true } => "測定範囲より高いとだけ記録され、数値がありません。".into(),
        Refusal::BeyondRange { above: false } => "測定範囲より低いとだけ記録され、数値がありません。".into(),
        Refusal::NotUsable(error) => (JA.input_error)(*error, unit),
        Refusal::UnknownAnswer => "このチェックでは使えない回答コードです。".into(),
    }
}

fn error(error: ImportError) -> &'static str {
    match error {
        ImportError::TooLarge => "ファイルが大きすぎます（1 MB まで）。一人分の結果ファイルを選んでください。",
        ImportError::Zip => "zip ファイルです。zip を開いて、中の h で始まる .xml ファイルを選んでください。",
        ImportError::NotXml => "XML として読み取れません。特定健診の結果ファイル（h で始まる .xml）を選んでください。",
        ImportError::Doctype => "安全のため、文書型宣言（DOCTYPE）を含むファイルは読みません。",
        ImportError::NotCheckup => "特定健診の結果ファイルではありません（保健指導や請求のファイルなど）。",
        ImportError::SeveralPeople => "複数の人の結果が入っています。ご自身のファイルだけを選んでください。",
        ImportError::NotAMessage => "ご利用のサイトから届いた内容を読み取れませんでした。",
    }
}
