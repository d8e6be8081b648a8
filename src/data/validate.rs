//! From the loose input types to a validated `Incident`, reporting every problem with its path.
//!
//! The walk never stops at the first problem: each field is checked, its problem recorded
//! under its JSON path, and the incident is built only when the list stays empty.

use super::error::{DataError, Problem};
use super::input::*;
use super::text::is_blank;
use crate::incident::clock;
use crate::incident::model::*;
use crate::incident::names;
use crate::incident::sort;
use chrono::FixedOffset;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// The format version this widget reads.
pub const FORMAT_VERSION: u64 = 1;

#[derive(Default)]
struct Walk {
    errors: Vec<DataError>,
}

fn at(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

fn idx(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

/// Parses an RFC 3339 time, telling a missing offset apart from something that is no time.
pub fn parse_time(s: &str) -> Result<Time, Problem> {
    match clock::parse(s.trim()) {
        Some(p) if p.offset.is_none() => Err(Problem::NoOffset),
        Some(p) if p.seconds => p.moment().ok_or(Problem::NotATime),
        _ => Err(Problem::NotATime),
    }
}

/// Whether a link from data may become an `href`: http or https with a host, nothing else.
pub fn is_http_url(s: &str) -> bool {
    let lower = s.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(r) => {
            let host = r.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

impl Walk {
    fn push(&mut self, path: impl Into<String>, problem: Problem) {
        self.errors.push(DataError::new(path, problem));
    }

    fn string(&mut self, path: &str, v: &Option<String>) -> Option<String> {
        match v.as_deref().map(str::trim) {
            Some(s) if !is_blank(s) => Some(s.to_string()),
            _ => {
                self.push(path, Problem::Missing);
                None
            }
        }
    }

    fn text(&mut self, path: &str, v: &Option<TextIn>) -> Option<Text> {
        let Some(t) = v else {
            self.push(path, Problem::Missing);
            return None;
        };
        let ko = t.ko.as_deref().map(str::trim).filter(|s| !is_blank(s));
        let en = t.en.as_deref().map(str::trim).filter(|s| !is_blank(s));
        if ko.is_none() {
            self.push(at(path, "ko"), Problem::MissingTranslation("ko"));
        }
        if en.is_none() {
            self.push(at(path, "en"), Problem::MissingTranslation("en"));
        }
        Some(Text::new(ko?, en?))
    }

    fn opt_text(&mut self, path: &str, v: &Option<TextIn>) -> Option<Text> {
        v.as_ref().and_then(|_| self.text(path, v))
    }

    fn time(&mut self, path: &str, v: &Option<String>) -> Option<Time> {
        let s = v.as_deref().or_else(|| {
            self.push(path, Problem::Missing);
            None
        })?;
        parse_time(s).map_err(|p| self.push(path, p)).ok()
    }

    fn opt_time(&mut self, path: &str, v: &Option<String>) -> Option<Option<Time>> {
        match v {
            None => Some(None),
            Some(_) => self.time(path, v).map(Some),
        }
    }

    fn url(&mut self, path: &str, v: &Option<String>) -> Option<String> {
        let s = self.string(path, v)?;
        if is_http_url(&s) {
            Some(s)
        } else {
            self.push(path, Problem::NotHttpUrl);
            None
        }
    }

    /// Each item's id, trimmed, reporting missing and repeated ones. The path is written only
    /// for a problem: a large file has many ids.
    fn ids<'a>(
        &mut self,
        path: &str,
        items: impl Iterator<Item = &'a Option<String>>,
    ) -> Vec<Option<&'a str>> {
        let mut seen = HashSet::new();
        items
            .enumerate()
            .map(|(i, id)| {
                let Some(id) = id.as_deref().map(str::trim).filter(|s| !is_blank(s)) else {
                    self.push(at(&idx(path, i), "id"), Problem::Missing);
                    return None;
                };
                if !seen.insert(id) {
                    self.push(
                        at(&idx(path, i), "id"),
                        Problem::DuplicateId(id.to_string()),
                    );
                }
                Some(id)
            })
            .collect()
    }

    fn refs(
        &mut self,
        path: &str,
        kind: &'static str,
        list: &[String],
        known: &HashMap<String, usize>,
    ) -> Vec<usize> {
        list.iter()
            .enumerate()
            .filter_map(|(i, id)| {
                let found = known.get(id.as_str()).copied();
                if found.is_none() {
                    self.push(idx(path, i), Problem::UnknownId(kind, id.clone()));
                }
                found
            })
            .collect()
    }

    fn one_ref(
        &mut self,
        path: &str,
        kind: &'static str,
        id: &Option<String>,
        known: &HashMap<String, usize>,
    ) -> Option<Option<usize>> {
        match id {
            None => Some(None),
            Some(id) => match known.get(id.as_str()) {
                Some(&i) => Some(Some(i)),
                None => {
                    self.push(path, Problem::UnknownId(kind, id.clone()));
                    None
                }
            },
        }
    }

    fn sources(
        &mut self,
        path: &str,
        list: &[String],
        known: &HashMap<String, usize>,
    ) -> Vec<String> {
        self.refs(path, "source", list, known);
        list.to_vec()
    }

    fn positive(&mut self, path: &str, v: Option<f64>) -> Option<f64> {
        match v {
            Some(x) if x > 0.0 && x.is_finite() => Some(x),
            Some(_) => {
                self.push(path, Problem::NotPositive);
                None
            }
            None => {
                self.push(path, Problem::Missing);
                None
            }
        }
    }

    /// An optional parameter: absent is fine, present must be greater than zero.
    fn opt_positive(&mut self, path: &str, v: Option<f64>) -> Option<Option<f64>> {
        match v {
            None => Some(None),
            Some(_) => self.positive(path, v).map(Some),
        }
    }

    fn span(&mut self, path: &str, v: &SpanIn) -> Option<Span> {
        let from = self.time(&at(path, "from"), &v.from);
        let to = self.time(&at(path, "to"), &v.to);
        let (from, to) = (from?, to?);
        if to < from {
            self.push(at(path, "to"), Problem::EndsBeforeStart);
            return None;
        }
        Some(Span { from, to })
    }

    fn rule(&mut self, path: &str, r: &RuleIn) -> Option<RuleSpec> {
        let note = self.opt_text(&at(path, "note"), &r.note);
        let kind_path = at(path, "kind");
        let kind = self.string(&kind_path, &r.kind)?;
        let rule = match kind.as_str() {
            // Every parameter is checked before any `?`, so that all their problems are listed.
            "multiple_of_outage" => {
                let multiple = self.positive(&at(path, "multiple"), r.multiple);
                let days_in_month =
                    self.positive(&at(path, "days_in_month"), r.days_in_month.or(Some(30.0)));
                let min_hours = self.opt_positive(&at(path, "min_hours"), r.min_hours);
                Rule::MultipleOfOutage {
                    multiple: multiple?,
                    days_in_month: days_in_month?,
                    min_hours: min_hours?,
                }
            }
            "days_of_monthly_fee" => {
                let days = self.positive(&at(path, "days"), r.days);
                let days_in_month = self.positive(&at(path, "days_in_month"), r.days_in_month);
                let round_to = self.positive(
                    &at(path, "round_to"),
                    Some(r.round_to.map_or(1.0, |v| v as f64)),
                );
                Rule::DaysOfMonthlyFee {
                    days: days?,
                    days_in_month: days_in_month?,
                    round_to: round_to? as i64,
                }
            }
            "extension_multiple" => Rule::ExtensionMultiple {
                multiple: self.positive(&at(path, "multiple"), r.multiple)?,
            },
            "cash_tiers" => {
                let mut tiers = Vec::new();
                if r.tiers.is_empty() {
                    self.push(at(path, "tiers"), Problem::Missing);
                }
                for (i, t) in r.tiers.iter().enumerate() {
                    let p = idx(&at(path, "tiers"), i);
                    let up_to = self.positive(&at(&p, "up_to"), t.up_to.map(|v| v as f64));
                    let pays = self.positive(&at(&p, "pays"), t.pays.map(|v| v as f64));
                    if let (Some(u), Some(pay)) = (up_to, pays) {
                        if let Some(last) = tiers.last() {
                            let last: &Tier = last;
                            if last.up_to >= u as i64 {
                                self.push(at(&p, "up_to"), Problem::TiersNotAscending);
                            }
                            // A larger loss never pays less.
                            if last.pays > pay as i64 {
                                self.push(at(&p, "pays"), Problem::TiersNotAscending);
                            }
                        }
                        tiers.push(Tier {
                            up_to: u as i64,
                            pays: pay as i64,
                        });
                    }
                }
                Rule::CashTiers { tiers }
            }
            "fee_waiver" => {
                let percent = self.positive(&at(path, "percent"), r.percent);
                let window = match &r.window {
                    Some(w) => self.span(&at(path, "window"), w),
                    None => {
                        self.push(at(path, "window"), Problem::Missing);
                        None
                    }
                };
                Rule::FeeWaiver {
                    percent: percent?,
                    window: window?,
                }
            }
            "fixed" => {
                if r.won.is_none() && r.days.is_none() {
                    self.push(at(path, "won"), Problem::Missing);
                    return None;
                }
                // "One or the other" needs both to choose from.
                if r.either && (r.won.is_none() || r.days.is_none()) {
                    let missing = if r.won.is_none() { "won" } else { "days" };
                    self.push(at(path, missing), Problem::Missing);
                    return None;
                }
                let won = self.opt_positive(&at(path, "won"), r.won.map(|v| v as f64));
                let days = self.opt_positive(&at(path, "days"), r.days);
                Rule::Fixed {
                    won: won?.map(|v| v as i64),
                    days: days?,
                    either: r.either,
                }
            }
            _ => {
                self.push(
                    kind_path,
                    Problem::NotOneOf("multiple_of_outage, days_of_monthly_fee, extension_multiple, cash_tiers, fee_waiver, fixed"),
                );
                return None;
            }
        };
        Some(RuleSpec { rule, note })
    }
}

fn index_of(ids: &[Option<String>]) -> HashMap<String, usize> {
    ids.iter()
        .enumerate()
        .filter_map(|(i, id)| id.clone().map(|id| (id, i)))
        .collect()
}

/// Checks the whole file and builds the incident, or returns every problem found.
pub fn validate(file: &IncidentFileIn) -> Result<Incident, Vec<DataError>> {
    let mut v = Box::new(Validation::new(Cow::Borrowed(file)));
    loop {
        match v.step(usize::MAX) {
            Checked::Done(result) => return result,
            Checked::More(more) => v = more,
        }
    }
}

/// Where a `Validation` stands after a step.
// `Done` comes once per file; boxing it would only add an allocation.
#[allow(clippy::large_enum_variant)]
pub enum Checked<'f> {
    More(Box<Validation<'f>>),
    Done(Result<Incident, Vec<DataError>>),
}

/// `validate` in steps, a section of the file at a time, so that the host can let the page
/// breathe between them (`crate::data::steps`). The problems come in the same order.
pub struct Validation<'f> {
    file: Cow<'f, IncidentFileIn>,
    w: Walk,
    ids: Ids,
    sections: Sections,
    /// The step: the ids of `ID_LISTS` lists, the `SECTIONS`, the input freed, the build;
    /// and the next item, for the services and the events.
    next: usize,
    item: usize,
}

impl<'f> Validation<'f> {
    /// Checks the version, the first step.
    pub fn new(file: Cow<'f, IncidentFileIn>) -> Self {
        let mut w = Walk::default();
        match file.format_version {
            Some(1) => {}
            Some(v) => w.push("format_version", Problem::UnsupportedVersion(v as u64)),
            None => w.push("format_version", Problem::Missing),
        }
        Validation {
            file,
            w,
            ids: Ids::default(),
            sections: Sections::default(),
            next: 0,
            item: 0,
        }
    }

    /// Checks the ids of the next list, or the next section (of the services and the events,
    /// at most `items` of them), frees the input (at most `items` of its events and services:
    /// a large file's takes a while), or builds the incident once all that is done.
    pub fn step(mut self: Box<Self>, items: usize) -> Checked<'f> {
        let items = items.max(1);
        let section = match self.next {
            n if n < ID_LISTS => {
                self.ids.check(&mut self.w, &self.file, n);
                self.next += 1;
                return Checked::More(self);
            }
            n => n - ID_LISTS,
        };
        if section == SECTIONS {
            if let Cow::Owned(file) = &mut self.file {
                if !free(file, items) {
                    return Checked::More(self);
                }
            }
            self.next += 1;
            return Checked::More(self);
        }
        let (w, file, ids, s) = (&mut self.w, &*self.file, &self.ids, &mut self.sections);
        let from = self.item;
        let part = |len: usize| from..from.saturating_add(items).min(len);
        let rest = match section {
            0 => {
                s.sources = check_sources(w, file, ids);
                None
            }
            1 => {
                s.operators = check_operators(w, file, ids);
                None
            }
            2 => {
                s.head = check_head(w, file, ids);
                None
            }
            3 => {
                let part = part(file.services.len());
                s.services
                    .extend(check_services(w, file, ids, part.clone()));
                (part.end < file.services.len()).then_some(part.end)
            }
            4 => {
                s.disputes = check_disputes(w, file, ids);
                None
            }
            5 => {
                let part = part(file.events.len());
                s.events.extend(check_events(w, file, ids, part.clone()));
                let rest = (part.end < file.events.len()).then_some(part.end);
                if rest.is_none() {
                    sort_events(&mut s.events);
                }
                rest
            }
            6 => {
                s.figures = check_figures(w, file, ids);
                None
            }
            7 => {
                s.claimants = check_claimants(w, file, ids);
                None
            }
            8 => {
                s.compensation = check_compensation(w, file, ids);
                None
            }
            9 => {
                s.context = check_context(w, file, ids);
                None
            }
            _ if !self.w.errors.is_empty() => return Checked::Done(Err(self.w.errors)),
            // After the input is freed.
            _ => return Checked::Done(build(self.sections, self.ids.sources.index)),
        };
        match rest {
            Some(item) => self.item = item,
            None => {
                self.next += 1;
                self.item = 0;
            }
        }
        Checked::More(self)
    }
}

