//! The session guide's words (docs/product.md, "Session guide"), one table per
//! language.
//! Japanese follows the leaflet; English says the same thing plainly.
//! The guide's components hold no user-facing literals: they look them up here.

use kenshin_core::calendar::{weekday_from_sunday, Appointment};
use kenshin_core::media_check::MediaProblem;
use kenshin_core::platform::{Platform, Store};
use kenshin_core::settings::Contact;
use kenshin_core::webex_app::{Browser, BrowserJoin, DeviceRequirement, MobileOs};
use kenshin_core::WebexApp;

/// Stands for the app's name in a sentence that names it: the operator's
/// meetings need either the Webex or the Webex Meetings app (`webex_app.rs`).
const APP: &str = "{app}";

/// A sentence with the operator's app named in it.
pub fn named(sentence: &str, app: WebexApp) -> String {
    sentence.replace(APP, app.name())
}

/// One of the leaflet's seven points on personal information.
pub struct PrivacyPoint {
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
    pub list: &'static [&'static str],
    /// Paragraphs after the list.
    pub notes: &'static [&'static str],
}

pub struct GuideText {
    pub lead: &'static str,
    /// The link to the operator's video guide (setting kenshin:video-url).
    pub video_guide: &'static str,
    pub contents_label: &'static str,
    /// Said after a link that opens another site in a new tab.
    pub new_tab: &'static str,

