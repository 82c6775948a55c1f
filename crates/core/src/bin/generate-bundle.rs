//! Writes a synthetic, valid bundle of N papers to stdout, for benchmarks at scale:
//! `cargo run -p archive-core --bin generate-bundle -- 5000 > papers-5000.json`.
//!
//! It reuses the real eras and tags (each tag with its id, name and definition, all of which
//! validation requires), spreads papers over the years of their era, gives each one to three
//! tags and up to three earlier papers to build on. A fixed-seed generator makes the output
//! identical on every run.

use serde_json::{json, Value};

/// A small deterministic generator (SplitMix64): same seed, same bundle.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn main() {
    let count: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(5000);
    let real: Value = serde_json::from_str(include_str!("../../../../assets/papers.json")).expect("shipped bundle");
    let eras = real["eras"].as_array().expect("eras");
    let real_tags = real["tags"].as_array().expect("tags");
    let tags: Vec<&str> = real_tags.iter().filter_map(|t| t["id"].as_str()).collect();
    // Each tag is written with its definition, so the generated bundle validates like the real one.
    let tag_list: Vec<Value> = real_tags
        .iter()
        .map(|t| {
            let definition = t["definition"].as_str().expect("every shipped tag has a definition");
            json!({ "id": t["id"], "name": t["name"], "definition": definition })
        })
        .collect();
    let mut rng = Rng(0x5EED);
    let mut papers: Vec<Value> = Vec::with_capacity(count);
    for i in 0..count {
        // Papers are spread over eras in order, and dated within their era's years, so that
        // earlier papers are never later than those after them.
        let era = &eras[i * eras.len() / count];
        let (from, to) = (era["from"].as_u64().unwrap(), era["to"].as_u64().unwrap());
        let within = (i * eras.len()) % count;
        let year = from + (to - from) * within as u64 / count as u64;
        let mut paper_tags: Vec<&str> = Vec::new();
        while paper_tags.len() < 3 {
            let tag = tags[rng.below(tags.len())];
            if !paper_tags.contains(&tag) {
                paper_tags.push(tag);
            }
        }
        let mut builds_on: Vec<String> = Vec::new();
        let earlier: Vec<&Value> = papers
            .iter()
            .rev()
            .take(200)
            .filter(|p| p["date"].as_str().unwrap() <= year.to_string().as_str())
            .collect();
        for _ in 0..earlier.len().min(3) {
            let id = earlier[rng.below(earlier.len())]["id"].as_str().unwrap().to_string();
            if !builds_on.contains(&id) {
                builds_on.push(id);
            }
        }
        papers.push(json!({
            "id": format!("paper-{i}"),
            "short_name": format!("Paper {i}"),
            "title": format!("A synthetic study number {i} of {}", paper_tags.join(", ")),
            "era": era["id"],
            "authors": "Synthetic et al.",
            "organization": "Benchmark Lab",
            "date": year.to_string(),
            "summary": "A generated paper used to measure how filtering scales with the size of the archive.",
            "tags": paper_tags,
            "builds_on": builds_on,
            "related_models": [],
            "url": format!("https://example.org/papers/{i}"),
        }));
    }
    let bundle = json!({ "eras": real["eras"], "tags": tag_list, "papers": papers });
    println!("{}", serde_json::to_string_pretty(&bundle).expect("serializable"));
}