/// The ids of one list, by position (`None` where an item has none), and each id's position.
#[derive(Default)]
struct IdList {
    ids: Vec<Option<String>>,
    index: HashMap<String, usize>,
}

impl IdList {
    fn check<'a>(
        w: &mut Walk,
        path: &str,
        items: impl Iterator<Item = &'a Option<String>>,
    ) -> IdList {
        let ids: Vec<Option<String>> = w
            .ids(path, items)
            .into_iter()
            .map(|id| id.map(str::to_string))
            .collect();
        let index = index_of(&ids);
        IdList { ids, index }
    }
}

/// The ids of the lists that others refer to.
#[derive(Default)]
struct Ids {
    sources: IdList,
    operators: IdList,
    services: IdList,
    disputes: IdList,
    claimants: IdList,
}

/// The lists whose ids are checked, in this order, each in a step of its own.
const ID_LISTS: usize = 9;
/// The sections checked (in the order of `Sections`), each in a step or in parts.
const SECTIONS: usize = 10;

/// Frees up to `items` of the input's events, then of its services; `true` when all are.
fn free(file: &mut IncidentFileIn, items: usize) -> bool {
    let events = items.min(file.events.len());
    file.events.truncate(file.events.len() - events);
    let services = (items - events).min(file.services.len());
    file.services.truncate(file.services.len() - services);
    file.events.is_empty() && file.services.is_empty()
}

