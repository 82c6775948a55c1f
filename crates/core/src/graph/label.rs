//! Node labels: how wide a text is, and how a paper's name breaks into lines that fit its box.

/// How wide `text` is, in thousandths of an em, in DejaVu Sans: the widest of the common
/// sans-serif fonts (the last resort of `--font` on Linux), so a label measured to fit fits in
/// the others too. Characters outside ASCII count a whole em.
pub fn text_width(text: &str) -> u32 {
    text.chars().map(|c| ASCII_WIDTHS.get((c as usize).wrapping_sub(32)).map_or(1000, |&w| u32::from(w))).sum()
}

/// Advance widths of ' ' to '~' in DejaVu Sans, thousandths of an em (rounded up).
#[rustfmt::skip]
const ASCII_WIDTHS: [u16; 95] = [
    318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337,
    637, 637, 637, 637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 531,
    1000, 685, 687, 699, 771, 632, 576, 775, 752, 295, 295, 656, 558, 863, 749, 788,
    604, 788, 695, 635, 611, 732, 685, 989, 686, 611, 686, 391, 337, 391, 838, 500,
    500, 613, 635, 550, 635, 616, 353, 635, 634, 278, 278, 580, 278, 975, 634, 612,
    635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838,
];

/// Splits a node's label into lines no wider than `max_width` (as [`text_width`] measures): the
/// fewest lines, broken at spaces if that is enough, else after hyphens too (a hyphen stays at
/// the end of its line), and as even as possible. A word wider than `max_width` gets a line of its
/// own.
pub fn label_lines(name: &str, max_width: u32) -> Vec<&str> {
    // The pieces a line is made of, as byte ranges: words, split after inner hyphens.
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in name.char_indices() {
        match (c, start) {
            (' ', Some(s)) => {
                pieces.push((s, i));
                start = None;
            }
            (' ', None) => {}
            ('-', Some(s)) if name[i + 1..].starts_with(|next: char| next != ' ') => {
                pieces.push((s, i + 1));
                start = None;
            }
            (_, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        pieces.push((s, name.len()));
    }
    // best[j]: the best split of the first j pieces, ranked by (lines, breaks after a hyphen,
    // widest line), and where its last line starts. Adding a line never reorders two splits, so
    // the best split of the first j pieces ends the best split of all of them.
    let mut best = vec![((0, 0, 0), 0); pieces.len() + 1];
    for j in 1..=pieces.len() {
        let hyphen = usize::from(j < pieces.len() && pieces[j - 1].1 == pieces[j].0);
        let mut choice = ((usize::MAX, 0, 0), 0);
        for i in 0..j {
            let width = text_width(&name[pieces[i].0..pieces[j - 1].1]);
            let ((lines, hyphens, widest), _) = best[i];
            let score = (lines + 1, hyphens + hyphen, widest.max(width));
            if (width <= max_width || i + 1 == j) && score < choice.0 {
                choice = (score, i);
            }
        }
        best[j] = choice;
    }
    let mut lines = Vec::new();
    let mut j = pieces.len();
    while j > 0 {
        let i = best[j].1;
        lines.push(&name[pieces[i].0..pieces[j - 1].1]);
        j = i;
    }
    lines.reverse();
    lines
}
