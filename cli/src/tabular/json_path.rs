//! Dotted paths into a JSON value (`unit.kind`, `qd510.points.0`): numeric segments index
//! arrays. How a row's columns are placed in the year input's records.

use serde_json::{Map, Value};

/// Set `path` (dotted; numeric segments index arrays) in `root` to `v`.
pub fn set_path(root: &mut Value, path: &str, v: Value) {
    let mut cur = root;
    let segs: Vec<&str> = path.split('.').filter(|s| !s.is_empty()).collect();
    for (i, seg) in segs.iter().enumerate() {
        let last = i + 1 == segs.len();
        if let Ok(idx) = seg.parse::<usize>() {
            if !cur.is_array() {
                *cur = Value::Array(Vec::new());
            }
            let arr = cur.as_array_mut().expect("array");
            if arr.len() <= idx {
                arr.resize(idx + 1, Value::Null);
            }
            cur = &mut arr[idx];
        } else {
            if !cur.is_object() {
                *cur = Value::Object(Map::new());
            }
            cur = cur
                .as_object_mut()
                .expect("object")
                .entry(seg.to_string())
                .or_insert(Value::Null);
        }
        if last {
            *cur = v;
            return;
        }
    }
    *cur = v;
}

/// The value at `path` in `root`, if there is one.
pub fn get_path<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.')
        .try_fold(root, |cur, seg| match seg.parse::<usize>() {
            Ok(i) => cur.get(i),
            Err(_) => cur.get(seg),
        })
}

/// The object at `path` in `rec`, made (replacing whatever was there) if it is not one.
pub fn ensure_object<'a>(rec: &'a mut Value, path: &str) -> &'a mut Map<String, Value> {
    if !get_path(rec, path).is_some_and(Value::is_object) {
        set_path(rec, path, Value::Object(Map::new()));
    }
    let mut cur = rec;
    for seg in path.split('.') {
        cur = cur.get_mut(seg).expect("set above");
    }
    cur.as_object_mut().expect("object")
}

/// The array at `path` in `rec`, made (replacing whatever was there) if it is not one.
pub fn ensure_array<'a>(rec: &'a mut Value, path: &str) -> &'a mut Vec<Value> {
    if !get_path(rec, path).is_some_and(Value::is_array) {
        set_path(rec, path, Value::Array(Vec::new()));
    }
    let mut cur = rec;
    for seg in path.split('.') {
        cur = cur.get_mut(seg).expect("set above");
    }
    cur.as_array_mut().expect("array")
}
