//! Per-insurer settings an operator writes into index.html (as
//! `<meta name="kenshin:…" content="…">`), validated here. A setting that is
//! unknown or invalid never breaks the app: the default applies and a
//! warning says why (the shell prints it on the console).

use crate::webex_app::WebexApp;

/// How the counsellor first contacts the participant (leaflet STEP1: it
/// depends on the insurer's contract).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Contact {
    Phone,
    Email,
    /// Not set: say "by phone or e-mail", as the leaflet does.
    PhoneOrEmail,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Shown as text (never as HTML) in the header.
    pub insurer_name: Option<String>,
    pub contact: Contact,
    /// As shown: "0120-559-870".
    pub counsellor_number: String,
    pub privacy_url: String,
    /// The programme's video guide (leaflet: 動画でのご案内はこちらから). The
    /// leaflet gives no address, so there is no default: no link unless set.
    pub video_url: Option<String>,
    /// "ja" or "en"; `?lang=` still wins.
    pub default_lang: Option<&'static str>,
    /// "#rrggbb", dark enough for white text (≥ 4.5:1).
    pub accent_colour: Option<String>,
    /// Origins of the portals allowed to frame the app and to receive its height.
    pub allowed_parents: Vec<String>,
    /// The Cisco app the operator's meetings need (`webex` or `webex-meetings`):
    /// it depends on whether their Webex site is on the Webex Suite meeting
    /// platform (see `webex_app.rs`).
    pub webex_app: WebexApp,
}

/// The leaflet's counsellor number (STEP1 相談員発信番号).
pub const DEFAULT_COUNSELLOR_NUMBER: &str = "0120-559-870";
/// The leaflet's privacy contact (開示等に応じる窓口およびお問い合わせ窓口).
pub const DEFAULT_PRIVACY_URL: &str = "https://www.sompo-hs.co.jp/privacy_form/";

/// WCAG 2.x AA contrast for normal text, against the white button text.
const MIN_CONTRAST: f64 = 4.5;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            insurer_name: None,
            contact: Contact::PhoneOrEmail,
            counsellor_number: DEFAULT_COUNSELLOR_NUMBER.to_string(),
            privacy_url: DEFAULT_PRIVACY_URL.to_string(),
            video_url: None,
            default_lang: None,
            accent_colour: None,
            allowed_parents: Vec::new(),
            webex_app: WebexApp::default(),
        }
    }
}

impl Settings {
    /// Builds settings from (name, value) pairs, names without the
    /// `kenshin:` prefix. Returns the warnings for the console.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Settings, Vec<String>) {
        let mut settings = Settings::default();
        let mut warnings = Vec::new();
        for (name, value) in pairs {
            let value = value.trim();
            if value.is_empty() {
                continue; // an empty setting keeps its default
            }
            let result = match name {
                "insurer-name" => insurer_name(value).map(|v| settings.insurer_name = Some(v)),
                "contact" => contact(value).map(|v| settings.contact = v),
                "counsellor-number" => counsellor_number(value).map(|v| settings.counsellor_number = v),
                "privacy-url" => https_url(value).map(|v| settings.privacy_url = v),
                "video-url" => https_url(value).map(|v| settings.video_url = Some(v)),
                "default-lang" => lang(value).map(|v| settings.default_lang = Some(v)),
                "accent-colour" => accent_colour(value).map(|v| settings.accent_colour = Some(v)),
                "allowed-parents" => allowed_parents(value).map(|v| settings.allowed_parents = v),
                "webex-app" => webex_app(value).map(|v| settings.webex_app = v),
                _ => Err("unknown setting; it is ignored".to_string()),
            };
            if let Err(reason) = result {
                warnings.push(format!("kenshin-check setting \"kenshin:{name}\" = \"{value}\": {reason}"));
            }
        }
        (settings, warnings)
    }

    /// The `tel:` link target: digits only ("0120559870").
    pub fn counsellor_tel(&self) -> String {
        self.counsellor_number.chars().filter(char::is_ascii_digit).collect()
    }

    pub fn allows_parent(&self, origin: &str) -> bool {
        self.allowed_parents.iter().any(|allowed| allowed == origin)
    }
}

/// A value that is not blank (a blank setting is the default, quietly, before this).
fn insurer_name(value: &str) -> Result<String, String> {
    let length = value.chars().count();
    if length > 60 || value.chars().any(char::is_control) {
        return Err("must be 1–60 characters of text; the default (none) applies".into());
    }
    Ok(value.to_string())
}

fn contact(value: &str) -> Result<Contact, String> {
    match value {
        "phone" => Ok(Contact::Phone),
        "email" => Ok(Contact::Email),
        "phone-or-email" => Ok(Contact::PhoneOrEmail),
        _ => Err("must be phone, email or phone-or-email; phone-or-email applies".into()),
    }
}

/// A Japanese phone number: digits and hyphens, 10 or 11 digits.
fn counsellor_number(value: &str) -> Result<String, String> {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if value.chars().all(|c| c.is_ascii_digit() || c == '-') && (10..=11).contains(&digits) && value.starts_with('0') {
        Ok(value.to_string())
    } else {
        Err(format!("must be a phone number such as {DEFAULT_COUNSELLOR_NUMBER}; the default applies"))
    }
}