impl Ids {
    /// Reads the ids of list `n` (of `ID_LISTS`), reporting missing and repeated ones (also
    /// of the lists nothing refers to).
    fn check(&mut self, w: &mut Walk, file: &IncidentFileIn, n: usize) {
        match n {
            0 => self.sources = IdList::check(w, "sources", file.sources.iter().map(|s| &s.id)),
            1 => {
                self.operators = IdList::check(w, "operators", file.operators.iter().map(|o| &o.id))
            }
            2 => self.services = IdList::check(w, "services", file.services.iter().map(|s| &s.id)),
            3 => self.disputes = IdList::check(w, "disputes", file.disputes.iter().map(|d| &d.id)),
            4 => {
                self.claimants = IdList::check(w, "claimants", file.claimants.iter().map(|c| &c.id))
            }
            5 => drop(w.ids("events", file.events.iter().map(|e| &e.id))),
            6 => drop(w.ids("figures", file.figures.iter().map(|e| &e.id))),
            7 => drop(w.ids("compensation", file.compensation.iter().map(|e| &e.id))),
            _ => drop(w.ids("context", file.context.iter().map(|e| &e.id))),
        }
    }
}

/// The incident's own fields, checked.
struct Head {
    id: String,
    title: Text,
    summary: Text,
    zone: IncidentZone,
    start: Time,
    end: Option<Time>,
    covers: Span,
    as_of: Time,
    revisions: Vec<Option<Revision>>,
    sources: Vec<String>,
}

