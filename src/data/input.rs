//! Input types: the incident data format v1 exactly as it arrives in JSON.
//!
//! Everything here is loose on purpose: times are strings, translations and most fields are
//! optional, so that `validate` can report every problem with its path. Nothing outside `data`
//! sees these types; the rest of the widget works on the validated types of
//! `crate::incident`. Each field is read from the key of the same name (see `read`): an
//! `Option` may be absent or `null`, a `Vec` absent, a `bool` absent (false). Unknown keys are
//! ignored.

use super::read::json_struct;

json_struct! {
    /// A text in both languages of the widget. Both are required; validation says which is missing.
    pub struct TextIn {
        pub ko: Option<String>,
        pub en: Option<String>,
    }
}

json_struct! {
    /// The whole file.
    pub struct IncidentFileIn {
        /// Must be `1` for this version of the format.
        pub format_version: Option<u32>,
        pub incident: Option<IncidentIn>,
        pub sources: Vec<SourceIn>,
        pub operators: Vec<OperatorIn>,
        pub services: Vec<ServiceIn>,
        pub events: Vec<EventIn>,
        pub disputes: Vec<DisputeIn>,
        pub figures: Vec<FigureIn>,
        pub claimants: Vec<ClaimantIn>,
        pub compensation: Vec<CompensationIn>,
        pub context: Vec<ContextIn>,
    }
}

json_struct! {
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
        pub covers: Option<SpanIn>,
        pub as_of: Option<String>,
        pub revisions: Vec<RevisionIn>,
        pub sources: Vec<String>,
    }
}

json_struct! {
    pub struct TimeZoneIn {
        pub name: Option<String>,
        pub abbr: Option<String>,
        pub offset: Option<String>,
    }
}

json_struct! {
    pub struct SpanIn {
        pub from: Option<String>,
        pub to: Option<String>,
    }
}

json_struct! {
    pub struct RevisionIn {
        pub at: Option<String>,
        pub note: Option<TextIn>,
    }
}

json_struct! {
    pub struct SourceIn {
        pub id: Option<String>,
        pub publisher: Option<String>,
        pub title: Option<String>,
        pub url: Option<String>,
        /// `YYYY-MM-DD`.
        pub date: Option<String>,
    }
}

json_struct! {
    pub struct OperatorIn {
        pub id: Option<String>,
        pub name: Option<TextIn>,
        /// `provider` (default): a company the incident hit directly, listed as its own group;
        /// `third-party`: hit through a provider's services, listed together with the others.
        pub role: Option<String>,
    }
}

json_struct! {
    pub struct ServiceIn {
        pub id: Option<String>,
        pub name: Option<TextIn>,
        pub aliases: Vec<String>,
        /// An id from `operators`.
        pub operator: Option<String>,
        /// One of `messaging`, `portal`, `payments`, `mobility`, `maps`, `content`, `games`,
        /// `finance`, `commerce`, `login`, `public`, `health`, `other`.
        pub category: Option<String>,
        /// What users experienced, in a sentence or two.
        pub experience: Option<TextIn>,
        pub functions: Vec<FunctionIn>,
        pub sources: Vec<String>,
    }
}

json_struct! {
    pub struct FunctionIn {
        pub id: Option<String>,
        pub name: Option<TextIn>,
        pub status: Vec<IntervalIn>,
    }
}

json_struct! {
    pub struct IntervalIn {
        /// `outage`, `degraded` or `restored`.
        pub level: Option<String>,
        pub from: Option<String>,
        /// Absent while the data does not say when it ended.
        pub to: Option<String>,
        /// True when the sources give the times only roughly ("about 15:30", "Sunday afternoon").
        pub approximate: bool,
        pub note: Option<TextIn>,
        pub sources: Vec<String>,
        /// Format 1.1: the time of the last source on this level; after it, until `to`, the
        /// level is not known.
        pub last_report: Option<String>,
    }
}

