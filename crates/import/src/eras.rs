//! Eras: read from `--eras`, taken from the bundle (`--into`), or derived from the papers' years
//! as contiguous ranges of a readable size named for their years ("2015–2019").

use archive_core::archive::bundle::RawEra;

/// Reads `--eras`: a JSON array of eras (`id`, `name`, `from`, `to`, `blurb`, as in a bundle), or
/// an object with such an `eras` array (so a bundle can lend its eras).
pub fn from_json(json: &str) -> Result<Vec<RawEra>, String> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let list = match value {
        serde_json::Value::Object(mut object) => object.remove("eras").ok_or_else(|| {
            "it is an object without \"eras\": give a JSON array of eras, or an object with an \"eras\" array"
                .to_string()
        })?,
        list => list,
    };
    let eras: Vec<RawEra> = serde_json::from_value(list)
        .map_err(|e| format!("{e}: each era needs \"id\", \"name\", \"from\", \"to\" and \"blurb\""))?;
    if eras.is_empty() {
        return Err("it lists no eras".to_string());
    }
    Ok(eras)
}

/// The era for `year`: of the eras whose range holds it, the narrowest (the most specific, as
/// the shipped archive's overlapping eras need), the first listed of equals. `None` if no era
/// holds it.
pub fn place(eras: &[RawEra], year: u16) -> Option<usize> {
    eras.iter()
        .enumerate()
        .filter(|(_, era)| era.from <= year && year <= era.to)
        .min_by_key(|&(index, era)| (era.to - era.from, index))
        .map(|(index, _)| index)
}

/// Eras for papers of these years (`years` holds one entry per paper, in any order): contiguous
/// runs of years, each era about `target` papers at most (an era never splits a year), the
/// last one merged into the one before when it is small. `target` keeps eras readable: about a
/// tenth of the papers, and at least 8.
pub fn derive(years: &[u16]) -> Vec<RawEra> {
    let mut counts: Vec<(u16, usize)> = Vec::new();
    let mut sorted = years.to_vec();
    sorted.sort_unstable();
    for year in sorted {
        match counts.last_mut() {
            Some((last, count)) if *last == year => *count += 1,
            _ => counts.push((year, 1)),
        }
    }
    let target = years.len().div_ceil(10).max(8);
    let mut groups: Vec<(u16, u16, usize)> = Vec::new();
    for (year, count) in counts {
        match groups.last_mut() {
            Some((_, to, size)) if *size + count <= target => {
                *to = year;
                *size += count;
            }
            _ => groups.push((year, year, count)),
        }
    }
    if groups.len() > 1 && groups[groups.len() - 1].2 * 2 < target {
        let (_, to, size) = groups.pop().unwrap_or_default();
        if let Some(last) = groups.last_mut() {
            last.1 = to;
            last.2 += size;
        }
    }
    groups.into_iter().map(|(from, to, _)| era_for_years(from, to)).collect()
}

/// A derived era: named and identified by its years, with a plain blurb.
fn era_for_years(from: u16, to: u16) -> RawEra {
    if from == to {
        RawEra { id: from.to_string(), name: from.to_string(), from, to, blurb: format!("Papers from {from}.") }
    } else {
        RawEra {
            id: format!("{from}-{to}"),
            name: format!("{from}–{to}"),
            from,
            to,
            blurb: format!("Papers from {from} to {to}."),
        }
    }
}

/// Adds eras derived for the `uncovered` years (which no era in `eras` holds), each where its
/// years put it (before the first era that starts later), with an id no other era has. Years on
/// either side of an existing era never share a new one. Returns the new eras' ids.
pub fn extend(eras: &mut Vec<RawEra>, uncovered: &[u16]) -> Vec<String> {
    let mut years = uncovered.to_vec();
    years.sort_unstable();
    let mut segments: Vec<Vec<u16>> = Vec::new();
    for year in years {
        let same_segment = segments
            .last()
            .and_then(|s| s.last())
            .is_some_and(|&previous| !eras.iter().any(|era| era.from < year && era.to > previous));
        match segments.last_mut() {
            Some(segment) if same_segment => segment.push(year),
            _ => segments.push(vec![year]),
        }
    }
    let mut added = Vec::new();
    for mut era in segments.iter().flat_map(|segment| derive(segment)) {
        let base = era.id.clone();
        let mut n = 2;
        while eras.iter().any(|e| e.id == era.id) {
            era.id = format!("{base}-{n}");
            n += 1;
        }
        added.push(era.id.clone());
        let at = eras.iter().position(|e| e.from > era.to).unwrap_or(eras.len());
        eras.insert(at, era);
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;

    fn era(id: &str, from: u16, to: u16) -> RawEra {
        RawEra { id: id.into(), name: id.into(), from, to, blurb: "b".into() }
    }

    #[test]
    fn reads_an_array_or_an_object_with_eras() {
        let array = r#"[{"id": "a", "name": "A", "from": 2000, "to": 2010, "blurb": "x"}]"#;
        assert_eq!(from_json(array).unwrap()[0].id, "a");
        assert_eq!(from_json(&format!(r#"{{"title": "t", "eras": {array}}}"#)).unwrap().len(), 1);
        assert!(from_json(r#"{"papers": []}"#).unwrap_err().contains("without \"eras\""));
        assert!(from_json(r#"[{"id": "a"}]"#).unwrap_err().contains("\"blurb\""));
        assert!(from_json("[]").unwrap_err().contains("no eras"));
    }

    #[test]
    fn the_narrowest_era_holding_the_year() {
        let eras = [era("wide", 2017, 2023), era("narrow", 2020, 2023), era("other", 2020, 2023)];
        assert_eq!(place(&eras, 2018), Some(0));
        assert_eq!(place(&eras, 2021), Some(1));
        assert_eq!(place(&eras, 2030), None);
    }

    #[test]
    fn derived_eras_are_contiguous_and_readable() {
        let eras = derive(&[2013, 2017, 2018]);
        assert_eq!(eras.len(), 1);
        assert_eq!((eras[0].id.as_str(), eras[0].name.as_str()), ("2013-2018", "2013–2018"));
        assert_eq!(eras[0].blurb, "Papers from 2013 to 2018.");
        let many: Vec<u16> = (0..46).map(|i| 1990 + (i * 35 / 46) as u16).collect();
        let eras = derive(&many);
        assert!((4..=8).contains(&eras.len()), "{}", eras.len());
        for pair in eras.windows(2) {
            assert!(pair[0].to < pair[1].from);
        }
        assert_eq!(derive(&[2020; 30]).len(), 1, "a year is never split");
    }

    #[test]
    fn extending_puts_new_eras_in_order() {
        let mut eras = vec![era("a", 2000, 2005), era("b", 2010, 2015)];
        let added = extend(&mut eras, &[2020, 2007, 2020]);
        assert_eq!(added, ["2007", "2020"]);
        let ranges: Vec<(u16, u16)> = eras.iter().map(|e| (e.from, e.to)).collect();
        assert_eq!(ranges, [(2000, 2005), (2007, 2007), (2010, 2015), (2020, 2020)]);
        let mut eras = vec![era("a", 2000, 2005), era("b", 2010, 2015)];
        extend(&mut eras, &[1990]);
        assert_eq!(eras[0].from, 1990);
    }
}