/// Every section as checked: an item is `None` where it had a problem.
#[derive(Default)]
struct Sections {
    sources: Vec<Option<Source>>,
    operators: Vec<Option<Operator>>,
    head: Option<Head>,
    services: Vec<Option<Service>>,
    disputes: Vec<Option<Dispute>>,
    events: Vec<Option<Event>>,
    figures: Vec<Option<Figure>>,
    claimants: Vec<Option<Claimant>>,
    compensation: Vec<Option<Offer>>,
    context: Vec<Option<Context>>,
}

/// The sources: publisher, title, an http(s) link and a date.
fn check_sources(w: &mut Walk, file: &IncidentFileIn, ids: &Ids) -> Vec<Option<Source>> {
    let sources: Vec<Option<Source>> = file
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let p = idx("sources", i);
            let publisher = w.string(&at(&p, "publisher"), &s.publisher);
            let title = w.string(&at(&p, "title"), &s.title);
            let url = w.url(&at(&p, "url"), &s.url);
            let date = w.string(&at(&p, "date"), &s.date).and_then(|d| {
                let date = clock::parse_date(&d);
                if date.is_none() {
                    w.push(at(&p, "date"), Problem::NotADate);
                }
                date
            });
            Some(Source {
                id: ids.sources.ids[i].clone()?,
                publisher: publisher?,
                title: title?,
                url: url?,
                date: date?,
            })
        })
        .collect();
    sources
}

/// The operators: a name, and a role (a provider unless said otherwise).
fn check_operators(w: &mut Walk, file: &IncidentFileIn, ids: &Ids) -> Vec<Option<Operator>> {
    let operators: Vec<Option<Operator>> = file
        .operators
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let p = idx("operators", i);
            let name = w.text(&at(&p, "name"), &o.name);
            let role = match &o.role {
                None => Some(OperatorRole::default()),
                Some(r) => OperatorRole::parse(r).or_else(|| {
                    w.push(at(&p, "role"), Problem::NotOneOf("provider, third-party"));
                    None
                }),
            };
            Some(Operator {
                id: ids.operators.ids[i].clone()?,
                name: name?,
                role: role?,
            })
        })
        .collect();
    operators
}