    // 1. The three steps.
    pub steps_heading: &'static str,
    pub step_badges: [&'static str; 3],
    pub step_titles: [&'static str; 3],
    pub contact_phone_or_email: &'static str,
    pub contact_phone: &'static str,
    pub contact_email: &'static str,
    pub caller_number_label: &'static str,
    pub caller_number_hint: &'static str,
    pub step2_body: &'static str,
    pub step2_pc_note: &'static str,
    pub step3_body: &'static str,

    // 2. Webex download.
    pub webex_heading: &'static str,
    pub webex_intro: &'static str,
    pub webex_free: &'static str,
    pub webex_recommended_intro: &'static str,
    pub webex_unknown_device: &'static str,
    pub webex_others_summary: &'static str,
    pub webex_search_hint: &'static str,
    pub platform_ios: &'static str,
    pub platform_android: &'static str,
    pub platform_windows: &'static str,
    pub platform_mac: &'static str,
    pub platform_linux: &'static str,
    pub store_app_store: &'static str,
    pub store_google_play: &'static str,
    pub store_desktop: &'static str,
    /// What a phone or tablet needs (`webex_app.rs`), and what to do if it is older.
    pub requirements_heading: &'static str,
    pub requirement: fn(&DeviceRequirement) -> String,
    /// Where the phone shows its version, per `MobileOs` (iOS, Android): the
    /// app cannot know it (browsers freeze the version they report).
    pub requirement_check: [&'static str; 2],
    pub requirement_too_old: &'static str,
    /// Where no version numbers are published: what to do if the app will not install.
    pub app_will_not_install: &'static str,
    /// Keep the app up to date; `Some(months)`: an older app may be signed out.
    pub update_app: fn(Option<u32>) -> String,
    /// On a computer: the meeting link's page offers joining from the browser.
    pub browser_join_heading: &'static str,
    pub browser_join_body: &'static str,
    pub browser_name: fn(&BrowserJoin) -> String,
    /// No account needed, and the app remains the other way.
    pub browser_join_account: &'static str,

    // The appointment, in the participant's own calendar (`calendar.rs`).
    pub appointment_heading: &'static str,
    pub appointment_intro: &'static str,
    pub appointment_date_label: &'static str,
    pub appointment_time_label: &'static str,
    pub appointment_when: fn(Appointment) -> String,
    /// Days from today to the interview: 0 today, negative once past.
    pub appointment_days_left: fn(i64) -> String,
    pub add_to_calendar: &'static str,
    /// The reminders' times: the hour the evening before, the minutes before.
    pub calendar_hint: fn(evening_hour: u32, minutes_before: u32) -> String,
    pub appointment_kept: &'static str,
    /// The calendar file's own words: no health value ever goes in.
    pub calendar_title: &'static str,
    pub calendar_counsellor_label: &'static str,
    pub calendar_alarm_evening: &'static str,
    pub calendar_alarm_soon: &'static str,

    // 3. What to prepare.
    pub prepare_heading: &'static str,
    pub prepare_intro: &'static str,
    /// (item, note) pairs; the last one is for PCs only.
    pub prepare_items: [(&'static str, &'static str); 5],
    pub prepare_progress: fn(done: usize, total: usize) -> String,
    pub prepare_all_done: &'static str,
    pub prepare_not_stored: &'static str,

    // 4. Data use.
    pub data_heading: &'static str,
    pub data_wifi: &'static str,
    pub data_lan: &'static str,
    pub data_result: fn(minutes: u32, megabytes: u32, gigabytes: &str) -> String,

    // 5. Camera and microphone check.
    pub camera_heading: &'static str,
    pub camera_intro: &'static str,
    pub camera_private: &'static str,
    pub camera_start: &'static str,
    pub camera_stop: &'static str,
    pub camera_starting: &'static str,
    pub camera_running: &'static str,
    pub camera_preview_label: &'static str,
    pub camera_level_label: &'static str,
    pub camera_level_hint: &'static str,
    pub camera_stopped: &'static str,
    pub camera_stopped_hidden: &'static str,
    pub camera_denied: &'static str,
    pub camera_framed: &'static str,
    pub camera_framed_operator: &'static str,
    pub camera_open_new_tab: &'static str,
    pub camera_no_device: &'static str,
    pub camera_in_use: &'static str,
    pub camera_unsupported: &'static str,
    pub camera_other: &'static str,

    // 6. The day.
    pub join_heading: &'static str,
    pub join_intro: &'static str,
    pub join_steps: [&'static str; 4],
    pub join_trouble_heading: &'static str,
    pub join_trouble: &'static str,

    // 7. Privacy.
    pub privacy_heading: &'static str,
    pub app_promise_heading: &'static str,
    pub app_promise: [&'static str; 4],
    pub operator_heading: &'static str,
    pub operator_intro: &'static str,
    pub privacy_points: [PrivacyPoint; 7],
    pub privacy_contact_heading: &'static str,
    pub privacy_contact_name: &'static str,
    pub privacy_contact_link: &'static str,
}

impl GuideText {
    pub fn contact(&self, contact: Contact) -> &'static str {
        match contact {
            Contact::PhoneOrEmail => self.contact_phone_or_email,
            Contact::Phone => self.contact_phone,
            Contact::Email => self.contact_email,
        }
    }

    /// The device the recommended download is for; `None` when unknown.
    pub fn platform(&self, platform: Platform) -> Option<&'static str> {
        match platform {
            Platform::Ios => Some(self.platform_ios),
            Platform::Android => Some(self.platform_android),
            Platform::Windows => Some(self.platform_windows),
            Platform::Mac => Some(self.platform_mac),
            Platform::Linux => Some(self.platform_linux),
            Platform::Other => None,
        }
    }

    pub fn store(&self, store: Store) -> &'static str {
        match store {
            Store::AppStore => self.store_app_store,
            Store::GooglePlay => self.store_google_play,
            Store::Desktop => self.store_desktop,
        }
    }

    /// The explanation for a failed check; `Framed` and `DeniedOrFramed`
    /// are followed in the page by the note for the portal's operator.
    pub fn media_problem(&self, problem: MediaProblem) -> &'static str {
        match problem {
            MediaProblem::Denied | MediaProblem::DeniedOrFramed => self.camera_denied,
            MediaProblem::Framed => self.camera_framed,
            MediaProblem::NoDevice => self.camera_no_device,
            MediaProblem::InUse => self.camera_in_use,
            MediaProblem::Unsupported => self.camera_unsupported,
            MediaProblem::Other => self.camera_other,
        }
    }
}

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
    privacy_points: [
        PrivacyPoint {
            title: "1. 個人情報の利用目的",
            paragraphs: &["当社がお預かりした個人情報は、以下の目的のみに利用します。"],
            list: &[
                "お客様への健康相談・健康増進サービス（専門職による対面、オンライン面談、講義形式、電話等による相談、アドバイス）の提供",
                "サービス提供にともなう各種連絡（郵送、電話、電子メール等）",
                "お客様が健康記録を入力するために当社が用意した WEB サービス、アプリケーション等とのデータ連携",
                "事業の委託元（健保組合、国保、共済組合等の医療保険者、事業所等）への実施報告",
                "システムの運用保守",
                "サービスに関するお問い合わせ対応",
                "サービス改善のための分析",
            ],
            notes: &[
                "なお、タブレット上でのクッキー情報を利用した個人情報の取得は行っていません。",
                "※クッキーとはウェブサイトをご利用の際に、ウェブサーバーがご利用者のコンピューター（ブラウザ）を識別する仕組みです。",
            ],
        },
        PrivacyPoint {
            title: "2. 個人情報の預託",
            paragraphs: &["当社は、利用目的の達成に必要な範囲において、業務の一部を外部に委託し、当該委託先に対して個人情報を預託する場合があります。預託にあたっては、法令および当社で定めた基準に従い、個人情報の適切な管理を行います。"],
            list: &[],
            notes: &[],
        },
        PrivacyPoint {
            title: "3. 個人情報の第三者提供",
            paragraphs: &["当社がお預かりした個人情報については、ご本人の同意がある場合、および法令等に基づく例外を除き、第三者に提供いたしません。"],
            list: &[],
            notes: &[],
        },
        PrivacyPoint {
            title: "4. 個人情報の共同利用",
            paragraphs: &["当社がお預かりした個人情報を他者と共同利用することはありません。"],
            list: &[],
            notes: &[],
        },
        PrivacyPoint {
            title: "5. 個人情報提供の任意性",
            paragraphs: &["当社への個人情報のご提供は任意です。ただし、個人情報のご提供に同意いただけない場合、サービスの提供に支障が出る場合がありますので、ご了承ください。"],
            list: &[],
            notes: &[],
        },
        PrivacyPoint {
            title: "6. 個人情報保護管理者",
            paragraphs: &["当社の個人情報の取り扱いに関する管理者は、「個人情報保護管理者」がその任にあたります。"],
            list: &[],
            notes: &[],
        },
        PrivacyPoint {
            title: "7. 取得した個人情報の開示等およびお問い合わせ窓口",
            paragraphs: &["本人からの求めにより、当社が本件により取得した個人情報の利用目的の通知・開示・内容の訂正・追加または削除・利用の停止・消去（「開示等」といいます。）に応じます。"],
            list: &[],
            notes: &[],
        },
    ],
    privacy_contact_heading: "開示等に応じる窓口およびお問い合わせ窓口",
    privacy_contact_name: "SOMPOヘルスサポート株式会社",
    privacy_contact_link: "個人情報に関するお問い合わせフォーム",
};