json_struct! {
    pub struct EventIn {
        pub id: Option<String>,
        pub at: Option<String>,
        pub approximate: bool,
        /// `cause`, `outage`, `recovery`, `statement`, `compensation` or `investigation`.
        pub kind: Option<String>,
        pub title: Option<TextIn>,
        pub text: Option<TextIn>,
        pub services: Vec<String>,
        pub sources: Vec<String>,
        /// An id from `disputes` when this moment is disputed.
        pub dispute: Option<String>,
    }
}

json_struct! {
    pub struct DisputeIn {
        pub id: Option<String>,
        pub topic: Option<TextIn>,
        pub alternatives: Vec<AlternativeIn>,
        pub note: Option<TextIn>,
    }
}

json_struct! {
    pub struct AlternativeIn {
        pub value: Option<TextIn>,
        pub sources: Vec<String>,
    }
}

json_struct! {
    pub struct FigureIn {
        pub id: Option<String>,
        pub label: Option<TextIn>,
        pub value: Option<TextIn>,
        pub sources: Vec<String>,
        pub dispute: Option<String>,
    }
}

json_struct! {
    pub struct ClaimantIn {
        pub id: Option<String>,
        pub name: Option<TextIn>,
        pub description: Option<TextIn>,
    }
}

json_struct! {
    pub struct CompensationIn {
        pub id: Option<String>,
        /// Ids from `claimants`.
        pub claimants: Vec<String>,
        /// Ids from `services`.
        pub services: Vec<String>,
        pub offer: Option<TextIn>,
        pub amounts: Vec<AmountIn>,
        pub how: Option<TextIn>,
        /// Where to claim: an http(s) URL.
        pub claim_url: Option<String>,
        pub windows: Vec<WindowIn>,
        /// `announced`, `open`, `closed`, `paid` or `automatic`.
        pub status: Option<String>,
        /// What was finally paid, when known.
        pub outcome: Option<TextIn>,
        pub sources: Vec<String>,
        pub dispute: Option<String>,
        /// A rule the estimator can compute; see `RuleIn`.
        pub rule: Option<RuleIn>,
    }
}

json_struct! {
    pub struct AmountIn {
        pub label: Option<TextIn>,
        /// Whole won.
        pub won: Option<i64>,
    }
}

json_struct! {
    pub struct WindowIn {
        pub label: Option<TextIn>,
        pub opens: Option<String>,
        pub closes: Option<String>,
    }
}

json_struct! {
    /// A machine-readable compensation rule. `kind` picks the formula; the other fields are its
    /// parameters (see docs/data-format.md):
    /// - `multiple_of_outage`: `multiple` × the hours hit × the hourly share of a monthly fee
    ///   (`days_in_month` days of 24 h).
    /// - `days_of_monthly_fee`: `days` / `days_in_month` of a monthly fee, rounded up to `round_to`.
    /// - `extension_multiple`: `multiple` × the days hit, as days of extension (no money).
    /// - `cash_tiers`: by reported loss; `tiers` with `up_to` (inclusive, won) and `pays` (won);
    ///   a loss above the last tier is decided case by case.
    /// - `fee_waiver`: `percent` of the fees earned inside `window`.
    /// - `fixed`: a fixed `won` amount and/or `days` of extension; `either: true` (format 1.1)
    ///   when it is one or the other, not both.
    pub struct RuleIn {
        pub kind: Option<String>,
        pub multiple: Option<f64>,
        pub days: Option<f64>,
        pub days_in_month: Option<f64>,
        pub round_to: Option<i64>,
        pub percent: Option<f64>,
        pub won: Option<i64>,
        pub tiers: Vec<TierIn>,
        pub window: Option<SpanIn>,
        /// The minimum outage, in hours, before the rule applies.
        pub min_hours: Option<f64>,
        /// `fixed` only: `won` or `days`, not both (format 1.1).
        pub either: bool,
        pub note: Option<TextIn>,
    }
}

json_struct! {
    pub struct TierIn {
        pub up_to: Option<i64>,
        pub pays: Option<i64>,
    }
}

json_struct! {
    /// Background that helps judge an offer: earlier precedents, terms, guidelines, laws.
    pub struct ContextIn {
        pub id: Option<String>,
        pub title: Option<TextIn>,
        pub text: Option<TextIn>,
        pub sources: Vec<String>,
        pub rule: Option<RuleIn>,
    }
}
