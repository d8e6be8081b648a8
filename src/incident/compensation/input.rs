//! What a rule needs to know (`Need`), the answers a reader gave (`Answers`), and reading
//! amounts and hours the way people type them ("3만9000원", "1.5").

use crate::incident::model::Rule;

/// What a rule needs to know from the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Need {
    /// The monthly fee they pay, in won.
    MonthlyFee,
    /// How many hours they were hit.
    Hours,
    /// The loss they reported, in won.
    Loss,
    /// The fees (fares) they earned inside the rule's window, in won.
    Fares,
}

impl Need {
    /// In the order the estimator asks them.
    pub const ALL: [Need; 4] = [Need::MonthlyFee, Need::Hours, Need::Loss, Need::Fares];
}

/// What a rule needs, in asking order. A fixed amount needs nothing.
pub fn needs(rule: &Rule) -> Vec<Need> {
    match rule {
        Rule::MultipleOfOutage { .. } => vec![Need::MonthlyFee, Need::Hours],
        Rule::DaysOfMonthlyFee { .. } => vec![Need::MonthlyFee],
        Rule::ExtensionMultiple { .. } => vec![Need::Hours],
        Rule::CashTiers { .. } => vec![Need::Loss],
        Rule::FeeWaiver { .. } => vec![Need::Fares],
        Rule::Fixed { .. } => vec![],
    }
}

/// The reader's answers; `None` where they did not (or could not) say.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Answers {
    pub monthly_fee: Option<i64>,
    pub hours: Option<f64>,
    pub loss: Option<i64>,
    pub fares: Option<i64>,
}

impl Answers {
    pub(super) fn has(&self, need: Need) -> bool {
        match need {
            Need::MonthlyFee => self.monthly_fee.is_some(),
            Need::Hours => self.hours.is_some(),
            Need::Loss => self.loss.is_some(),
            Need::Fares => self.fares.is_some(),
        }
    }
}

/// A typed answer that is not a number the estimator can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unreadable;

/// Reads an amount in won as people type it: `39000`, `39,000`, `₩39,000`, `39,000원`,
/// `3만9000원`, `3.9만`. Empty means "not given" (`Ok(None)`); anything else that is not a
/// whole, non-negative amount is an error.
pub fn parse_won(input: &str) -> Result<Option<i64>, Unreadable> {
    let s: String = input
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '₩' | '원' | '\u{a0}'))
        .collect();
    if s.is_empty() {
        return Ok(None);
    }
    let (man, rest) = match s.split_once('만') {
        Some((m, r)) => (Some(m), r),
        None => (None, s.as_str()),
    };
    let man_won = match man {
        Some(m) => {
            let v: f64 = m.parse().map_err(|_| Unreadable)?;
            // 1.1만 is 11000.000000000002 in floating point: allow that, not 1.00001만.
            let won = v * 10_000.0;
            if !won.is_finite() || won < 0.0 || (won - won.round()).abs() > 1e-6 {
                return Err(Unreadable);
            }
            won.round() as i64
        }
        None => 0,
    };
    let rest_won = if rest.is_empty() && man.is_some() {
        0
    } else if rest.chars().all(|c| c.is_ascii_digit()) && !rest.is_empty() {
        rest.parse::<i64>().map_err(|_| Unreadable)?
    } else {
        return Err(Unreadable);
    };
    man_won.checked_add(rest_won).map(Some).ok_or(Unreadable)
}

/// Reads a number of hours: `6`, `1.5`, `1,5`, `6h`, `6 시간`. Empty means "not given".
pub fn parse_hours(input: &str) -> Result<Option<f64>, Unreadable> {
    let s = input.trim();
    let s = s
        .strip_suffix("시간")
        .or_else(|| s.strip_suffix("hours"))
        .or_else(|| s.strip_suffix("hour"))
        .or_else(|| s.strip_suffix('h'))
        .unwrap_or(s)
        .trim()
        .replace(',', ".");
    if s.is_empty() {
        return Ok(None);
    }
    if !s.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(Unreadable);
    }
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Ok(Some(v)),
        _ => Err(Unreadable),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::compensation::fixtures::*;

    #[test]
    fn needs_per_rule() {
        assert_eq!(
            needs(&Rule::Fixed {
                won: None,
                days: Some(3.0),
                either: false,
            }),
            vec![]
        );
        assert_eq!(needs(&waiver()), vec![Need::Fares]);
        assert_eq!(needs(&tiers()), vec![Need::Loss]);
    }
    // Parsing what people type.
    #[test]
    fn won_plain() {
        assert_eq!(parse_won("39000"), Ok(Some(39_000)));
    }
    #[test]
    fn won_with_commas_and_signs() {
        assert_eq!(parse_won(" ₩39,000 "), Ok(Some(39_000)));
    }
    #[test]
    fn won_korean() {
        assert_eq!(parse_won("3만9000원"), Ok(Some(39_000)));
    }
    #[test]
    fn won_korean_decimal_man() {
        assert_eq!(parse_won("3.9만"), Ok(Some(39_000)));
    }
    #[test]
    fn won_korean_decimal_man_in_floating_point() {
        assert_eq!(parse_won("1.1만"), Ok(Some(11_000)));
        assert_eq!(parse_won("2.2만원"), Ok(Some(22_000)));
        assert_eq!(parse_won("1.00001만"), Err(Unreadable));
    }
    #[test]
    fn won_empty_is_none() {
        assert_eq!(parse_won("  "), Ok(None));
    }
    #[test]
    fn won_rejects_words_and_negatives() {
        assert_eq!(parse_won("abc"), Err(Unreadable));
        assert_eq!(parse_won("-5"), Err(Unreadable));
        assert_eq!(parse_won("1.5"), Err(Unreadable));
    }
    #[test]
    fn hours_forms() {
        assert_eq!(parse_hours("1.5"), Ok(Some(1.5)));
        assert_eq!(parse_hours("1,5"), Ok(Some(1.5)));
        assert_eq!(parse_hours("6 시간"), Ok(Some(6.0)));
        assert_eq!(parse_hours("6h"), Ok(Some(6.0)));
        assert_eq!(parse_hours(""), Ok(None));
        assert_eq!(parse_hours("-1"), Err(Unreadable));
        assert_eq!(parse_hours("soon"), Err(Unreadable));
    }
}