fn webex_app(value: &str) -> Result<WebexApp, String> {
    WebexApp::from_id(value).ok_or_else(|| "must be webex or webex-meetings; webex applies".into())
}

fn https_url(value: &str) -> Result<String, String> {
    let rest = value.strip_prefix("https://").ok_or("must start with https://; the default applies")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let clean = value.chars().all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`'));
    if host.is_empty() || !clean || value.len() > 300 {
        return Err("is not a plain https URL; the default applies".into());
    }
    Ok(value.to_string())
}

fn lang(value: &str) -> Result<&'static str, String> {
    match value {
        "ja" => Ok("ja"),
        "en" => Ok("en"),
        _ => Err("must be ja or en; ja applies".into()),
    }
}

fn accent_colour(value: &str) -> Result<String, String> {
    let rgb = parse_hex_colour(value).ok_or("must be a colour like #0b5cad; the default applies")?;
    let contrast = contrast_with_white(rgb);
    if contrast < MIN_CONTRAST {
        return Err(format!(
            "gives white text a contrast of {}:1, below 4.5:1; choose a darker colour; the default applies",
            crate::number::fixed(contrast, 2)
        ));
    }
    Ok(value.to_ascii_lowercase())
}

/// Space-separated origins, each written exactly as a browser serialises it
/// (see [`is_origin`]).
fn allowed_parents(value: &str) -> Result<Vec<String>, String> {
    let origins: Vec<String> = value.split_whitespace().map(str::to_string).collect();
    match origins.iter().find(|origin| !is_origin(origin)) {
        Some(bad) => Err(format!("\"{bad}\" is not an origin such as https://portal.example.jp; no parent is allowed")),
        None => Ok(origins),
    }
}

/// Whether `text` is an origin a portal may frame the app from:
/// `https://host[:port]`, or `http://` on exactly 127.0.0.1, localhost or
/// [::1] (local tests only: plain http elsewhere can be tampered with).
///
/// The app compares the setting with `MessageEvent.origin` as strings, so only
/// the form a browser serialises is accepted: lower case, no userinfo, path,
/// query or trailing dot, punycode rather than Unicode, no default port and no
/// leading zeros. Anything else would silently never match, or (a look-alike
/// such as `http://127.0.0.1.evil.example`) match someone else. The accepted and
/// rejected forms, with reasons, are the table `hosting/origin-cases.json`,
/// which `hosting/headers.mjs` is tested against too.
pub fn is_origin(text: &str) -> bool {
    let (rest, https) = match (text.strip_prefix("https://"), text.strip_prefix("http://")) {
        (Some(rest), _) => (rest, true),
        (None, Some(rest)) => (rest, false),
        _ => return false,
    };
    let (host, port) = split_port(rest);
    let port_ok = match port {
        None => true,
        Some(port) => parse_port(port).is_some_and(|port| port != if https { 443 } else { 80 }),
    };
    let loopback = matches!(host, "127.0.0.1" | "localhost" | "[::1]");
    port_ok && (loopback || (https && is_host_name(host)))
}

/// "host:port" into the host and the port's text; an IPv6 literal keeps its
/// brackets (its colons are not a port).
fn split_port(host_port: &str) -> (&str, Option<&str>) {
    let after_host = if host_port.starts_with('[') { host_port.find(']').map_or(0, |end| end + 1) } else { 0 };
    match host_port[after_host..].find(':') {
        Some(colon) => (&host_port[..after_host + colon], Some(&host_port[after_host + colon + 1..])),
        None => (host_port, None),
    }
}

/// 1–65535 in plain decimal digits, without a leading zero.
fn parse_port(text: &str) -> Option<u16> {
    let digits_only = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    if !digits_only || text.starts_with('0') || text.len() > 5 {
        return None;
    }
    text.parse::<u16>().ok().filter(|&port| port > 0)
}

/// A DNS name in the form browsers serialise (lower-case letters, digits and
/// hyphens; labels of 1–63 characters not starting or ending with a hyphen;
/// 253 characters at most) or a dotted IPv4 address. A name whose last label is
/// numeric must be an IPv4 address: browsers reject or rewrite anything else.
fn is_host_name(host: &str) -> bool {
    let label_ok = |label: &str| {
        (1..=63).contains(&label.len())
            && label.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    };
    let last_is_numeric = host.rsplit('.').next().is_some_and(|last| last.bytes().all(|b| b.is_ascii_digit()));
    if last_is_numeric {
        return is_ipv4(host);
    }
    host.len() <= 253 && host.split('.').all(label_ok)
}

/// Four decimal numbers 0–255 without leading zeros, as browsers serialise them.
fn is_ipv4(host: &str) -> bool {
    let parts: Vec<&str> = host.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|part| {
            !part.is_empty()
                && part.len() <= 3
                && part.bytes().all(|b| b.is_ascii_digit())
                && (part.len() == 1 || !part.starts_with('0'))
                && part.parse::<u16>().is_ok_and(|n| n <= 255)
        })
}

fn parse_hex_colour(value: &str) -> Option<[u8; 3]> {
    let hex = value.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// WCAG 2.x contrast ratio of white text on `rgb`.
pub fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    1.05 / (luminance + 0.05)
}