pub static GUIDE_EN: GuideText = GuideText {
    lead: "Your health guidance interview takes place on a tablet, a smartphone or a computer. Use this page to get ready before the day.",
    video_guide: "Watch the video guide",
    contents_label: "On this page",
    new_tab: " (opens in a new tab)",

    steps_heading: "How it works",
    step_badges: ["STEP 1", "STEP 2", "The day"],
    step_titles: [
        "Your health counsellor contacts you",
        "You meet your counsellor on Webex",
        "Connect on Webex at the appointed time",
    ],
    contact_phone_or_email: "Before the interview, your health counsellor will contact you by phone or by e-mail. Whether it is phone or e-mail depends on the contract with your organisation (your health insurance society or mutual aid association).",
    contact_phone: "Before the interview, your health counsellor will phone you.",
    contact_email: "Before the interview, your health counsellor will e-mail you.",
    caller_number_label: "Your counsellor's number (when contacting you by phone)",
    caller_number_hint: "Calls from your counsellor come from this number. Tap it to call.",
    step2_body: "You meet your health counsellor on a smartphone, a tablet or a computer, using the web meeting system Webex. Before the day, please install the {app} app on the device you will use.",
    step2_pc_note: "If your computer has no camera or microphone, please get one. If you use a computer, please also check that the camera and microphone work.",
    step3_body: "The steps are under \"On the day\" below. If you cannot connect, your counsellor will phone you.",

    webex_heading: "Download the {app} app",
    webex_intro: "Before the day, install the {app} app on the device you will use for the interview.",
    webex_free: "The free Webex plan is all you need; you do not have to sign up for a paid plan.",
    webex_recommended_intro: "For this device:",
    webex_unknown_device: "We could not tell which device this is, so the computer download page comes first.",
    webex_others_summary: "Downloads for other devices",
    webex_search_hint: "If you cannot find it, search the store for \"{app}\".",
    platform_ios: "iPhone and iPad",
    platform_android: "Android",
    platform_windows: "Windows computer",
    platform_mac: "Mac",
    platform_linux: "Linux computer",
    store_app_store: "Get {app} on the App Store (iPhone, iPad)",
    store_google_play: "Get {app} on Google Play (Android)",
    store_desktop: "Webex download page for computers (Windows, Mac, Linux)",
    requirements_heading: "Which phones and tablets work",
    requirement: requirement_en,
    requirement_check: [
        "To see your version: Settings → General → About → iOS Version",
        "To see your version: Settings → About phone (the name varies by model) → Android version",
    ],
    requirement_too_old: "If yours is older, use another phone, a tablet or a computer, or tell your counsellor when they contact you.",
    app_will_not_install: "If the app will not install or open, use another phone, a tablet or a computer, or tell your counsellor when they contact you.",
    update_app: update_app_en,
    browser_join_heading: "On a computer, you can join without installing anything",
    browser_join_body: "Open the interview link you were sent on your computer: Webex shows a page to join. Choose \"Join from your browser\" to take part without installing the app. Browsers you can use:",
    browser_name: browser_name_en,
    browser_join_account: "Unless the host asks for one, you need no Webex account (you join with your name and e-mail address). If you prefer the app, download it from the page below.",

    appointment_heading: "Your interview",
    appointment_intro: "Enter the date and time agreed with your counsellor: you see the days left and can add it to your calendar. Nothing is sent anywhere.",
    appointment_date_label: "Date",
    appointment_time_label: "Start time",
    appointment_when: appointment_when_en,
    appointment_days_left: appointment_days_left_en,
    add_to_calendar: "Add to my calendar",
    calendar_hint: calendar_hint_en,
    appointment_kept: "The date and time stay on this device only if \"Keep my values on this device\" is ticked on the checker.",
    calendar_title: "Health guidance interview (Webex)",
    calendar_counsellor_label: "Your counsellor's number:",
    calendar_alarm_evening: "Your health guidance interview is tomorrow. Update the {app} app, charge your device, and have earphones and your checkup results ready.",
    calendar_alarm_soon: "Your interview starts soon. Open the {app} app and tap \"Join\".",

    prepare_heading: "What to have ready",
    prepare_intro: "Tick each item when it is ready.",
    prepare_items: [
        ("A smartphone, a tablet or a computer", "With the {app} app installed."),
        ("Earphones (recommended)", "We recommend earphones to protect your privacy."),
        ("Your latest health checkup results", "You will go through them together in the interview."),
        ("Wi-Fi", "You pay for the data you use, so Wi-Fi is recommended. Not needed on a computer with a LAN cable."),
        ("On a computer: a camera and a microphone", "If it has none, please get them. You can try them under \"Camera and microphone check\" below."),
    ],
    prepare_progress: prepare_progress_en,
    prepare_all_done: "You are ready.",
    prepare_not_stored: "These ticks stay on this screen only; they are not saved or sent anywhere.",

    data_heading: "Your connection (Wi-Fi recommended)",
    data_wifi: "Webex is free to use, but you pay for the data, so we recommend Wi-Fi (please have a router or similar ready).",
    data_lan: "On a computer connected with a LAN cable, you do not need Wi-Fi.",
    data_result: data_result_en,

    camera_heading: "Camera and microphone check",
    camera_intro: "Tap \"Start the check\" to see this device's camera picture and how loud its microphone hears you. If your browser asks, choose \"Allow\".",
    camera_private: "The picture and sound are only shown on this screen: nothing is recorded or sent. Tap \"Stop\" when you are done.",
    camera_start: "Start the check",
    camera_stop: "Stop",
    camera_starting: "Starting the camera and microphone…",
    camera_running: "If you see yourself and the microphone bar moves when you speak, you are ready.",
    camera_preview_label: "Camera picture (stays on this device)",
    camera_level_label: "Microphone level",
    camera_level_hint: "The bar moves when you speak.",
    camera_stopped: "The camera and microphone are off.",
    camera_stopped_hidden: "You left this screen, so the camera and microphone were turned off.",
    camera_denied: "The camera or microphone was not allowed. Allow them for this page (the lock icon in the address bar, or your browser's settings), then tap \"Start the check\" again.",
    camera_framed: "This page is shown inside another site (a portal), which does not let it use the camera and microphone. Open this page in a new tab to check them.",
    camera_framed_operator: "For the portal's operator: add allow=\"camera; microphone\" to the iframe that shows this page.",
    camera_open_new_tab: "Open this page in a new tab",
    camera_no_device: "No camera or microphone was found. If your computer has none, please get one (a USB camera, earphones with a microphone, …), connect it and try again.",
    camera_in_use: "Another app seems to be using the camera or microphone. Close other apps such as Webex and try again.",
    camera_unsupported: "This browser cannot check the camera and microphone from this page. Try an up-to-date browser, or check them in the {app} app.",
    camera_other: "The camera and microphone could not be checked. Please try again.",

    join_heading: "On the day",
    join_intro: "At the appointed time, connect to Webex like this:",
    join_steps: [
        "Open the {app} app.",
        "Tap \"Join\" (参加).",
        "Enter the meeting number and password you were sent (or tap the meeting link you were sent).",
        "If the name and e-mail fields are empty, fill them in too, then connect.",
    ],
    join_trouble_heading: "If you cannot connect, or get cut off",
    join_trouble: "If we cannot see you connected at the appointed time, or the connection drops during the interview, your counsellor will phone you. Tell them what is happening and they will help.",

    privacy_heading: "Personal information",
    app_promise_heading: "This app's promise",
    app_promise: [
        "What you type into this app stays on this device.",
        "Once the page has loaded, this app makes no network request at all: nothing you type is sent, and there is no analytics. Automated tests check this every time.",
        "Values are kept on this device only if you choose so, and you can erase them at any time.",
        "The camera and microphone check records nothing and sends nothing.",
    ],
    operator_heading: "How the Company handles your personal information",
    operator_intro: "SOMPO Health Support (SOMPOヘルスサポート株式会社, \"the Company\") handles personal information as follows.",
    privacy_points: [
        PrivacyPoint {
            title: "1. Purposes of use",
            paragraphs: &["The Company uses the personal information entrusted to it only for the following purposes:"],
            list: &[
                "Providing health consultation and health promotion services to you (consultation and advice by professionals in person, in online interviews, in lectures, by phone and so on)",
                "Contacting you as needed to provide the services (by post, phone, e-mail and so on)",
                "Exchanging data with the web services, applications and so on that the Company provides for you to enter your health records",
                "Reporting on the services to those who commissioned them (health insurers such as health insurance societies, National Health Insurance and mutual aid associations, and employers)",
                "Operating and maintaining its systems",
                "Answering enquiries about the services",
                "Analysis to improve the services",
            ],
            notes: &[
                "The Company does not collect personal information using cookies on tablets.",
                "* A cookie is a mechanism by which a web server identifies the user's computer (browser) when a website is used.",
            ],
        },
        PrivacyPoint {
            title: "2. Entrusting personal information",
            paragraphs: &["To the extent needed for these purposes, the Company may outsource part of its work and entrust personal information to the contractor. When it does, it manages the personal information properly, in accordance with the law and the Company's own standards."],
            list: &[],
            notes: &[],
        },
        PrivacyPoint {
            title: "3. Provision to third parties",
            paragraphs: &["The Company does not provide the personal information entrusted to it to third parties, except with your consent or where the law or regulations allow."],
            list: &[],
            notes: &[],
        },
        PrivacyPoint {
            title: "4. Joint use",
            paragraphs: &["The Company does not share the personal information entrusted to it with others for joint use."],
            list: &[],
            notes: &[],
        },
        PrivacyPoint {
            title: "5. Providing personal information is voluntary",
            paragraphs: &["Providing personal information to the Company is voluntary. Please note, however, that if you do not agree to provide it, the Company may not be able to provide the services properly."],
            list: &[],
            notes: &[],
        },
        PrivacyPoint {
            title: "6. Personal information protection manager",
            paragraphs: &["The Company's \"Personal Information Protection Manager\" is responsible for the handling of personal information."],
            list: &[],
            notes: &[],
        },
        PrivacyPoint {
            title: "7. Disclosure and enquiries",
            paragraphs: &["At your request, the Company will notify you of the purposes of use of the personal information it obtained for this service, disclose it, correct, add to or delete its content, stop using it, or erase it (\"disclosure and so on\")."],
            list: &[],
            notes: &[],
        },
    ],
    privacy_contact_heading: "Contact for disclosure requests and enquiries",
    privacy_contact_name: "SOMPO Health Support (SOMPOヘルスサポート株式会社)",
    privacy_contact_link: "Personal information enquiry form (in Japanese)",
};

