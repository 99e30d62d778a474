//! 面談の準備ガイドの言葉: the guide in Japanese, following the leaflet.

use crate::text::guide::GuideText;
use kenshin_core::calendar::Appointment;
use kenshin_core::webex_app::{Browser, BrowserJoin, DeviceRequirement, MobileOs};

pub static GUIDE_JA: GuideText = GuideText {
    lead: "タブレット・スマートフォン、またはパソコンを使って保健指導（面談）を行います。面談の日までに、ここに書かれた準備をしておきましょう。",
    video_guide: "動画でのご案内はこちら",
    contents_label: "このページの内容",
    new_tab: "（別のタブで開きます）",

    steps_heading: "面談までの流れ",
    step_badges: ["STEP 1", "STEP 2", "当日"],
    step_titles: [
        "担当の健康相談員からご連絡します",
        "Webex で健康相談員と面談します",
        "お約束の時間に Webex で接続します",
    ],
    contact_phone_or_email: "事前に担当の健康相談員より、電話またはメールでご連絡いたします。ご連絡方法（電話またはメール）は、ご所属の顧客団体（健康保険組合・共済組合）様とのご契約状況により異なります。",
    contact_phone: "事前に担当の健康相談員より、お電話でご連絡いたします。",
    contact_email: "事前に担当の健康相談員より、メールでご連絡いたします。",
    caller_number_label: "相談員発信番号（お電話でのご連絡の場合）",
    caller_number_hint: "相談員からのお電話はこの番号からかかります。タップすると電話をかけられます。",
    step2_body: "スマートフォン・タブレット・パソコンのいずれかを使用し、WEB会議システム Webex（ウェブイクス）で健康相談員と面談を実施いたします。面談当日までに、当日使用予定の機器へ {app} アプリのインストールをお願いします。",
    step2_pc_note: "パソコンにカメラ・マイク機能がついていない場合は、別途ご準備ください。パソコンをご利用の方は、カメラ・マイクの接続確認もお願いいたします。",
    step3_body: "手順は下の「面談当日の流れ」をご覧ください。つながらないときは、相談員からお電話します。",

    webex_heading: "{app} アプリのダウンロード",
    webex_intro: "面談当日までに、当日使う機器に {app} アプリをインストールしてください。",
    webex_free: "Webex は無料プランで利用できます。有料プランへの申し込みは不要です。",
    webex_recommended_intro: "この端末におすすめ:",
    webex_unknown_device: "お使いの端末を判別できなかったため、パソコン用のページを先に表示しています。",
    webex_others_summary: "ほかの端末用のダウンロード",
    webex_search_hint: "見つからないときは、ストアで「{app}」（ウェブイクス）を検索してください。",
    platform_ios: "iPhone・iPad",
    platform_android: "Android",
    platform_windows: "Windows パソコン",
    platform_mac: "Mac",
    platform_linux: "Linux パソコン",
    store_app_store: "App Store で {app} を入手（iPhone・iPad）",
    store_google_play: "Google Play で {app} を入手（Android）",
    store_desktop: "パソコン用 Webex のダウンロードページ（Windows・Mac・Linux）",
    requirements_heading: "使える端末",
    requirement: requirement_ja,
    requirement_check: [
        "バージョンの確かめ方: 「設定」→「一般」→「情報」の「iOS バージョン」",
        "バージョンの確かめ方: 「設定」→「デバイス情報」（機種により「端末情報」など）→「Android バージョン」",
    ],
    requirement_too_old: "これより古いときは、ほかのスマートフォンやタブレット、パソコンを使うか、相談員からの連絡の際にお伝えください。",
    app_will_not_install: "アプリが入らない・起動しないときは、ほかのスマートフォンやタブレット、パソコンを使うか、相談員からの連絡の際にお伝えください。",
    update_app: update_app_ja,
    browser_join_heading: "パソコンなら、インストールしなくても参加できます",
    browser_join_body: "お知らせした面談の URL をパソコンで開くと、Webex の参加ページが表示されます。「ブラウザから参加」を選ぶと、アプリを入れずにそのまま参加できます。使えるブラウザ:",
    browser_name: browser_name_ja,
    browser_join_account: "主催者が求めない限り、Webex のアカウントは不要です（お名前とメールアドレスを入れて参加します）。アプリで参加したい方は、下のページからダウンロードできます。",

    appointment_heading: "面談の日時",
    appointment_intro: "相談員と決めた面談の日時を入れると、残りの日数がわかり、カレンダーに登録できます。日時はどこにも送られません。",
    appointment_date_label: "面談の日",
    appointment_time_label: "開始の時刻",
    appointment_when: appointment_when_ja,
    appointment_days_left: appointment_days_left_ja,
    add_to_calendar: "カレンダーに登録する",
    calendar_hint: calendar_hint_ja,
    appointment_kept: "日時がこの端末に残るのは、チェック画面の「入力した値をこの端末に保存する」をオンにしたときだけです。",
    calendar_title: "保健指導の面談（Webex）",
    calendar_counsellor_label: "相談員発信番号:",
    calendar_alarm_evening: "明日は保健指導の面談です。{app} アプリの更新、端末の充電、イヤホン、健診結果の準備をお願いします。",
    calendar_alarm_soon: "まもなく面談です。{app} アプリを開いて「参加」を押してください。",

    prepare_heading: "面談時にご準備いただくもの",
    prepare_intro: "準備できたものにチェックを入れましょう。",
    prepare_items: [
        ("スマートフォン・タブレット・パソコンのいずれか", "{app} アプリを入れておきます。"),
        ("イヤホン（推奨）", "プライバシーを守るために、イヤホンの使用をお勧めします。"),
        ("直近の健康診断の結果", "面談で健診結果を一緒に確認します。"),
        ("Wi-Fi 環境", "通信費はご自身の負担となるため、Wi-Fi を推奨します。パソコンで LAN ケーブルを使う場合は不要です。"),
        ("パソコンの場合: カメラとマイク", "ついていない場合は別途ご準備ください。下の「カメラとマイクの確認」で試せます。"),
    ],
    prepare_progress: prepare_progress_ja,
    prepare_all_done: "準備ができました。",
    prepare_not_stored: "チェックはこの画面の中だけのもので、どこにも保存・送信されません。",

    data_heading: "通信環境（Wi-Fi 環境推奨）",
    data_wifi: "Webex は無料で利用できますが、通信費は別途ご自身での負担となるため、Wi-Fi 環境の利用を推奨いたします（ルーターなどの準備をお願いします）。",
    data_lan: "パソコンを使用して LAN ケーブルをご利用の場合は、Wi-Fi 接続は不要です。",
    data_result: data_result_ja,

    camera_heading: "カメラとマイクの確認",
    camera_intro: "「確認を始める」を押すと、この端末のカメラの映像とマイクの音の大きさが表示されます。ブラウザから許可を求められたら「許可」を選んでください。",
    camera_private: "映像と音声はこの画面に表示するだけで、録画も送信もしません。確認が終わったら「止める」を押してください。",
    camera_start: "確認を始める",
    camera_stop: "止める",
    camera_starting: "カメラとマイクを準備しています…",
    camera_running: "映像が映り、話すとマイクのバーが動けば準備完了です。",
    camera_preview_label: "カメラの映像（この端末の中だけ）",
    camera_level_label: "マイクの音の大きさ",
    camera_level_hint: "声を出すとバーが動きます。",
    camera_stopped: "カメラとマイクを止めました。",
    camera_stopped_hidden: "画面から離れたため、カメラとマイクを止めました。",
    camera_denied: "カメラまたはマイクの使用が許可されませんでした。アドレスバーの鍵マークやブラウザの設定で、このページのカメラとマイクを「許可」にしてから、もう一度「確認を始める」を押してください。",
    camera_framed: "このページはほかのサイト（ポータル）の中に表示されているため、カメラとマイクが使えません。このページを別のタブで開くと確認できます。",
    camera_framed_operator: "ポータルの運営者の方へ: このページを表示している iframe に allow=\"camera; microphone\" を追加してください。",
    camera_open_new_tab: "このページを別のタブで開く",
    camera_no_device: "カメラまたはマイクが見つかりませんでした。パソコンにカメラ・マイクがついていない場合は、別途ご準備ください（USB カメラ、マイク付きイヤホンなど）。つないでから、もう一度お試しください。",
    camera_in_use: "カメラまたはマイクをほかのアプリが使っているようです。Webex などほかのアプリを閉じてから、もう一度お試しください。",
    camera_unsupported: "このブラウザでは、このページからカメラとマイクを確認できません。最新のブラウザでお試しいただくか、{app} アプリの中で確認してください。",
    camera_other: "カメラとマイクを確認できませんでした。もう一度お試しください。",

    join_heading: "面談当日の流れ",
    join_intro: "お約束の時間になりましたら、次の順に Webex に接続してください。",
    join_steps: [
        "{app} アプリを開きます。",
        "「参加」ボタンを押します。",
        "事前にお知らせしているミーティング番号とパスワードを入力します（またはお知らせした URL をタップ・クリックします）。",
        "お名前・メールアドレスの入力欄が空欄の方は、そちらもご入力のうえ、接続してください。",
    ],
    join_trouble_heading: "つながらないとき・途中で切れたとき",
    join_trouble: "お時間になっても接続が確認できない場合や、途中で接続が切断された場合は、相談員よりお電話いたします。接続でお困りのことなど、ご状況をお伝えください。",

    privacy_heading: "個人情報の取り扱い",
    app_promise_heading: "このアプリのお約束",
    app_promise: [
        "このアプリに入力した値は、この端末の中だけで扱われます。",
        "ページを読み込んだあと、このアプリは通信を一切行いません。値を送ることも、アクセス解析もありません。このことは自動テストで毎回確かめています。",
        "値をこの端末に残すのは、あなたがそう選んだときだけです。いつでも消せます。",
        "カメラとマイクの確認でも、映像や音声を録画・送信することはありません。",
    ],
    operator_heading: "当社におけるお客様の個人情報の適切な取り扱いについて",
    operator_intro: "SOMPOヘルスサポート株式会社（以下、「当社」という。）は個人情報を以下のとおり取り扱います。",
};

