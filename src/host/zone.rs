//! The reader's own zone, as the browser knows it: the offset in force at any moment (so
//! daylight saving is right for the incident's dates, not today's) and the zone's name.

use crate::incident::zone::ZoneRule;
use chrono::{DateTime, FixedOffset, Offset, Utc};
use wasm_bindgen::{JsCast, JsValue};

pub struct BrowserZone {
    name: String,
}

impl BrowserZone {
    pub fn new() -> Self {
        let name = temporal_zone()
            .or_else(intl_zone)
            .unwrap_or_else(|| "UTC".into());
        BrowserZone { name }
    }
}

/// `Temporal.Now.timeZoneId()`, where the browser has it: it costs nothing, where building an
/// `Intl.DateTimeFormat` to ask costs 10–40 ms at start.
fn temporal_zone() -> Option<String> {
    let global = js_sys::global();
    let now = js_sys::Reflect::get(&global, &JsValue::from_str("Temporal"))
        .ok()
        .filter(|t| t.is_object())
        .and_then(|t| js_sys::Reflect::get(&t, &JsValue::from_str("Now")).ok())
        .filter(|n| n.is_object())?;
    let id = js_sys::Reflect::get(&now, &JsValue::from_str("timeZoneId")).ok()?;
    let id: js_sys::Function = id.dyn_into().ok()?;
    id.call0(&now).ok()?.as_string()
}

/// `Intl.DateTimeFormat().resolvedOptions().timeZone`.
fn intl_zone() -> Option<String> {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    js_sys::Reflect::get(&options, &JsValue::from_str("timeZone"))
        .ok()
        .and_then(|v| v.as_string())
}

impl Default for BrowserZone {
    fn default() -> Self {
        Self::new()
    }
}

impl ZoneRule for BrowserZone {
    fn offset_at(&self, t: DateTime<Utc>) -> FixedOffset {
        let date = js_sys::Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
        // getTimezoneOffset is minutes *behind* UTC.
        let east = -(date.get_timezone_offset() as i32) * 60;
        FixedOffset::east_opt(east).unwrap_or(Utc.fix())
    }
    fn name(&self) -> &str {
        &self.name
    }
}
