//! The filter over the shipped bundle: any/all semantics, counts per era, order.

use archive_core::{decode_query, select, Archive, MatchMode, Selection, ViewState};

mod common;

use common::archive;

fn shown_ids(archive: &Archive, selection: &Selection) -> Vec<String> {
    selection.papers().iter().map(|&p| archive.paper(p).id.clone()).collect()
}

fn view(archive: &Archive, query: &str) -> Selection {
    let decoded = decode_query(archive, query);
    assert!(decoded.notices.is_empty(), "{query}: {:?}", decoded.notices);
    select(archive, &decoded.state)
}

#[test]
fn no_tag_shows_every_paper_in_archive_order() {
    let archive = archive();
    for mode in [MatchMode::Any, MatchMode::All] {
        let selection = select(&archive, &ViewState { match_mode: mode, ..ViewState::default() });
        assert_eq!(selection.count(), 46);
        let all: Vec<String> = archive.papers().map(|(_, p)| p.id.clone()).collect();
        assert_eq!(shown_ids(&archive, &selection), all);
    }
}

#[test]
fn one_tag_shows_exactly_its_papers() {
    let archive = archive();
    let selection = view(&archive, "tags=moe");
    assert_eq!(
        shown_ids(&archive, &selection),
        ["sparse-moe", "switch-transformers", "gemini", "gshard", "deepseek-v2"]
    );
    assert_eq!(selection.count(), 5);
}

#[test]
fn any_is_the_union_and_all_the_intersection() {
    let archive = archive();
    let any = view(&archive, "tags=moe,attention");
    assert_eq!(any.count(), 5 + 9 - 1, "deepseek-v2 has both tags and is counted once");
    let all = view(&archive, "tags=moe,attention&match=all");
    assert_eq!(shown_ids(&archive, &all), ["deepseek-v2"]);
    let rlhf_multimodal = view(&archive, "tags=rlhf,multimodal&match=all");
    assert_eq!(shown_ids(&archive, &rlhf_multimodal), ["gpt-4"]);
}

#[test]
fn match_all_can_show_nothing_and_every_era_then_counts_zero() {
    let archive = archive();
    let selection = view(&archive, "tags=speech-recognition,diffusion&match=all");
    assert_eq!(selection.count(), 0);
    assert!(archive.eras().all(|(era, _)| selection.era_count(era) == 0));
}

#[test]
fn per_era_counts_add_up_and_match_the_shown_papers() {
    let archive = archive();
    for (tag, _) in archive.tags() {
        for match_mode in [MatchMode::Any, MatchMode::All] {
            let state = ViewState { tags: [tag].into(), match_mode, ..ViewState::default() };
            let selection = select(&archive, &state);
            assert_eq!(selection.count(), archive.tag_count(tag));
            let per_era: usize = archive.eras().map(|(era, _)| selection.era_count(era)).sum();
            assert_eq!(per_era, selection.count());
            for (era, _) in archive.eras() {
                let in_era = selection.papers().iter().filter(|&&p| archive.paper(p).era == era).count();
                assert_eq!(in_era, selection.era_count(era));
            }
            for (paper, p) in archive.papers() {
                assert_eq!(selection.is_shown(paper), p.tags.contains(&tag));
            }
        }
    }
}

#[test]
fn a_tags_papers_are_counted_in_each_era_that_holds_them() {
    let archive = archive();
    let selection = view(&archive, "tags=scaling-laws");
    let counts: Vec<(String, usize)> =
        archive.eras().map(|(era, e)| (e.id.clone(), selection.era_count(era))).filter(|(_, n)| *n > 0).collect();
    assert_eq!(counts, [("transformer".to_string(), 2), ("scaling".to_string(), 6)]);
}