/// The incident itself: id, texts, zone, start and end, what the data covers, as of when.
fn check_head(w: &mut Walk, file: &IncidentFileIn, ids: &Ids) -> Option<Head> {
    let Some(inc) = &file.incident else {
        w.push("incident", Problem::Missing);
        return None;
    };
    {
        let title = w.text("incident.title", &inc.title);
        let summary = w.text("incident.summary", &inc.summary);
        let id = w.string("incident.id", &inc.id);
        let zone = match &inc.time_zone {
            Some(z) => {
                let name = w.string("incident.time_zone.name", &z.name);
                let abbr = w.string("incident.time_zone.abbr", &z.abbr);
                let offset = w
                    .string("incident.time_zone.offset", &z.offset)
                    .and_then(|o| {
                        o.parse::<FixedOffset>()
                            .map_err(|_| {
                                w.push(
                                    "incident.time_zone.offset",
                                    Problem::NotOneOf("UTC offsets such as +09:00"),
                                )
                            })
                            .ok()
                    });
                // Not `?`: it would leave `check_head`, and the fields below go unchecked.
                name.zip(abbr)
                    .zip(offset)
                    .map(|((name, abbr), offset)| IncidentZone { name, abbr, offset })
            }
            None => {
                w.push("incident.time_zone", Problem::Missing);
                None
            }
        };
        let start = w.time("incident.start", &inc.start);
        let end = w.opt_time("incident.end", &inc.end);
        let as_of = w.time("incident.as_of", &inc.as_of);
        if let (Some(s), Some(Some(e))) = (start, end) {
            if e < s {
                w.push("incident.end", Problem::EndsBeforeStart);
            }
        }
        let covers = match &inc.covers {
            Some(c) => w.span("incident.covers", c),
            None => match (start, end) {
                (Some(from), Some(Some(to))) => Some(Span { from, to }),
                (Some(from), Some(None)) => as_of.map(|to| Span { from, to }),
                _ => None,
            },
        };
        let revisions: Vec<Option<Revision>> = inc
            .revisions
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let p = idx("incident.revisions", i);
                let at_ = w.time(&at(&p, "at"), &r.at);
                let note = w.text(&at(&p, "note"), &r.note);
                Some(Revision {
                    at: at_?,
                    note: note?,
                })
            })
            .collect();
        let srcs = w.sources("incident.sources", &inc.sources, &ids.sources.index);
        Some(Head {
            id: id?,
            title: title?,
            summary: summary?,
            zone: zone?,
            start: start?,
            end: end?,
            covers: covers?,
            as_of: as_of?,
            revisions,
            sources: srcs,
        })
    }
}

/// The services: name, operator, category, and each function with its intervals.
/// The services of `items` (a large file's are checked in parts: see `Validation`).
fn check_services(
    w: &mut Walk,
    file: &IncidentFileIn,
    ids: &Ids,
    items: Range<usize>,
) -> Vec<Option<Service>> {
    let services: Vec<Option<Service>> = file
        .services
        .iter()
        .enumerate()
        .take(items.end)
        .skip(items.start)
        .map(|(i, s)| {
            let p = idx("services", i);
            let name = w.text(&at(&p, "name"), &s.name);
            let operator = match &s.operator {
                Some(_) => w.one_ref(&at(&p, "operator"), "operator", &s.operator, &ids.operators.index).flatten(),
                None => {
                    w.push(at(&p, "operator"), Problem::Missing);
                    None
                }
            };
            let category = w.string(&at(&p, "category"), &s.category).and_then(|c| {
                Category::parse(&c)
                    .or_else(|| {
                        w.push(at(&p, "category"), Problem::NotOneOf("messaging, portal, payments, mobility, maps, content, games, finance, commerce, login, public, health, other"));
                        None
                    })
            });
            let experience = w.opt_text(&at(&p, "experience"), &s.experience);
            let sources = w.sources(&at(&p, "sources"), &s.sources, &ids.sources.index);
            let fn_ids = w.ids(&at(&p, "functions"), s.functions.iter().map(|f| &f.id));
            if s.functions.is_empty() {
                w.push(at(&p, "functions"), Problem::Missing);
            }
            let functions: Vec<Option<Function>> = s
                .functions
                .iter()
                .enumerate()
                .map(|(fi, f)| {
                    let fp = idx(&at(&p, "functions"), fi);
                    let name = w.text(&at(&fp, "name"), &f.name);
                    let status = intervals(w, &at(&fp, "status"), &f.status, &ids.sources.index);
                    Some(Function { id: fn_ids[fi]?.to_string(), name: name?, status: status? })
                })
                .collect();
            let functions: Option<Vec<Function>> = functions.into_iter().collect();
            Some(Service {
                id: ids.services.ids[i].clone()?,
                name: name?,
                aliases: s.aliases.iter().map(|a| a.trim().to_string()).filter(|a| !is_blank(a)).collect(),
                operator: operator?,
                category: category?,
                experience,
                functions: functions?,
                sources,
            })
        })
        .collect();
    services
}

