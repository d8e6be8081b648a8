//! The reader's own zone, as the browser knows it: the offset in force at any moment (so
//! daylight saving is right for the incident's dates, not today's) and the zone's name.

use crate::incident::zone::ZoneRule;
use chrono::{DateTime, FixedOffset, Offset, Utc};
use wasm_bindgen::JsValue;

pub struct BrowserZone {
    name: String,
}

impl BrowserZone {
    pub fn new() -> Self {
        let options =
            js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
                .resolved_options();
        let name = js_sys::Reflect::get(&options, &JsValue::from_str("timeZone"))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| "UTC".into());
        BrowserZone { name }
    }
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
