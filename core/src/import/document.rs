//! A checkup file's bytes → the few things the app uses from it, or an error in
//! words (docs/checkup-file.md, "The document").
//!
//! The file is parsed by `roxmltree`, which refuses a document type declaration
//! (`allow_dtd` is off by default): a DTD's internal entities could rewrite the
//! file's own values, and an external one could name a URL. Nothing in a file is
//! ever fetched.
//!
//! Of the header, only the exam date, the sex and the birth date are read. The
//! name, the insurer number, 記号・番号 and the address are never read into the
//! app's state: they are not needed, and what is not read cannot be shown or kept.

use roxmltree::{Document, Node, ParsingOptions};

use crate::checkup_date::Date;
use crate::field::Sex;

/// Files larger than this are refused before they are read: one person's
/// checkup is a few tens of kilobytes (docs/checkup-file.md, "Size").
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

/// HL7 v3, the namespace of every element of a CDA R2 document.
const HL7: &str = "urn:hl7-org:v3";
/// XML Schema instance, for `xsi:type` on a value.
const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";
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
    /// Not text in UTF-8, the encoding the standard prescribes.
    NotText,
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
    /// unit `None`), or a text (`ST`, unit `None`).
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

/// The file's bytes → the checkup it holds.
pub fn read_document(bytes: &[u8]) -> Result<Checkup, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge);
    }
    // "PK\x03\x04" opens every zip archive with at least one file; "PK\x05\x06" an empty one.
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Err(ImportError::Zip);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    read_text(text.strip_prefix('\u{FEFF}').unwrap_or(text))
}

/// A document as text (a portal hands it over as a string) → the checkup it holds.
pub fn read_text(text: &str) -> Result<Checkup, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge);
    }
    let options = ParsingOptions { allow_dtd: false, ..ParsingOptions::default() };
    let document = Document::parse_with_options(text, options).map_err(|error| match error {
        roxmltree::Error::DtdDetected => ImportError::Doctype,
        _ => ImportError::NotXml,
    })?;
    let root = document.root_element();
    let clinical_documents = document.descendants().filter(|node| is(node, "ClinicalDocument")).count();
    if clinical_documents > 1 {
        return Err(ImportError::SeveralPeople);
    }
    if !is(&root, "ClinicalDocument") || !is_checkup(&root) {
        return Err(ImportError::NotCheckup);
    }
    let mut patients = children(&root, "recordTarget").flat_map(|target| children(&target, "patientRole"));
    let patient = patients.next().and_then(|role| child(&role, "patient"));
    if patients.next().is_some() {
        return Err(ImportError::SeveralPeople);
    }
    let sex = patient.and_then(|patient| child(&patient, "administrativeGenderCode")).and_then(|gender| {
        (gender.attribute("codeSystem").is_none_or(|system| system == SEX_SYSTEM)).then_some(())?;
        match gender.attribute("code")? {
            "1" => Some(Sex::Male),
            "2" => Some(Sex::Female),
            _ => None,
        }
    });
    let birth_date =
        patient.and_then(|patient| child(&patient, "birthTime")).and_then(|time| hl7_date(time.attribute("value")?));
    let exam_date = children(&root, "documentationOf")
        .filter_map(|of| child(&of, "serviceEvent"))
        .filter_map(|event| child(&event, "effectiveTime"))
        .find_map(|time| hl7_date(time.attribute("value")?));
    let observations =
        root.descendants().filter(|node| is(node, "observation")).filter_map(|node| observation(&node)).collect();
    Ok(Checkup { exam_date, sex, birth_date, observations })
}

fn is(node: &Node, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && node.tag_name().namespace() == Some(HL7)
}

fn children<'a, 'input: 'a>(node: &Node<'a, 'input>, name: &'a str) -> impl Iterator<Item = Node<'a, 'input>> + 'a {
    node.children().filter(move |child| is(child, name))
}

fn child<'a, 'input>(node: &Node<'a, 'input>, name: &str) -> Option<Node<'a, 'input>> {
    node.children().find(|child| is(child, name))
}

/// `ClinicalDocument/code` says 特定健診情報.
fn is_checkup(root: &Node) -> bool {
    child(root, "code").is_some_and(|code| {
        code.attribute("code") == Some(CHECKUP_DOCUMENT)
            && code.attribute("codeSystem").is_none_or(|system| system == DOCUMENT_KIND_SYSTEM)
    })
}

/// An HL7 TS value ("20250614", or with a time after the date) → its date.
fn hl7_date(value: &str) -> Option<Date> {
    let digits = value.get(..8)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Date::parse_iso(&format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..8]))
}

/// One `observation` element → its code and finding; `None` for a group
/// (一連検査: no item code of its own, `nullFlavor="NA"`).
fn observation(node: &Node) -> Option<Observation> {
    let code = child(node, "code")?.attribute("code")?.trim().to_string();
    if node.attribute("negationInd") == Some("true") {
        return Some(Observation { code, finding: Finding::NotDone });
    }
    let values: Vec<Node> = children(node, "value").collect();
    let kind = |value: &Node| {
        let kind = value.attribute((XSI, "type")).unwrap_or_default();
        // A QName: "PQ", or "hl7:PQ" with a prefix bound to the HL7 namespace.
        kind.rsplit(':').next().unwrap_or(kind).to_string()
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
    } else if let Some(value) = values.first() {
        let answer = match kind(value).as_str() {
            "CD" | "CO" => value.attribute("code"),
            _ => value.text().or(value.attribute("value")),
        };
        Finding::Value { value: answer.unwrap_or_default().trim().to_string(), unit: None }
    } else {
        Finding::NotMeasured
    };
    Some(Observation { code, finding })
}
