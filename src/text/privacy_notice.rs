//! The operator's legal text: the leaflet's seven points on personal
//! information and its contact, as data, kept apart from the app's own
//! sentences. Japanese is the leaflet's wording, word for word (the e2e guide
//! test compares it with e2e/fixtures/leaflet-privacy.txt); English translates it.

/// One of the leaflet's seven points on personal information.
pub struct PrivacyPoint {
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
    pub list: &'static [&'static str],
    /// Paragraphs after the list.
    pub notes: &'static [&'static str],
}

/// The leaflet's privacy notice in one language.
pub struct PrivacyNotice {
    pub points: [PrivacyPoint; 7],
    pub contact_heading: &'static str,
    pub contact_name: &'static str,
    pub contact_link: &'static str,
}

pub static PRIVACY_NOTICE_JA: PrivacyNotice = PrivacyNotice {
    points: [
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
    contact_heading: "開示等に応じる窓口およびお問い合わせ窓口",
    contact_name: "SOMPOヘルスサポート株式会社",
    contact_link: "個人情報に関するお問い合わせフォーム",
};

pub static PRIVACY_NOTICE_EN: PrivacyNotice = PrivacyNotice {
    points: [
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
    contact_heading: "Contact for disclosure requests and enquiries",
    contact_name: "SOMPO Health Support (SOMPOヘルスサポート株式会社)",
    contact_link: "Personal information enquiry form (in Japanese)",
};
