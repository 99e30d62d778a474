//! The checker page in Japanese: labels, messages, the verdict and the support level.

use crate::text::{range_number, Text};
use kenshin_core::stratification::{Group, Reason, Risk, Treatment, SENIOR_AGES, TARGET_AGES};
use kenshin_core::{number, InputError, Key, Limit, SupportLevel, Timing};

pub static JA: Text = Text {
    app_title: "健診結果チェック",
    app_lead: "健康診断の結果を入力すると、保健指導プログラムを始める前に医療機関の受診と医師の許可が必要かどうかがわかります。",
    privacy_promise: "入力した値はこの端末の中だけで判定され、外部には送信されません。",
    switch_language: "English",
    nav_label: "ページ",
    nav_checker: "結果チェック",
    nav_guide: "面談の準備",

    about_you_heading: "あなたについて",
    sex_legend: "性別",
    male: "男性",
    female: "女性",
    age_label: "年齢",
    age_unit: "歳",
    checkup_date_label: "健診を受けた日",
    checkup_date_old: "この健診は12か月以上前のものです。面談には直近の健康診断の結果をご用意ください。",
    checkup_date_future: "健診を受けた日が今日より後になっています。日付をご確認ください。",

    values_heading: "健診の値",
    values_hint: "健診結果票の数値をそのまま入力してください。わからない項目は空欄のままで構いません。",
    value_labels: [
        "最高血圧（収縮期）",
        "最低血圧（拡張期）",
        "血糖（空腹時または随時）",
        "HbA1c（NGSP）",
        "AST（GOT）",
        "ALT（GPT）",
        "γ-\u{2060}GT（γ-\u{2060}GTP）", // U+2060 WORD JOINER: never "γ-" at a line end
        "血清クレアチニン",
        "eGFR",
        "腹囲",
        "身長",
        "体重",
        "中性脂肪",
        "HDLコレステロール",
        "LDLコレステロール",
        "Non-HDLコレステロール",
        "血色素量（ヘモグロビン）",
    ],
    optional: "任意",

    follow_up_heading: "確認の質問",
    treated_now_question: "現在、治療中の病気がありますか？",
    checkup_requires_care_question: "健診結果に「要治療」または「要精密検査」と書かれていましたか？",
    yes: "はい",
    no: "いいえ",

    result_heading: "判定",
    see_result: "結果を見る ↓",
    verdict_see_doctor_first: "始める前に医療機関を受診してください",
    verdict_see_doctor_first_detail: "プログラムの基準（※1）に当てはまる値があります（下の一覧の先頭）。実施前に必ず医療機関を受診し、医師の許可を得てから取り組みを始めてください。",
    verdict_may_start: "受診が必要な基準には当てはまりません",
    verdict_may_start_detail: "入力された値は、実施前に受診が必要な基準に一つも当てはまりません。",
    verdict_incomplete: "まだ判定できません",
    verdict_incomplete_detail: "これまでに入力された値は基準に当てはまりませんが、判定には次の項目が必要です。",
    missing_intro: "未入力の項目:",
    glucose_or_hba1c: "血糖または HbA1c",
    corrections_intro: "確認が必要な項目:",
    creatinine_needs_sex: |men, women| format!("血清クレアチニンの基準は男女で異なります（男性 {men}、女性 {women} mg/dL 以上）。性別を選んでください。"),
    estimated: "推算値",
    estimated_egfr_note: "eGFR が空欄のため、血清クレアチニン・年齢・性別から推算しました（日本腎臓学会の推算式）。",
    estimate_needs_intro: "eGFR を推算するには次も入力してください:",
    not_a_diagnosis: "これはプログラム参加のための基準で、診断ではありません。健診結果の指示（要治療・要精密検査など）と主治医の指示に必ず従ってください。",
    precautions_for_you: "あなたに特に関係する注意事項:",

    precautions_heading: "プログラムご利用上の注意事項",
    applies_to_you: "あなたに関係があります",
    precautions: [
        "治療中の疾病がある場合は、主治医の指示に従い、その指示内容については本プログラムの担当相談員にも伝え、主治医の指示範囲での生活習慣改善の支援を受けてください。",
        "プログラム期間中に、医療機関を受診し治療を始めた場合は、担当相談員に申し出てください。",
        "健診結果の指示には必ず従った上で本プログラムに参加してください。（要治療、要精密検査、食事や運動の制限等）",
        "健診結果が以下の基準（※1）に一つでも該当する場合、実施前に必ず医療機関を受診し、医師の許可を得てから取り組みを始めてください。",
        "実施にあたっては、ご自身の体調などに注意の上行い、身体に不調があった場合は医師にご相談の上継続または中止してください。天候や安全性を確認して行ってください。（主治医がいる場合は、必ず許可を得て行ってください。）",
        "病状、症状、検査値、治療等の状態により、プログラムを中断することがあります。",
        "サービス品質向上のため電話を使った支援等において通話録音させて頂くことがあります。",
        "転勤等で日本国外に居住となった場合、対面面談と電話支援は中止となります。",
        "電話や面談の際、本人確認として、氏名（フルネーム）と生年月日を伺わせていただくことがあります。",
    ],
    criteria_heading: "（※1）の基準値",

    provided_by: "提供: ",
    keep_values: "入力した値をこの端末に保存する",
    keep_values_hint: "保存しなければ、ページを閉じると値は消えます。家族などと共用の端末では保存しないでください。",
    keep_refused: "この端末では保存できません。ページを閉じると値は消えます。",
    update_ready: "新しいバージョンがあります。入力した値は消えません。",
    load_update: "更新する",
    erase_saved: "この端末に保存した値を消去",
    print: "結果を印刷",
    clear_all: "すべて消去",
    cleared: "入力をすべて消去しました。",
    undo: "元に戻す",
    print_heading: "健診結果チェック（プログラム参加前の確認）",
    print_checkup_date: "健診を受けた日",
    print_printed_on: "作成日",
    print_not_entered: "未入力",
    print_note: "この用紙は本人の端末で作成されたもので、どこにも送信されていません。",

    national_heading: "国の基準との比較（参考）",
    national_intro: "ここから下は、国の特定健診の判定値（厚生労働省「標準的な健診・保健指導プログラム（令和6年度版）」）と比べた参考情報です。上の「判定」（プログラム開始前に受診が必要かどうか）とは別のもので、判定を変えるものではありません。",
    body_heading: "身体計測",
    lipids_heading: "脂質",
    other_heading: "貧血・尿",
    questionnaire_heading: "質問票",
    glucose_timing_legend: "血糖の測定",
    tg_timing_legend: "中性脂肪の採血",
    fasting: "空腹時",
    random: "随時（食後）",
    urine_protein_label: "尿蛋白",
    not_selected: "選択してください",
    smoker_label: "たばこを習慣的に吸っている",
    med_bp_label: "血圧を下げる薬を飲んでいる",
    med_glucose_label: "血糖を下げる薬またはインスリン注射を使っている",
    med_lipids_label: "コレステロールや中性脂肪を下げる薬を飲んでいる",
    band_prefix: "国の基準: ",
    band_names: ["基準範囲内", "保健指導判定値", "受診勧奨判定値"],
    hemoglobin_needs_sex: "血色素量の基準は男女で違います。性別を選ぶと、国の基準と比べて表示します。",
    summary_heading: "入力した値の一覧（注意が必要な順）",
    support_heading: "特定保健指導の支援レベル（推定）",
    support_intro: "腹囲・BMI・追加リスクから、健診結果がどの支援レベルにあたるかを推定します（階層化）。案内状の理由を知るための参考です。",
    support_missing_intro: "推定には次も入力してください:",
    fiscal_age_note: "年齢は、健診を受けた年度（4月〜翌3月）の末日に達する年齢で判定します。",
    bmi_label: "BMI",
    limit: ja_limit,
    support_reason: ja_support_reason,
    support_level_name: ja_level_name,

    criterion_prefix: "基準 ",
    criterion_men: "男性 ",
    criterion_women: "女性 ",
    input_error,
    list_separator: "、",
};

