//! The app's origin check for `kenshin:allowed-parents` against the one table
//! of accepted and rejected origins, `hosting/origin-cases.json`, which the
//! build's check (`hosting/headers.mjs`) is tested against too
//! (`hosting/headers.test.mjs`), so the two cannot drift apart.

use kenshin_core::settings::{is_origin, Settings};

/// The table, inside the repo: a test never reads outside it.
const TABLE: &str = include_str!("../../hosting/origin-cases.json");

struct Case {
    origin: String,
    accepted: bool,
    why: String,
}

#[test]
fn is_origin_accepts_and_rejects_exactly_the_rows_of_the_table() {
    let cases = cases();
    assert!(cases.iter().any(|c| c.accepted) && cases.iter().any(|c| !c.accepted));
    let wrong: Vec<String> = cases
        .iter()
        .filter(|c| is_origin(&c.origin) != c.accepted)
        .map(|c| format!("{:?} should be {}: {}", c.origin, if c.accepted { "accepted" } else { "rejected" }, c.why))
        .collect();
    assert!(wrong.is_empty(), "{} rows disagree:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn the_setting_allows_an_accepted_origin_and_no_parent_after_a_rejected_one() {
    for case in cases() {
        if case.origin.is_empty() || case.origin.contains(char::is_whitespace) {
            continue; // the setting splits on white space; an empty one keeps its default
        }
        let value = format!("https://portal.example.jp {}", case.origin);
        let (settings, warnings) = Settings::from_pairs([("allowed-parents", value.as_str())]);
        if case.accepted {
            assert!(warnings.is_empty(), "{}: {warnings:?}", case.origin);
            assert!(settings.allows_parent(&case.origin), "{}", case.origin);
        } else {
            assert_eq!(warnings.len(), 1, "{}", case.origin);
            assert!(settings.allowed_parents.is_empty(), "{}", case.origin);
            assert!(!settings.allows_parent("https://portal.example.jp"), "{}", case.origin);
        }
    }
}

fn cases() -> Vec<Case> {
    let mut json = Json { text: TABLE, at: 0 };
    let Value::Object(top) = json.value() else { panic!("the table is a JSON object") };
    json.end();
    let Some((_, Value::Array(rows))) = top.into_iter().find(|(k, _)| k == "cases") else {
        panic!("the table has an array \"cases\"")
    };
    rows.into_iter()
        .map(|row| {
            let Value::Object(fields) = row else { panic!("each case is an object") };
            let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v);
            match (field("origin"), field("accepted"), field("why")) {
                (Some(Value::String(origin)), Some(&Value::Bool(accepted)), Some(Value::String(why))) => {
                    assert!(!why.is_empty(), "{origin:?} says why");
                    Case { origin: origin.clone(), accepted, why: why.clone() }
                }
                _ => panic!("each case has a string origin, a boolean accepted and a string why"),
            }
        })
        .collect()
}

/// The JSON the table uses: objects, arrays, strings, booleans. The core has
/// no dependencies, and a test is no reason to give it one.
enum Value {
    Object(Vec<(String, Value)>),
    Array(Vec<Value>),
    String(String),
    Bool(bool),
}

struct Json<'a> {
    text: &'a str,
    at: usize,
}

impl Json<'_> {
    fn rest(&self) -> &str {
        &self.text[self.at..]
    }

    fn skip_space(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start().len();
    }

    fn eat(&mut self, token: &str) -> bool {
        self.skip_space();
        let found = self.rest().starts_with(token);
        if found {
            self.at += token.len();
        }
        found
    }

    fn expect(&mut self, token: &str) {
        assert!(self.eat(token), "expected {token:?} at byte {} of the table", self.at);
    }

    fn end(&mut self) {
        self.skip_space();
        assert!(self.rest().is_empty(), "text after the table at byte {}", self.at);
    }

    fn value(&mut self) -> Value {
        if self.eat("{") {
            let mut fields = Vec::new();
            if !self.eat("}") {
                loop {
                    let key = self.string();
                    self.expect(":");
                    fields.push((key, self.value()));
                    if !self.eat(",") {
                        break;
                    }
                }
                self.expect("}");
            }
            Value::Object(fields)
        } else if self.eat("[") {
            let mut items = Vec::new();
            if !self.eat("]") {
                loop {
                    items.push(self.value());
                    if !self.eat(",") {
                        break;
                    }
                }
                self.expect("]");
            }
            Value::Array(items)
        } else if self.eat("true") {
            Value::Bool(true)
        } else if self.eat("false") {
            Value::Bool(false)
        } else {
            Value::String(self.string())
        }
    }

    fn string(&mut self) -> String {
        self.expect("\"");
        let mut out = String::new();
        let mut chars = self.rest().char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => {
                    self.at += i + 1;
                    return out;
                }
                '\\' => match chars.next().map(|(_, e)| e) {
                    Some('"') => out.push('"'),
                    Some('\\') => out.push('\\'),
                    Some('/') => out.push('/'),
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some('u') => {
                        let hex: String = (0..4).filter_map(|_| chars.next().map(|(_, h)| h)).collect();
                        let code = u32::from_str_radix(&hex, 16).expect("\\u and four hex digits");
                        out.push(char::from_u32(code).expect("\\u of a scalar value (no surrogate pairs here)"));
                    }
                    other => panic!("unsupported escape \\{other:?} in the table"),
                },
                c => out.push(c),
            }
        }
        panic!("unterminated string in the table")
    }
}