fn prepare_progress_ja(done: usize, total: usize) -> String {
    format!("{total} 項目中 {done} 項目を準備できました。")
}

fn data_result_ja(minutes: u32, megabytes: u32, gigabytes: &str) -> String {
    format!("{minutes}分の面談で、およそ {megabytes} MB（約 {gigabytes} GB）の通信量になります。")
}

fn requirement_ja(row: &DeviceRequirement) -> String {
    let ram = match (row.min_ram_gb, row.recommended_ram_gb) {
        (Some(min), Some(recommended)) => format!("、メモリ（RAM）{min} GB 以上（{recommended} GB 以上を推奨）"),
        (Some(min), None) => format!("、メモリ（RAM）{min} GB 以上"),
        _ => String::new(),
    };
    match row.os {
        MobileOs::Ios => format!("iPhone・iPad: iOS・iPadOS {} 以降{ram}", row.min_os_major),
        MobileOs::Android => format!("Android: Android {} 以降{ram}", row.min_os_major),
    }
}

fn update_app_ja(months: Option<u32>) -> String {
    match months {
        Some(months) => format!("面談の前日までに、アプリを最新版に更新してください。{months}か月より古い版のままだと、サインアウトされることがあります。"),
        None => "面談の前日までに、アプリを最新版に更新してください。".into(),
    }
}