/// The disputes: a topic and at least two alternatives, each with its sources.
fn check_disputes(w: &mut Walk, file: &IncidentFileIn, ids: &Ids) -> Vec<Option<Dispute>> {
    let disputes: Vec<Option<Dispute>> = file
        .disputes
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let p = idx("disputes", i);
            let topic = w.text(&at(&p, "topic"), &d.topic);
            let note = w.opt_text(&at(&p, "note"), &d.note);
            if d.alternatives.len() < 2 {
                w.push(at(&p, "alternatives"), Problem::TooFewAlternatives);
            }
            let alternatives: Option<Vec<Alternative>> = d
                .alternatives
                .iter()
                .enumerate()
                .map(|(ai, a)| {
                    let ap = idx(&at(&p, "alternatives"), ai);
                    let value = w.text(&at(&ap, "value"), &a.value);
                    if a.sources.is_empty() {
                        w.push(at(&ap, "sources"), Problem::Missing);
                    }
                    let sources = w.sources(&at(&ap, "sources"), &a.sources, &ids.sources.index);
                    Some(Alternative {
                        value: value?,
                        sources,
                    })
                })
                .collect::<Vec<_>>()
                .into_iter()
                .collect();
            Some(Dispute {
                id: ids.disputes.ids[i].clone()?,
                topic: topic?,
                alternatives: alternatives?,
                note,
            })
        })
        .collect();
    disputes
}

/// The events, in time order.
/// The events of `items`, in the file's order (see `sort_events`).
fn check_events(
    w: &mut Walk,
    file: &IncidentFileIn,
    ids: &Ids,
    items: Range<usize>,
) -> Vec<Option<Event>> {
    let events: Vec<Option<Event>> = file
        .events
        .iter()
        .enumerate()
        .take(items.end)
        .skip(items.start)
        .map(|(i, e)| {
            let p = idx("events", i);
            let at_ = w.time(&at(&p, "at"), &e.at);
            let kind = w.string(&at(&p, "kind"), &e.kind).and_then(|k| {
                EventKind::parse(&k).or_else(|| {
                    w.push(
                        at(&p, "kind"),
                        Problem::NotOneOf(
                            "cause, outage, recovery, statement, compensation, investigation",
                        ),
                    );
                    None
                })
            });
            let title = w.text(&at(&p, "title"), &e.title);
            let text = w.opt_text(&at(&p, "text"), &e.text);
            let services = w.refs(
                &at(&p, "services"),
                "service",
                &e.services,
                &ids.services.index,
            );
            if e.sources.is_empty() {
                w.push(at(&p, "sources"), Problem::Missing);
            }
            let sources = w.sources(&at(&p, "sources"), &e.sources, &ids.sources.index);
            let dispute = w.one_ref(
                &at(&p, "dispute"),
                "dispute",
                &e.dispute,
                &ids.disputes.index,
            );
            Some(Event {
                id: e.id.clone()?,
                at: at_?,
                approximate: e.approximate,
                kind: kind?,
                title: title?,
                text,
                services,
                sources,
                dispute: dispute?,
            })
        })
        .collect();
    events
}

/// The events checked, in time order. Stable: events at the same moment keep their order in
/// the file.
fn sort_events(events: &mut [Option<Event>]) {
    sort::sort_by_key(events, |e| e.as_ref().map(|e| e.at));
}

/// The key figures the data states itself.
fn check_figures(w: &mut Walk, file: &IncidentFileIn, ids: &Ids) -> Vec<Option<Figure>> {
    let figures: Vec<Option<Figure>> = file
        .figures
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let p = idx("figures", i);
            let label = w.text(&at(&p, "label"), &f.label);
            let value = w.text(&at(&p, "value"), &f.value);
            let sources = w.sources(&at(&p, "sources"), &f.sources, &ids.sources.index);
            let dispute = w.one_ref(
                &at(&p, "dispute"),
                "dispute",
                &f.dispute,
                &ids.disputes.index,
            );
            Some(Figure {
                id: f.id.clone()?,
                label: label?,
                value: value?,
                sources,
                dispute: dispute?,
            })
        })
        .collect();
    figures
}

/// The claimant groups.
fn check_claimants(w: &mut Walk, file: &IncidentFileIn, ids: &Ids) -> Vec<Option<Claimant>> {
    let claimants: Vec<Option<Claimant>> = file
        .claimants
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let p = idx("claimants", i);
            let name = w.text(&at(&p, "name"), &c.name);
            let description = w.opt_text(&at(&p, "description"), &c.description);
            Some(Claimant {
                id: ids.claimants.ids[i].clone()?,
                name: name?,
                description,
            })
        })
        .collect();
    claimants
}

