//! A checkup file's text → the few things the app uses from it, or an error in
//! words (docs/checkup-file.md, "The document").
//!
//! The XML itself is parsed by the caller's parser into an `Element` tree (in the
//! browser the page's own DOMParser, which never fetches anything; in the tests a
//! crate): the rules of what to read live here, once. Before any parser sees the
//! text, it is refused if it is too large, a zip, or has a document type
//! declaration: a DTD's internal entities could rewrite the file's own values, and a
//! browser's parser expands them silently.
//!
//! Of the header, only the exam date, the sex and the birth date are read. The
//! name, the insurer number, 記号・番号 and the address are never read into the
//! app's state: they are not needed, and what is not read cannot be shown or kept.

use crate::date::Date;
use crate::key::Sex;

/// Files larger than this are refused before they are read: one person's
/// checkup is a few tens of kilobytes (docs/checkup-file.md, "Size").
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

/// HL7 v3, the namespace of every element of a CDA R2 document.
pub const HL7: &str = "urn:hl7-org:v3";
/// XML Schema instance, the namespace of `xsi:type` on a value.
pub const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";
/// The attributes the reading uses, and the only ones a parser needs to copy into
/// an `Element`; `xsi:type` stands for `type` in the `XSI` namespace, whatever its
/// prefix in the file.
pub const ATTRIBUTES: [&str; 7] = ["code", "codeSystem", "value", "unit", "nullFlavor", "negationInd", XSI_TYPE];
pub const XSI_TYPE: &str = "xsi:type";
/// 文書区分コード: `10` is 特定健診情報 (docs/checkup-file.md, "The document").
const DOCUMENT_KIND_SYSTEM: &str = "1.2.392.200119.6.1001";
const CHECKUP_DOCUMENT: &str = "10";
/// 性別コード: 1 男, 2 女 (docs/checkup-file.md, "The document").
const SEX_SYSTEM: &str = "1.2.392.200119.6.1104";
/// HL7 ObservationInterpretation: `H` / `L`, a value beyond the range the
/// 健診機関 can enter (docs/checkup-file.md, "Odd values").
const INTERPRETATION_SYSTEM: &str = "2.16.840.1.113883.5.83";

/// Why a file cannot be read. Nothing changes in the form on any of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than `MAX_FILE_BYTES`; not read at all.
    TooLarge,
    /// A zip archive, as insurers receive the files: the `h….xml` inside is the one.
    Zip,
    /// Text, but not well-formed XML.
    NotXml,
    /// A document type declaration or entities: refused before anything is read.
    Doctype,
    /// XML, but not a 特定健診 document (a 保健指導 file, a claims file, another report).
    NotCheckup,
    /// More than one person's checkup in one file.
    SeveralPeople,
    /// A portal's message that is not of the agreed shape.
    NotAMessage,
}

/// An element of the parsed document: its namespace and local name, the
/// `ATTRIBUTES` it has, and its child elements.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Element {
    pub namespace: String,
    pub name: String,
    pub attributes: Vec<(&'static str, String)>,
    pub children: Vec<Element>,
}

impl Element {
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(known, _)| *known == name).map(|(_, value)| value.as_str())
    }

    fn is(&self, name: &str) -> bool {
        self.namespace == HL7 && self.name == name
    }

    fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|child| child.is(name))
    }

    /// The element down `path`, taking the first child of each name:
    /// `["recordTarget", "patientRole", "patient"]`.
    fn at(&self, path: &[&str]) -> Option<&Element> {
        path.iter().try_fold(self, |element, name| element.child(name))
    }
}

/// The parser's answer: the root element, or `None` for text that is not
/// well-formed XML.
pub type Parsed = Option<Element>;

/// One observation of the file: its item code and what it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Observation {
    /// The 17-character item code (項目コード).
    pub code: String,
    pub finding: Finding,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// A number with its unit as written (`PQ`), or an answer code (`CD`/`CO`,
    /// unit `None`).
    Value { value: String, unit: Option<String> },
    /// `negationInd="true"`: the item was not done.
    NotDone,
    /// `nullFlavor` on the value: it could not be measured.
    NotMeasured,
    /// Only `H` (above) or `L` (below) the range the 健診機関 can enter, with no number.
    BeyondRange { above: bool },
}

/// What the app reads of one person's checkup.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Checkup {
    pub exam_date: Option<Date>,
    pub sex: Option<Sex>,
    pub birth_date: Option<Date>,
    /// Every observation that carries an item code, at every depth (一連検査
    /// groups nest creatinine, eGFR and haemoglobin), in document order.
    pub observations: Vec<Observation>,
}

