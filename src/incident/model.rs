//! The validated incident: the only shape of incident data the rest of the widget sees.
//!
//! Values of these types are built by `crate::data::validate` and nowhere else, so every id
//! they hold refers to something that exists, every interval starts before it ends, and every
//! text has both languages. This module must not touch the browser, the clock or the network.

use chrono::{DateTime, FixedOffset};
use std::collections::HashMap;
use std::sync::OnceLock;

/// A moment with the offset it was stated in.
pub type Time = DateTime<FixedOffset>;

/// A text in both languages of the widget.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    pub ko: String,
    pub en: String,
}

impl Text {
    pub fn new(ko: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            ko: ko.into(),
            en: en.into(),
        }
    }
}

/// The incident's own zone, in which the story is told (KST for the built-in one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentZone {
    pub name: String,
    pub abbr: String,
    pub offset: FixedOffset,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub from: Time,
    pub to: Time,
}

impl Span {
    /// Half-open: `from` is inside, `to` is not.
    pub fn contains(&self, t: &Time) -> bool {
        *t >= self.from && *t < self.to
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub at: Time,
    pub note: Text,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub publisher: String,
    pub title: String,
    /// Checked: http or https only.
    pub url: String,
    pub date: chrono::NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operator {
    pub id: String,
    pub name: Text,
    pub role: OperatorRole,
}

/// How an operator was hit, which decides how its services are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OperatorRole {
    /// Hit directly by the incident (Kakao, Naver): a group of its own.
    #[default]
    Provider,
    /// Hit through a provider's services (Upbit, delivery agencies): grouped together.
    ThirdParty,
}

impl OperatorRole {
    pub fn parse(s: &str) -> Option<OperatorRole> {
        match s {
            "provider" => Some(OperatorRole::Provider),
            "third-party" => Some(OperatorRole::ThirdParty),
            _ => None,
        }
    }
}

/// How badly a function was hit, worst last so that `max` finds the worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Restored,
    Degraded,
    Outage,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        match s {
            "outage" => Some(Level::Outage),
            "degraded" => Some(Level::Degraded),
            "restored" => Some(Level::Restored),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Outage => "outage",
            Level::Degraded => "degraded",
            Level::Restored => "restored",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interval {
    pub level: Level,
    pub from: Time,
    /// `None` while the data does not say when it ended.
    pub to: Option<Time>,
    pub approximate: bool,
    pub note: Option<Text>,
    pub sources: Vec<String>,
    /// The time of the last source that describes this level (format 1.1, optional). After it
    /// and before `to` (the next known state) the level is not known; `None`: the sources
    /// describe the whole interval. Never before `from`, always before `to`.
    pub last_report: Option<Time>,
}

impl Interval {
    /// Half-open: `from` is inside, `to` is not; an open end runs on forever.
    pub fn contains(&self, t: &Time) -> bool {
        *t >= self.from && self.to.is_none_or(|to| *t < to)
    }
    /// Whether `t` is after the last report on this interval: its level is not known then.
    pub fn unreported_at(&self, t: &Time) -> bool {
        self.last_report.is_some_and(|r| *t > r)
    }
    /// Where what the sources describe ends: the last report, else `to` (`None`: open).
    pub fn known_until(&self) -> Option<Time> {
        self.last_report.or(self.to)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Function {
    pub id: String,
    pub name: Text,
    /// Sorted by `from`, never overlapping.
    pub status: Vec<Interval>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    Messaging,
    Portal,
    Payments,
    Mobility,
    Maps,
    Content,
    Games,
    Finance,
    Commerce,
    Login,
    Public,
    Health,
    Other,
}

impl Category {
    pub const ALL: [Category; 13] = [
        Category::Messaging,
        Category::Portal,
        Category::Payments,
        Category::Mobility,
        Category::Maps,
        Category::Content,
        Category::Games,
        Category::Finance,
        Category::Commerce,
        Category::Login,
        Category::Public,
        Category::Health,
        Category::Other,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Messaging => "messaging",
            Category::Portal => "portal",
            Category::Payments => "payments",
            Category::Mobility => "mobility",
            Category::Maps => "maps",
            Category::Content => "content",
            Category::Games => "games",
            Category::Finance => "finance",
            Category::Commerce => "commerce",
            Category::Login => "login",
            Category::Public => "public",
            Category::Health => "health",
            Category::Other => "other",
        }
    }
    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    pub id: String,
    pub name: Text,
    pub aliases: Vec<String>,
    /// Index into `Incident::operators`.
    pub operator: usize,
    pub category: Category,
    pub experience: Option<Text>,
    pub functions: Vec<Function>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventKind {
    Cause,
    Outage,
    Recovery,
    Statement,
    Compensation,
    Investigation,
}

impl EventKind {
    pub const ALL: [EventKind; 6] = [
        EventKind::Cause,
        EventKind::Outage,
        EventKind::Recovery,
        EventKind::Statement,
        EventKind::Compensation,
        EventKind::Investigation,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Cause => "cause",
            EventKind::Outage => "outage",
            EventKind::Recovery => "recovery",
            EventKind::Statement => "statement",
            EventKind::Compensation => "compensation",
            EventKind::Investigation => "investigation",
        }
    }
    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: String,
    pub at: Time,
    pub approximate: bool,
    pub kind: EventKind,
    pub title: Text,
    pub text: Option<Text>,
    /// Indexes into `Incident::services`.
    pub services: Vec<usize>,
    pub sources: Vec<String>,
    /// Index into `Incident::disputes`.
    pub dispute: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    pub value: Text,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dispute {
    pub id: String,
    pub topic: Text,
    /// At least two.
    pub alternatives: Vec<Alternative>,
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub id: String,
    pub label: Text,
    pub value: Text,
    pub sources: Vec<String>,
    pub dispute: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claimant {
    pub id: String,
    pub name: Text,
    pub description: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfferStatus {
    Announced,
    Open,
    Closed,
    Paid,
    Automatic,
}

impl OfferStatus {
    pub fn parse(s: &str) -> Option<OfferStatus> {
        match s {
            "announced" => Some(OfferStatus::Announced),
            "open" => Some(OfferStatus::Open),
            "closed" => Some(OfferStatus::Closed),
            "paid" => Some(OfferStatus::Paid),
            "automatic" => Some(OfferStatus::Automatic),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            OfferStatus::Announced => "announced",
            OfferStatus::Open => "open",
            OfferStatus::Closed => "closed",
            OfferStatus::Paid => "paid",
            OfferStatus::Automatic => "automatic",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Amount {
    pub label: Text,
    pub won: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimWindow {
    pub label: Text,
    pub opens: Option<Time>,
    pub closes: Option<Time>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tier {
    /// Inclusive upper bound of the reported loss, in won.
    pub up_to: i64,
    pub pays: i64,
}

/// A compensation formula that the estimator can compute. Parameters were checked when the
/// data was validated (positive multiples, ascending tiers…).
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    /// `multiple` × hours hit × monthly fee / (`days_in_month` × 24), once `min_hours` is reached.
    MultipleOfOutage {
        multiple: f64,
        days_in_month: f64,
        min_hours: Option<f64>,
    },
    /// `days` / `days_in_month` of a monthly fee, rounded up to a multiple of `round_to` won.
    DaysOfMonthlyFee {
        days: f64,
        days_in_month: f64,
        round_to: i64,
    },
    /// `multiple` × the days hit, given as days of extension.
    ExtensionMultiple { multiple: f64 },
    /// Cash by reported loss; above the last tier, case by case.
    CashTiers { tiers: Vec<Tier> },
    /// `percent` of the fees earned inside `window`.
    FeeWaiver { percent: f64, window: Span },
    /// A fixed amount and/or days of extension; with `either`, one or the other (the operator
    /// chooses by the kind of pass), never both.
    Fixed {
        won: Option<i64>,
        days: Option<f64>,
        either: bool,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct RuleSpec {
    pub rule: Rule,
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    pub id: String,
    /// Indexes into `Incident::claimants`.
    pub claimants: Vec<usize>,
    /// Indexes into `Incident::services`.
    pub services: Vec<usize>,
    pub offer: Text,
    pub amounts: Vec<Amount>,
    pub how: Option<Text>,
    pub claim_url: Option<String>,
    pub windows: Vec<ClaimWindow>,
    pub status: OfferStatus,
    pub outcome: Option<Text>,
    pub sources: Vec<String>,
    pub dispute: Option<usize>,
    pub rule: Option<RuleSpec>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    pub id: String,
    pub title: Text,
    pub text: Text,
    pub sources: Vec<String>,
    pub rule: Option<RuleSpec>,
}

/// A validated incident. Build it with `crate::data::validate`.
#[derive(Debug, Clone, PartialEq)]
pub struct Incident {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub zone: IncidentZone,
    pub start: Time,
    pub end: Option<Time>,
    /// What the data covers; checks outside it answer "unknown".
    pub covers: Span,
    pub as_of: Time,
    pub revisions: Vec<Revision>,
    pub sources: Vec<Source>,
    pub operators: Vec<Operator>,
    pub services: Vec<Service>,
    /// Sorted by time, then by file order.
    pub events: Vec<Event>,
    pub disputes: Vec<Dispute>,
    pub figures: Vec<Figure>,
    pub claimants: Vec<Claimant>,
    pub compensation: Vec<Offer>,
    pub context: Vec<Context>,
    /// Source id -> index into `sources`.
    pub source_index: HashMap<String, usize>,
    /// Normalised id, name and alias -> service index, for name matching.
    pub name_index: HashMap<String, usize>,
    pub incident_sources: Vec<String>,
    /// The names and terms a question is matched against (`super::named::lookup`), prepared
    /// the first time a question needs them rather than while the page waits for the data.
    pub lookup: Derived<super::named::Lookup>,
}

/// A value worked out from an incident's data the first time it is asked for, and kept. It is
/// not part of what the incident says: incidents with the same data are equal whether or not
/// either has worked it out, and a copy works it out again, from its own data.
pub struct Derived<T>(OnceLock<T>);

impl<T> Derived<T> {
    pub fn get_or_init(&self, make: impl FnOnce() -> T) -> &T {
        self.0.get_or_init(make)
    }
}

impl<T> Default for Derived<T> {
    fn default() -> Self {
        Derived(OnceLock::new())
    }
}

impl<T> Clone for Derived<T> {
    fn clone(&self) -> Self {
        Derived::default()
    }
}

impl<T> PartialEq for Derived<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<T> std::fmt::Debug for Derived<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Derived")
    }
}

/// A claimant group, by its position in `Incident::claimants`. Typed so that a group and a
/// service, both positions, cannot be passed one for the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClaimantIx(pub usize);

/// A service, by its position in `Incident::services`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ServiceIx(pub usize);

impl Incident {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.source_index.get(id).map(|&i| &self.sources[i])
    }
    pub fn service_by_id(&self, id: &str) -> Option<usize> {
        self.services.iter().position(|s| s.id == id)
    }
    pub fn claimant_by_id(&self, id: &str) -> Option<usize> {
        self.claimants.iter().position(|c| c.id == id)
    }
    pub fn event_by_id(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }
}