/// The offers: groups, services, amounts, claim link and windows, status, rule.
fn check_compensation(w: &mut Walk, file: &IncidentFileIn, ids: &Ids) -> Vec<Option<Offer>> {
    let compensation: Vec<Option<Offer>> = file
        .compensation
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let p = idx("compensation", i);
            let claimants = w.refs(
                &at(&p, "claimants"),
                "claimant",
                &c.claimants,
                &ids.claimants.index,
            );
            if c.claimants.is_empty() {
                w.push(at(&p, "claimants"), Problem::Missing);
            }
            let services = w.refs(
                &at(&p, "services"),
                "service",
                &c.services,
                &ids.services.index,
            );
            let offer = w.text(&at(&p, "offer"), &c.offer);
            let amounts: Option<Vec<Amount>> = c
                .amounts
                .iter()
                .enumerate()
                .map(|(ai, a)| {
                    let ap = idx(&at(&p, "amounts"), ai);
                    let label = w.text(&at(&ap, "label"), &a.label);
                    let won = match a.won {
                        Some(v) if v >= 0 => Some(v),
                        Some(_) => {
                            w.push(at(&ap, "won"), Problem::NotPositive);
                            None
                        }
                        None => {
                            w.push(at(&ap, "won"), Problem::Missing);
                            None
                        }
                    };
                    Some(Amount {
                        label: label?,
                        won: won?,
                    })
                })
                .collect::<Vec<_>>()
                .into_iter()
                .collect();
            let how = w.opt_text(&at(&p, "how"), &c.how);
            let claim_url = match &c.claim_url {
                Some(_) => w.url(&at(&p, "claim_url"), &c.claim_url).map(Some),
                None => Some(None),
            };
            let windows: Option<Vec<ClaimWindow>> = c
                .windows
                .iter()
                .enumerate()
                .map(|(wi, win)| {
                    let wp = idx(&at(&p, "windows"), wi);
                    let label = w.text(&at(&wp, "label"), &win.label);
                    let opens = w.opt_time(&at(&wp, "opens"), &win.opens);
                    let closes = w.opt_time(&at(&wp, "closes"), &win.closes);
                    if let (Some(Some(o)), Some(Some(cl))) = (opens, closes) {
                        if cl < o {
                            w.push(at(&wp, "closes"), Problem::EndsBeforeStart);
                        }
                    }
                    Some(ClaimWindow {
                        label: label?,
                        opens: opens?,
                        closes: closes?,
                    })
                })
                .collect::<Vec<_>>()
                .into_iter()
                .collect();
            let status = w.string(&at(&p, "status"), &c.status).and_then(|s| {
                OfferStatus::parse(&s).or_else(|| {
                    w.push(
                        at(&p, "status"),
                        Problem::NotOneOf("announced, open, closed, paid, automatic"),
                    );
                    None
                })
            });
            let outcome = w.opt_text(&at(&p, "outcome"), &c.outcome);
            if c.sources.is_empty() {
                w.push(at(&p, "sources"), Problem::Missing);
            }
            let sources = w.sources(&at(&p, "sources"), &c.sources, &ids.sources.index);
            let dispute = w.one_ref(
                &at(&p, "dispute"),
                "dispute",
                &c.dispute,
                &ids.disputes.index,
            );
            let rule = match &c.rule {
                Some(r) => w.rule(&at(&p, "rule"), r).map(Some),
                None => Some(None),
            };
            Some(Offer {
                id: c.id.clone()?,
                claimants,
                services,
                offer: offer?,
                amounts: amounts?,
                how,
                claim_url: claim_url?,
                windows: windows?,
                status: status?,
                outcome,
                sources,
                dispute: dispute?,
                rule: rule?,
            })
        })
        .collect();
    compensation
}

/// The context entries (precedents, terms, guidelines), each with an optional rule.
fn check_context(w: &mut Walk, file: &IncidentFileIn, ids: &Ids) -> Vec<Option<Context>> {
    let context: Vec<Option<Context>> = file
        .context
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let p = idx("context", i);
            let title = w.text(&at(&p, "title"), &c.title);
            let text = w.text(&at(&p, "text"), &c.text);
            let sources = w.sources(&at(&p, "sources"), &c.sources, &ids.sources.index);
            let rule = match &c.rule {
                Some(r) => w.rule(&at(&p, "rule"), r).map(Some),
                None => Some(None),
            };
            Some(Context {
                id: c.id.clone()?,
                title: title?,
                text: text?,
                sources,
                rule: rule?,
            })
        })
        .collect();
    context
}