/// A document's text → the checkup it holds; `parse` turns well-formed XML text into
/// its root element. The text is the file read as UTF-8, the standard's encoding (a
/// character that is not, such as a Shift_JIS name, arrives as U+FFFD: the values the
/// app reads are ASCII), or the string a portal hands over.
pub fn read_text(text: &str, parse: impl FnOnce(&str) -> Parsed) -> Result<Checkup, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge);
    }
    // "PK\x03\x04" opens every zip archive with at least one file; "PK\x05\x06" an empty one.
    if text.starts_with("PK\u{3}\u{4}") || text.starts_with("PK\u{5}\u{6}") {
        return Err(ImportError::Zip);
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // XML spells the declaration exactly so (XML 1.0, production doctypedecl), and
    // entities can be declared only inside it.
    if text.contains("<!DOCTYPE") {
        return Err(ImportError::Doctype);
    }
    let root = parse(text).ok_or(ImportError::NotXml)?;
    // One walk through the document, in its order: every observation at every depth
    // (一連検査 groups nest theirs), and how many documents it holds.
    let mut observations = Vec::new();
    let mut documents = 0;
    let mut to_visit = vec![&root];
    while let Some(element) = to_visit.pop() {
        documents += usize::from(element.is("ClinicalDocument"));
        observations.extend(element.is("observation").then(|| observation(element)).flatten());
        to_visit.extend(element.children.iter().rev());
    }
    let people = root.children.iter().filter(|child| child.is("recordTarget")).count();
    if documents > 1 || people > 1 {
        return Err(ImportError::SeveralPeople);
    }
    if !root.is("ClinicalDocument") || !is_checkup(&root) {
        return Err(ImportError::NotCheckup);
    }
    let patient = root.at(&["recordTarget", "patientRole", "patient"]);
    let sex = patient.and_then(|patient| patient.child("administrativeGenderCode")).and_then(|gender| {
        gender.attribute("codeSystem").is_none_or(|system| system == SEX_SYSTEM).then_some(())?;
        match gender.attribute("code")? {
            "1" => Some(Sex::Male),
            "2" => Some(Sex::Female),
            _ => None,
        }
    });
    let date_at = |element: Option<&Element>| hl7_date(element?.attribute("value")?);
    Ok(Checkup {
        exam_date: date_at(root.at(&["documentationOf", "serviceEvent", "effectiveTime"])),
        sex,
        birth_date: date_at(patient.and_then(|patient| patient.child("birthTime"))),
        observations,
    })
}

/// `ClinicalDocument/code` says 特定健診情報.
fn is_checkup(root: &Element) -> bool {
    root.child("code").is_some_and(|code| {
        code.attribute("code") == Some(CHECKUP_DOCUMENT)
            && code.attribute("codeSystem").is_none_or(|system| system == DOCUMENT_KIND_SYSTEM)
    })
}

/// An HL7 TS value ("20250614", or with a time after the date) → its date.
fn hl7_date(value: &str) -> Option<Date> {
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let digits = value.get(range)?;
        digits.bytes().all(|b| b.is_ascii_digit()).then(|| digits.parse().ok())?
    };
    Date::new(number(0..4)? as i32, number(4..6)?, number(6..8)?)
}

/// One `observation` element → its code and finding; `None` for a group
/// (一連検査: no item code of its own, `nullFlavor="NA"`).
fn observation(node: &Element) -> Option<Observation> {
    let code = node.child("code")?.attribute("code")?.trim().to_string();
    if node.attribute("negationInd") == Some("true") {
        return Some(Observation { code, finding: Finding::NotDone });
    }
    let values: Vec<&Element> = node.children.iter().filter(|child| child.is("value")).collect();
    // A QName: "PQ", or "hl7:PQ" with a prefix bound to the HL7 namespace.
    let kind = |value: &Element| {
        value.attribute(XSI_TYPE).unwrap_or_default().rsplit(':').next().unwrap_or_default().to_string()
    };
    // Since FY2013 a value beyond the entry range carries its number as a PQ beside
    // the H/L: the number is the value (docs/checkup-file.md, "Odd values").
    let quantity = values.iter().find(|value| kind(value) == "PQ" && value.attribute("value").is_some());
    let finding = if let Some(quantity) = quantity {
        Finding::Value {
            value: quantity.attribute("value").unwrap_or_default().trim().to_string(),
            unit: Some(quantity.attribute("unit").unwrap_or_default().trim().to_string()),
        }
    } else if values.iter().any(|value| value.attribute("nullFlavor").is_some()) {
        Finding::NotMeasured
    } else if let Some(beyond) =
        values.iter().find(|value| value.attribute("codeSystem") == Some(INTERPRETATION_SYSTEM))
    {
        match beyond.attribute("code") {
            Some("H") => Finding::BeyondRange { above: true },
            Some("L") => Finding::BeyondRange { above: false },
            _ => Finding::NotMeasured,
        }
    } else if let Some(code) = values.first().and_then(|value| value.attribute("code")) {
        // An answer (CD, CO).
        Finding::Value { value: code.trim().to_string(), unit: None }
    } else {
        Finding::NotMeasured
    };
    Some(Observation { code, finding })
}
