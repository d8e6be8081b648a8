//! Serde input types: the incident data format v1 exactly as it arrives in JSON.
//!
//! Everything here is loose on purpose: times are strings, translations and most fields are
//! optional, so that `validate` can report every problem with its path instead of serde
//! stopping at the first one. Nothing outside `data` sees these types; the rest of the widget
//! works on the validated types of `crate::incident`. Unknown fields are ignored.

use serde::{Deserialize, Serialize};

/// A text in both languages of the widget. Both are required; validation says which is missing.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct TextIn {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ko: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

/// The whole file.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct IncidentFileIn {
    /// Must be `1` for this version of the format.
    #[serde(default)]
    pub format_version: Option<u32>,
    #[serde(default)]
    pub incident: Option<IncidentIn>,
    #[serde(default)]
    pub sources: Vec<SourceIn>,
    #[serde(default)]
    pub operators: Vec<OperatorIn>,
    #[serde(default)]
    pub services: Vec<ServiceIn>,
    #[serde(default)]
    pub events: Vec<EventIn>,
    #[serde(default)]
    pub disputes: Vec<DisputeIn>,
    #[serde(default)]
    pub figures: Vec<FigureIn>,
    #[serde(default)]
    pub claimants: Vec<ClaimantIn>,
    #[serde(default)]
    pub compensation: Vec<CompensationIn>,
    #[serde(default)]
    pub context: Vec<ContextIn>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct IncidentIn {
    pub id: Option<String>,
    pub title: Option<TextIn>,
    pub summary: Option<TextIn>,
    /// The incident's own zone, e.g. `{"name": "Asia/Seoul", "abbr": "KST", "offset": "+09:00"}`.
    pub time_zone: Option<TimeZoneIn>,
    /// RFC 3339 with offset.
    pub start: Option<String>,
    pub end: Option<String>,
    /// What the data covers; a check outside it answers "unknown". Defaults to start..end.
    #[serde(default)]
    pub covers: Option<SpanIn>,
    pub as_of: Option<String>,
    #[serde(default)]
    pub revisions: Vec<RevisionIn>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct TimeZoneIn {
    pub name: Option<String>,
    pub abbr: Option<String>,
    pub offset: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct SpanIn {
    pub from: Option<String>,
    pub to: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct RevisionIn {
    pub at: Option<String>,
    pub note: Option<TextIn>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct SourceIn {
    pub id: Option<String>,
    pub publisher: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct OperatorIn {
    pub id: Option<String>,
    pub name: Option<TextIn>,
    /// `provider` (default): a company the incident hit directly, listed as its own group;
    /// `third-party`: hit through a provider's services, listed together with the others.
    #[serde(default)]
    pub role: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct ServiceIn {
    pub id: Option<String>,
    pub name: Option<TextIn>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// An id from `operators`.
    pub operator: Option<String>,
    /// One of `messaging`, `portal`, `payments`, `mobility`, `maps`, `content`, `games`,
    /// `finance`, `commerce`, `login`, `public`, `health`, `other`.
    pub category: Option<String>,
    /// What users experienced, in a sentence or two.
    #[serde(default)]
    pub experience: Option<TextIn>,
    #[serde(default)]
    pub functions: Vec<FunctionIn>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct FunctionIn {
    pub id: Option<String>,
    pub name: Option<TextIn>,
    #[serde(default)]
    pub status: Vec<IntervalIn>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct IntervalIn {
    /// `outage`, `degraded` or `restored`.
    pub level: Option<String>,
    pub from: Option<String>,
    /// Absent while the data does not say when it ended.
    #[serde(default)]
    pub to: Option<String>,
    /// True when the sources give the times only roughly ("about 15:30", "Sunday afternoon").
    #[serde(default)]
    pub approximate: bool,
    #[serde(default)]
    pub note: Option<TextIn>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct EventIn {
    pub id: Option<String>,
    pub at: Option<String>,
    #[serde(default)]
    pub approximate: bool,
    /// `cause`, `outage`, `recovery`, `statement`, `compensation` or `investigation`.
    pub kind: Option<String>,
    pub title: Option<TextIn>,
    #[serde(default)]
    pub text: Option<TextIn>,
    #[serde(default)]
    pub services: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    /// An id from `disputes` when this moment is disputed.
    #[serde(default)]
    pub dispute: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct DisputeIn {
    pub id: Option<String>,
    pub topic: Option<TextIn>,
    #[serde(default)]
    pub alternatives: Vec<AlternativeIn>,
    #[serde(default)]
    pub note: Option<TextIn>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct AlternativeIn {
    pub value: Option<TextIn>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct FigureIn {
    pub id: Option<String>,
    pub label: Option<TextIn>,
    pub value: Option<TextIn>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub dispute: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct ClaimantIn {
    pub id: Option<String>,
    pub name: Option<TextIn>,
    #[serde(default)]
    pub description: Option<TextIn>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct CompensationIn {
    pub id: Option<String>,
    /// Ids from `claimants`.
    #[serde(default)]
    pub claimants: Vec<String>,
    /// Ids from `services`.
    #[serde(default)]
    pub services: Vec<String>,
    pub offer: Option<TextIn>,
    #[serde(default)]
    pub amounts: Vec<AmountIn>,
    #[serde(default)]
    pub how: Option<TextIn>,
    /// Where to claim: an http(s) URL.
    #[serde(default)]
    pub claim_url: Option<String>,
    #[serde(default)]
    pub windows: Vec<WindowIn>,
    /// `announced`, `open`, `closed`, `paid` or `automatic`.
    pub status: Option<String>,
    /// What was finally paid, when known.
    #[serde(default)]
    pub outcome: Option<TextIn>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub dispute: Option<String>,
    /// A rule the estimator can compute; see `RuleIn`.
    #[serde(default)]
    pub rule: Option<RuleIn>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct AmountIn {
    pub label: Option<TextIn>,
    /// Whole won.
    pub won: Option<i64>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct WindowIn {
    pub label: Option<TextIn>,
    #[serde(default)]
    pub opens: Option<String>,
    #[serde(default)]
    pub closes: Option<String>,
}

/// A machine-readable compensation rule. `kind` picks the formula; the other fields are its
/// parameters (see docs/data-format.md):
/// - `multiple_of_outage`: `multiple` × the hours hit × the hourly share of a monthly fee
///   (`days_in_month` days of 24 h).
/// - `days_of_monthly_fee`: `days` / `days_in_month` of a monthly fee, rounded up to `round_to`.
/// - `extension_multiple`: `multiple` × the days hit, as days of extension (no money).
/// - `cash_tiers`: by reported loss; `tiers` with `up_to` (inclusive, won) and `pays` (won);
///   a loss above the last tier is decided case by case.
/// - `fee_waiver`: `percent` of the fees earned inside `window`.
/// - `fixed`: a fixed `won` amount and/or `days` of extension.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct RuleIn {
    pub kind: Option<String>,
    #[serde(default)]
    pub multiple: Option<f64>,
    #[serde(default)]
    pub days: Option<f64>,
    #[serde(default)]
    pub days_in_month: Option<f64>,
    #[serde(default)]
    pub round_to: Option<i64>,
    #[serde(default)]
    pub percent: Option<f64>,
    #[serde(default)]
    pub won: Option<i64>,
    #[serde(default)]
    pub tiers: Vec<TierIn>,
    #[serde(default)]
    pub window: Option<SpanIn>,
    /// The minimum outage, in hours, before the rule applies.
    #[serde(default)]
    pub min_hours: Option<f64>,
    #[serde(default)]
    pub note: Option<TextIn>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct TierIn {
    pub up_to: Option<i64>,
    pub pays: Option<i64>,
}

/// Background that helps judge an offer: earlier precedents, terms, guidelines, laws.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct ContextIn {
    pub id: Option<String>,
    pub title: Option<TextIn>,
    pub text: Option<TextIn>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub rule: Option<RuleIn>,
}
