//! A small JSON tree used both to read and to write Cermat files.
//!
//! Why not `serde_json::Value`: its objects are sorted maps, so a duplicated key silently
//! keeps only its last value (a hand-edited file with `"S1.1"` twice would be scored
//! without a word), and written files would list `answers` before `format`. This tree
//! keeps every key in file order; parsing still goes through serde_json, whose recursion
//! limit guards against deeply nested input.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    /// A number written without a fraction or exponent that fits an `i64`.
    Int(i64),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    /// Keys in file order, duplicates kept so validation can report them.
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// An object from `(key, value)` pairs, in the order given.
    pub(crate) fn obj<K: Into<String>>(pairs: impl IntoIterator<Item = (K, Json)>) -> Json {
        Json::Obj(pairs.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    pub(crate) fn str(s: impl Into<String>) -> Json {
        Json::Str(s.into())
    }

    pub(crate) fn opt(value: Option<Json>) -> Json {
        value.unwrap_or(Json::Null)
    }

    /// The numeric value, whether written as an integer or not.
    pub(crate) fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Int(i) => Some(*i as f64),
            Json::Num(x) => Some(*x),
            _ => None,
        }
    }

    pub(crate) fn pretty(&self) -> String {
        // Serializing this tree to a String cannot fail: keys are strings and
        // non-finite numbers are written as null.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => s.serialize_unit(),
            Json::Bool(b) => s.serialize_bool(*b),
            Json::Int(i) => s.serialize_i64(*i),
            Json::Num(x) if x.is_finite() => s.serialize_f64(*x),
            Json::Num(_) => s.serialize_unit(),
            Json::Str(v) => s.serialize_str(v),
            Json::Arr(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Obj(pairs) => {
                let mut map = s.serialize_map(Some(pairs.len()))?;
                for (k, v) in pairs {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Json, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Int(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Json, E> {
        Ok(i64::try_from(v).map_or(Json::Num(v as f64), Json::Int))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Num(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Json, E> {
        Ok(Json::Str(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Json, E> {
        Ok(Json::Str(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Arr(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut pairs = Vec::new();
        while let Some(pair) = map.next_entry()? {
            pairs.push(pair);
        }
        Ok(Json::Obj(pairs))
    }
}

/// An object's pairs with each key once, in file order: a later duplicate is handed to
/// `duplicate` (which reports it) and skipped. The one rule every reader of ours follows.
pub(crate) fn unique_pairs(
    pairs: &[(String, Json)],
    mut duplicate: impl FnMut(&str),
) -> Vec<(&str, &Json)> {
    // A set, not a scan: a hostile file may hold a hundred thousand keys.
    let mut seen = std::collections::BTreeSet::new();
    let mut unique = Vec::with_capacity(pairs.len());
    for (key, value) in pairs {
        if seen.insert(key.as_str()) {
            unique.push((key.as_str(), value));
        } else {
            duplicate(key);
        }
    }
    unique
}