fn prepare_progress_ja(done: usize, total: usize) -> String {
    format!("{total} 項目中 {done} 項目を準備できました。")
}

fn prepare_progress_en(done: usize, total: usize) -> String {
    format!("{done} of {total} ready.")
}

fn data_result_ja(minutes: u32, megabytes: u32, gigabytes: &str) -> String {
    format!("{minutes}分の面談で、およそ {megabytes} MB（約 {gigabytes} GB）の通信量になります。")
}

fn data_result_en(minutes: u32, megabytes: u32, gigabytes: &str) -> String {
    format!("A {minutes}-minute interview uses about {megabytes} MB (about {gigabytes} GB) of data.")
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

fn requirement_en(row: &DeviceRequirement) -> String {
    let ram = match (row.min_ram_gb, row.recommended_ram_gb) {
        (Some(min), Some(recommended)) => format!(", at least {min} GB of memory (RAM; {recommended} GB recommended)"),
        (Some(min), None) => format!(", at least {min} GB of memory (RAM)"),
        _ => String::new(),
    };
    match row.os {
        MobileOs::Ios => format!("iPhone, iPad: iOS or iPadOS {} or newer{ram}", row.min_os_major),
        MobileOs::Android => format!("Android: Android {} or newer{ram}", row.min_os_major),
    }
}

fn update_app_ja(months: Option<u32>) -> String {
    match months {
        Some(months) => format!("面談の前日までに、アプリを最新版に更新してください。{months}か月より古い版のままだと、サインアウトされることがあります。"),
        None => "面談の前日までに、アプリを最新版に更新してください。".into(),
    }
}

fn update_app_en(months: Option<u32>) -> String {
    match months {
        Some(months) => {
            format!("Update the app before the day: a version more than {months} months old may be signed out.")
        }
        None => "Update the app before the day.".into(),
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

fn browser_name_en(row: &BrowserJoin) -> String {
    let name = match row.browser {
        Browser::Chrome => "Google Chrome",
        Browser::Edge => "Microsoft Edge",
        Browser::Firefox => "Firefox (not the ESR version)",
        Browser::Safari => "Safari (Mac)",
    };
    match (row.sends_video_up_to, row.can_share_screen) {
        (Some(lines), false) if lines < 720 => format!("{name}: sends video up to {lines}p, no screen sharing"),
        (_, false) => format!("{name}: no screen sharing"),
        _ => name.to_string(),
    }
}

const WEEKDAYS_JA: [&str; 7] = ["日", "月", "火", "水", "木", "金", "土"];
const WEEKDAYS_EN: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn appointment_when_ja(at: Appointment) -> String {
    let (date, time) = (at.date, at.time);
    let weekday = WEEKDAYS_JA[weekday_from_sunday(date)];
    format!("{}年{}月{}日（{weekday}）{}時{:02}分から", date.year, date.month, date.day, time.hour, time.minute)
}

fn appointment_when_en(at: Appointment) -> String {
    let (date, time) = (at.date, at.time);
    let weekday = WEEKDAYS_EN[weekday_from_sunday(date)];
    let month = MONTHS_EN[date.month as usize - 1];
    format!("{weekday} {} {month} {}, from {}:{:02}", date.day, date.year, time.hour, time.minute)
}

fn appointment_days_left_ja(days: i64) -> String {
    match days {
        ..=-1 => "この日は過ぎています。日付を確かめてください。".into(),
        0 => "今日が面談の日です。".into(),
        1 => "明日が面談の日です。".into(),
        days => format!("面談まで、あと {days} 日です。"),
    }
}

fn appointment_days_left_en(days: i64) -> String {
    match days {
        ..=-1 => "This day has passed: please check the date.".into(),
        0 => "Your interview is today.".into(),
        1 => "Your interview is tomorrow.".into(),
        days => format!("{days} days to go."),
    }
}

fn calendar_hint_ja(evening_hour: u32, minutes_before: u32) -> String {
    format!("カレンダーに、前日の{evening_hour}時と{minutes_before}分前のお知らせ付きで入ります。登録できないときは、日時を手帳などに書き留めてください。")
}

fn calendar_hint_en(evening_hour: u32, minutes_before: u32) -> String {
    format!("It goes into your calendar with reminders at {evening_hour}:00 the evening before and {minutes_before} minutes before. If that does not work, write the date and time in your diary.")
}