fn input_error(error: InputError, unit: &str) -> String {
    match error {
        InputError::NotANumber => "数字で入力してください（例: 120）。".into(),
        InputError::DecimalComma => "小数点は「.」で入力してください（例: 1.5）。".into(),
        InputError::Negative => "マイナスの値は入力できません。".into(),
        InputError::WrongUnit { expected } => format!("この項目の単位は {expected} です。"),
        InputError::OutOfRange { min, max } => format!(
            "{}〜{} {unit} の範囲で入力してください。健診結果票をもう一度ご確認ください。",
            range_number(min),
            range_number(max)
        ),
        InputError::NotWholeNumber => "年齢は整数で入力してください（例: 52）。".into(),
        InputError::DiastolicNotBelowSystolic => {
            "最低血圧は最高血圧より低い値になります。2つの値をご確認ください。".into()
        }
        InputError::TooLong => "入力が長すぎます。数値だけを入力してください。".into(),
    }
}

fn ja_limit(value: &str, unit: &str, limit: Limit) -> String {
    let unit = if unit.is_empty() { String::new() } else { format!(" {unit}") };
    let relation = match limit {
        Limit::AtLeast(_) => "以上",
        Limit::Below(_) => "未満",
        Limit::AtMost(_) => "以下",
    };
    format!("{value}{unit} {relation}")
}