/// A browser's name, and what it cannot do when that matters on the day
/// (a lower video resolution, no screen sharing; Firefox ESR excluded).
fn browser_name_ja(row: &BrowserJoin) -> String {
    let name = match row.browser {
        Browser::Chrome => "Google Chrome",
        Browser::Edge => "Microsoft Edge",
        Browser::Firefox => "Firefox（ESR 版を除く）",
        Browser::Safari => "Safari（Mac）",
    };
    match (row.sends_video_up_to, row.can_share_screen) {
        (Some(lines), false) if lines < 720 => format!("{name}: 送る映像は {lines}p まで、画面共有はできません"),
        (_, false) => format!("{name}: 画面共有はできません"),
        _ => name.to_string(),
    }
}

const WEEKDAYS_JA: [&str; 7] = ["日", "月", "火", "水", "木", "金", "土"];

fn appointment_when_ja(at: Appointment) -> String {
    let (date, time) = (at.date, at.time);
    let weekday = WEEKDAYS_JA[date.weekday_from_sunday()];
    format!("{}年{}月{}日（{weekday}）{}時{:02}分から", date.year, date.month, date.day, time.hour, time.minute)
}

fn appointment_days_left_ja(days: i64) -> String {
    match days {
        ..=-1 => "この日は過ぎています。日付を確かめてください。".into(),
        0 => "今日が面談の日です。".into(),
        1 => "明日が面談の日です。".into(),
        days => format!("面談まで、あと {days} 日です。"),
    }
}

fn calendar_hint_ja(evening_hour: u32, minutes_before: u32) -> String {
    format!("カレンダーに、前日の{evening_hour}時と{minutes_before}分前のお知らせ付きで入ります。登録できないときは、日時を手帳などに書き留めてください。")
}
