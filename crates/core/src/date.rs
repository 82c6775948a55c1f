//! Publication dates as the archive records them: a year, or a year and a month.
//!
//! The seed page gives some papers only a year ("1997") and others a month ("2017-06"), so the
//! month is optional rather than invented. Comparisons are therefore partial: "2017" is neither
//! before nor after "2017-06".
//!
//! Lists sorted by date still need one total order, and [`DateKey`] gives it with this rule:
//! **a year-only date sorts after the papers of its year whose month is known, except that it
//! sorts just before the earliest paper of its year that builds on it.** A year-only date says
//! the paper was out by the end of that year, no more; sorting it first (its month taken as 0)
//! claimed it came before every dated paper of the year, so T5 (2019) came before GPT-2
//! (2019-02). The exception keeps a paper after what it builds on: Scaling Laws (2020) comes
//! before GPT-3 (2020-05), which builds on it, and Chain-of-Thought (2022) before ReAct (2022).

use std::fmt;

/// A publication date: `YYYY` or `YYYY-MM`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PaperDate {
    year: u16,
    month: Option<u8>,
}

impl PaperDate {
    /// Parses `YYYY` or `YYYY-MM` (month 01–12). Anything else is an error that says what is
    /// expected, so a bundle author can fix it.
    pub fn parse(text: &str) -> Result<Self, String> {
        let expected = || format!("\"{text}\" is not a date: write YYYY or YYYY-MM, e.g. 2017 or 2017-06");
        let (year, month) = match text.split_once('-') {
            Some((year, month)) => (year, Some(month)),
            None => (text, None),
        };
        let digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(year, 4) {
            return Err(expected());
        }
        let year: u16 = year.parse().map_err(|_| expected())?;
        let month = match month {
            None => None,
            Some(m) if digits(m, 2) => match m.parse::<u8>() {
                Ok(m @ 1..=12) => Some(m),
                _ => return Err(expected()),
            },
            Some(_) => return Err(expected()),
        };
        Ok(Self { year, month })
    }

    /// A date already checked, as `build.rs` bakes it from one that [`PaperDate::parse`] read.
    pub(crate) fn new(year: u16, month: Option<u8>) -> Self {
        Self { year, month }
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> Option<u8> {
        self.month
    }

    /// True when `self` is certainly later than `other`: a later year, or the same year with
    /// both months known and `self`'s later. A paper may only build on papers that are not
    /// certainly later than itself.
    pub fn is_after(self, other: Self) -> bool {
        match (self.month, other.month) {
            (Some(a), Some(b)) if self.year == other.year => a > b,
            _ => self.year > other.year,
        }
    }

    /// (year, month or 0): groups by year and orders the months. For lists sorted by date use
    /// [`DateKey`], which also places the year-only dates (see the module docs).
    pub fn sort_key(self) -> (u16, u8) {
        (self.year, self.month.unwrap_or(0))
    }
}

/// A paper's place in the archive's date order (see the module docs): compare keys, and break
/// ties by archive order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateKey {
    year: u16,
    /// The month, or for a year-only date the month of the earliest paper of its year that
    /// builds on it, or 13 (after December) when none does.
    month: u8,
    /// 0 for a known month; for a year-only date, one less than the key it must come before,
    /// so a chain of year-only papers of one year keeps its lineage order.
    before: i32,
}

/// The [`DateKey`] of every paper, given each paper's date and the papers that build on it
/// (`led_to`, by position), which must be acyclic, as a valid archive's lineage is. A year-only
/// key starts after December and moves before each paper that builds on it, pass after pass,
/// until none moves: as many passes as the longest chain of year-only papers, one or two here.
pub fn date_keys<P: Copy + Into<usize>>(dates: &[PaperDate], led_to: &[Vec<P>]) -> Vec<DateKey> {
    let mut keys: Vec<DateKey> =
        dates.iter().map(|d| DateKey { year: d.year, month: d.month.unwrap_or(13), before: 0 }).collect();
    let mut moved = true;
    while moved {
        moved = false;
        for (paper, date) in dates.iter().enumerate().filter(|(_, d)| d.month.is_none()) {
            for later in &led_to[paper] {
                let later: usize = (*later).into();
                let just_before = DateKey { before: keys[later].before - 1, ..keys[later] };
                if just_before < keys[paper] {
                    keys[paper] = just_before;
                    moved = true;
                }
            }
            debug_assert_eq!(keys[paper].year, date.year, "a paper builds only on papers not later than itself");
        }
    }
    keys
}

impl fmt::Display for PaperDate {
    /// `YYYY` or `YYYY-MM`, as the cards print it. Written digit by digit: the search folds
    /// dates in both wasm modules, which then need no integer formatting for it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digit = |n: u16| char::from(b'0' + (n % 10) as u8);
        let mut text = String::with_capacity(7);
        text.extend([digit(self.year / 1000), digit(self.year / 100), digit(self.year / 10), digit(self.year)]);
        if let Some(month) = self.month.map(u16::from) {
            text.extend(['-', digit(month / 10), digit(month)]);
        }
        f.write_str(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::{date_keys, PaperDate};

    #[test]
    fn parses_and_prints_both_forms() {
        for text in ["1986", "2017-06", "2025-01", "2023-12"] {
            assert_eq!(PaperDate::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn rejects_malformed_dates_with_a_hint() {
        for text in
            ["", "86", "19860", "2017-6", "2017-13", "2017-00", "2017-06-01", "２０１７", "2017-", "-06", "abcd"]
        {
            let err = PaperDate::parse(text).unwrap_err();
            assert!(err.contains("YYYY-MM"), "{text}: {err}");
        }
    }

    #[test]
    fn is_after_only_when_certain() {
        let d = |s| PaperDate::parse(s).unwrap();
        assert!(d("2018").is_after(d("2017-06")));
        assert!(d("2017-07").is_after(d("2017-06")));
        assert!(!d("2017").is_after(d("2017-06")));
        assert!(!d("2017-06").is_after(d("2017")));
        assert!(!d("2017-06").is_after(d("2017-06")));
        assert!(!d("2016-12").is_after(d("2017")));
    }

    #[test]
    fn a_year_only_date_sorts_after_its_years_months_unless_a_paper_of_that_year_builds_on_it() {
        let d = |s| PaperDate::parse(s).unwrap();
        // 0: 2019 alone; 1: 2019-02; 2: 2019-09; 3: 2020 built on by 4: 2020-05 and 5: 2020-11;
        // 6: 2022, built on by 7: 2022, built on by 8: 2022; 9: 2022-10; 10: 2021-01.
        let dates =
            ["2019", "2019-02", "2019-09", "2020", "2020-05", "2020-11", "2022", "2022", "2022", "2022-10", "2021-01"]
                .map(d);
        let mut led_to: Vec<Vec<usize>> = vec![Vec::new(); dates.len()];
        led_to[3] = vec![5, 4];
        led_to[6] = vec![7];
        led_to[7] = vec![8];
        let keys = date_keys(&dates, &led_to);
        let mut order: Vec<usize> = (0..dates.len()).collect();
        order.sort_by_key(|&i| (keys[i], i));
        assert_eq!(order, [1, 2, 0, 3, 4, 5, 10, 9, 6, 7, 8]);
    }
}