fn ja_level_name(level: SupportLevel) -> &'static str {
    match level {
        SupportLevel::Active => "積極的支援",
        SupportLevel::Motivational => "動機付け支援",
        SupportLevel::Information => "情報提供（特定保健指導の対象外）",
        SupportLevel::Incomplete => "まだ推定できません",
    }
}

fn ja_support_reason(reason: &Reason) -> String {
    // Glucose's field label already says "fasting or random"; the timing follows it.
    let label = |key: Key| if key == Key::Glucose { "血糖" } else { JA.value_labels[key.index()] };
    let limit = |key: Key, limit: Limit| JA.key_limit(key, limit);
    let bmi_limit = |l: Limit| ja_limit(&number::fixed(l.value(), 0), "", l);
    match *reason {
        Reason::GroupA { waist, limit: l } => {
            format!("ステップ1: 腹囲 {} cm（{}）→ 腹囲による対象（A）", number::plain(waist), limit(Key::Waist, l))
        }
        Reason::GroupB { waist, waist_limit, bmi, bmi_limit: b } => format!(
            "ステップ1: 腹囲 {} cm は {} に達しないが、BMI {}（{}）→ BMI による対象（B）",
            number::plain(waist),
            limit(Key::Waist, waist_limit),
            number::fixed(bmi, number::ESTIMATE_DECIMALS),
            bmi_limit(b)
        ),
        Reason::NotOverweight { waist, waist_limit, bmi, bmi_limit: b } => format!(
            "ステップ1: 腹囲 {} cm（基準 {}）、BMI {}（基準 {}）はいずれも基準未満 → 対象外",
            number::plain(waist),
            limit(Key::Waist, waist_limit),
            number::fixed(bmi, number::ESTIMATE_DECIMALS),
            bmi_limit(b)
        ),
        Reason::Risk(finding) => {
            let risk = match finding.risk {
                Risk::BloodPressure => "血圧",
                Risk::Lipids => "脂質",
                Risk::Glucose => "血糖",
            };
            let timing = match finding.timing {
                Some(Timing::Fasting) => "（空腹時）",
                Some(Timing::Random) => "（随時）",
                None => "",
            };
            format!(
                "ステップ2: {risk}のリスクあり — {}{timing} {} {}（{}）",
                label(finding.key),
                number::plain(finding.value),
                finding.key.unit(),
                limit(finding.key, finding.limit)
            )
        }
        Reason::Smoking { counted: true } => "ステップ2: 喫煙あり（他のリスクがあるため数えます）".into(),
        Reason::Smoking { counted: false } => "ステップ2: 喫煙あり（他のリスクがないため数えません）".into(),
        Reason::RiskCount { group, count, at_least } => format!(
            "ステップ3: {} で追加リスク {count} 個{}",
            match group {
                Group::A => "腹囲による対象（A）",
                Group::B => "BMI による対象（B）",
            },
            if at_least { "以上" } else { "" }
        ),
        Reason::SeniorMotivational { age } => {
            format!(
                "ステップ4: {age} 歳（{}〜{}歳）のため、積極的支援は動機付け支援になります",
                SENIOR_AGES.start(),
                SENIOR_AGES.end()
            )
        }
        Reason::Medication(treatment) => format!(
            "{}の薬を使っているため、特定保健指導の対象外です（主治医のもとで治療を続けてください）",
            match treatment {
                Treatment::BloodPressure => "血圧",
                Treatment::Glucose => "血糖",
                Treatment::Lipids => "脂質",
            }
        ),
        Reason::OutsideTargetAges { age } => format!(
            "特定保健指導の対象は{}〜{}歳です（入力された年齢: {age} 歳）",
            TARGET_AGES.start(),
            TARGET_AGES.end()
        ),
    }
}