/// Builds the incident from sections checked without a problem.
fn build(
    sections: Sections,
    source_index: HashMap<String, usize>,
) -> Result<Incident, Vec<DataError>> {
    // With no error recorded, every item was built; a `None` here is a bug of the walk, not of
    // the file: it panics in debug builds and tests, and is reported as such otherwise.
    fn all<T>(v: Vec<Option<T>>, section: &'static str) -> Result<Vec<T>, Vec<DataError>> {
        v.into_iter()
            .collect::<Option<_>>()
            .ok_or_else(|| bug(section))
    }
    fn bug(section: &'static str) -> Vec<DataError> {
        if cfg!(debug_assertions) {
            panic!("validate: {section} had no problem recorded but was not built");
        }
        vec![DataError::new("", Problem::Internal(section))]
    }
    let head = sections.head.ok_or_else(|| bug("incident"))?;
    let services: Vec<Service> = all(sections.services, "services")?;
    let mut name_index = HashMap::new();
    for (i, s) in services.iter().enumerate() {
        for key in names::keys_of(s) {
            name_index.entry(key).or_insert(i);
        }
    }
    Ok(Incident {
        id: head.id,
        title: head.title,
        summary: head.summary,
        zone: head.zone,
        start: head.start,
        end: head.end,
        covers: head.covers,
        as_of: head.as_of,
        revisions: all(head.revisions, "incident.revisions")?,
        sources: all(sections.sources, "sources")?,
        operators: all(sections.operators, "operators")?,
        services,
        events: all(sections.events, "events")?,
        disputes: all(sections.disputes, "disputes")?,
        figures: all(sections.figures, "figures")?,
        claimants: all(sections.claimants, "claimants")?,
        compensation: all(sections.compensation, "compensation")?,
        context: all(sections.context, "context")?,
        source_index,
        name_index,
        incident_sources: head.sources,
        lookup: Default::default(),
    })
}

/// Checks one function's intervals: times, order within each, overlaps between them.
fn intervals(
    w: &mut Walk,
    path: &str,
    list: &[IntervalIn],
    sources: &HashMap<String, usize>,
) -> Option<Vec<Interval>> {
    let mut out: Vec<(usize, Interval)> = Vec::new();
    let mut ok = true;
    for (i, iv) in list.iter().enumerate() {
        let p = idx(path, i);
        let level = w.string(&at(&p, "level"), &iv.level).and_then(|l| {
            Level::parse(&l).or_else(|| {
                w.push(
                    at(&p, "level"),
                    Problem::NotOneOf("outage, degraded, restored"),
                );
                None
            })
        });
        let from = w.time(&at(&p, "from"), &iv.from);
        let to = w.opt_time(&at(&p, "to"), &iv.to);
        let last_report = w.opt_time(&at(&p, "last_report"), &iv.last_report);
        let note = w.opt_text(&at(&p, "note"), &iv.note);
        if iv.sources.is_empty() {
            w.push(at(&p, "sources"), Problem::Missing);
        }
        let srcs = w.sources(&at(&p, "sources"), &iv.sources, sources);
        match (level, from, to, last_report) {
            (Some(level), Some(from), Some(to), Some(last_report)) => {
                let outside = |r: Time| r < from || to.is_some_and(|to| r >= to);
                if to.is_some_and(|to| to <= from) {
                    w.push(at(&p, "to"), Problem::EndsBeforeStart);
                    ok = false;
                } else if last_report.is_some_and(outside) {
                    w.push(at(&p, "last_report"), Problem::ReportOutsideInterval);
                    ok = false;
                } else {
                    out.push((
                        i,
                        Interval {
                            level,
                            from,
                            to,
                            approximate: iv.approximate,
                            note,
                            sources: srcs,
                            last_report,
                        },
                    ));
                }
            }
            _ => ok = false,
        }
    }
    let mut sorted = out;
    sort::sort_by_key(&mut sorted, |(_, iv)| iv.from);
    // Each interval is compared with the one reaching furthest so far (by file index and end,
    // `None` for open-ended), not only with its neighbour: in [14–18), [15–16), [16:30–17) both
    // later ones overlap the first.
    let mut reach: Option<(usize, Option<Time>)> = None;
    for (i, iv) in &sorted {
        if let Some((j, end)) = reach {
            if end.is_none_or(|end| end > iv.from) {
                w.push(idx(path, *i), Problem::Overlaps(j));
                ok = false;
            }
        }
        let further = match reach {
            None => true,
            Some((_, None)) => false,
            Some((_, Some(end))) => iv.to.is_none_or(|to| to > end),
        };
        if further {
            reach = Some((*i, iv.to));
        }
    }
    ok.then(|| sorted.into_iter().map(|(_, iv)| iv).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sections with nothing in them, and no incident: what `build` never gets from a walk
    /// that recorded no problem.
    fn empty() -> Sections {
        Sections {
            sources: vec![],
            operators: vec![],
            head: None,
            services: vec![],
            disputes: vec![],
            events: vec![],
            figures: vec![],
            claimants: vec![],
            compensation: vec![],
            context: vec![],
        }
    }

    #[test]
    #[should_panic(expected = "validate: incident had no problem recorded but was not built")]
    fn a_section_left_unbuilt_without_a_problem_is_a_bug_not_a_missing_field() {
        let _ = build(empty(), HashMap::new());
    }
}
