//! Publication dates as the archive records them: a year, or a year and a month.
//!
//! The seed page gives some papers only a year ("1997") and others a month ("2017-06"), so the
//! month is optional rather than invented. Comparisons are therefore partial: "2017" is neither
//! before nor after "2017-06".

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

    /// A total order for sorting: a year-only date sorts before the months of its year.
    pub fn sort_key(self) -> (u16, u8) {
        (self.year, self.month.unwrap_or(0))
    }
}

impl fmt::Display for PaperDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.month {
            Some(month) => write!(f, "{:04}-{month:02}", self.year),
            None => write!(f, "{:04}", self.year),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PaperDate;

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
}
