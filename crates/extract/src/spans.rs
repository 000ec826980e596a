//! Range look-ups over annotation spans (timexes, mentions, places) without
//! scanning them all: a long article asks once per sentence or quotation.

/// Spans sorted by start. Look-ups give indices into the slice the index
/// was built from, so callers keep the order they had (the lowest index is
/// the first in that slice).
#[derive(Debug, Clone, Default)]
pub(crate) struct SpanIndex {
    /// (start, index, end), sorted.
    spans: Vec<(usize, usize, usize)>,
    /// The longest span, which bounds how far before a point a span
    /// reaching that point can start.
    longest: usize,
}

impl SpanIndex {
    /// An index of `(start, end)` spans.
    pub fn new(spans: impl IntoIterator<Item = (usize, usize)>) -> SpanIndex {
        let mut longest = 0;
        let mut spans: Vec<(usize, usize, usize)> = spans
            .into_iter()
            .enumerate()
            .map(|(index, (start, end))| {
                longest = longest.max(end.saturating_sub(start));
                (start, index, end)
            })
            .collect();
        spans.sort_unstable();
        SpanIndex { spans, longest }
    }

    /// The spans that start in `from..=to`, in start order.
    pub fn starting_in(&self, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
        let first = self.spans.partition_point(|&(s, _, _)| s < from);
        self.spans[first..]
            .iter()
            .take_while(move |&&(s, _, _)| s <= to)
            .map(|&(_, index, _)| index)
    }

    /// The spans that lie inside `start..end`, in the order they were given.
    pub fn within(&self, start: usize, end: usize) -> Vec<usize> {
        let first = self.spans.partition_point(|&(s, _, _)| s < start);
        let mut inside: Vec<usize> = self.spans[first..]
            .iter()
            .take_while(|&&(s, _, _)| s <= end)
            .filter(|&&(_, _, e)| e <= end)
            .map(|&(_, index, _)| index)
            .collect();
        inside.sort_unstable();
        inside
    }

    /// Every span that may reach into `start..end` or hold `start`: those
    /// that start in `start - longest ..= end`. Callers test the spans
    /// themselves.
    pub fn near(&self, start: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
        self.starting_in(start.saturating_sub(self.longest), end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Small pseudo-random spans, some empty, some long, some repeated.
    fn spans(seed: u64, n: usize) -> Vec<(usize, usize)> {
        let mut x = seed;
        let mut next = move |m: u64| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((x >> 33) % m) as usize
        };
        (0..n)
            .map(|_| {
                let start = next(60);
                let long = next(5) == 0;
                (start, start + next(if long { 40 } else { 6 }))
            })
            .collect()
    }

    #[test]
    fn look_ups_find_what_a_full_scan_finds() {
        for seed in 0..40 {
            let spans = spans(seed, (seed as usize) % 25);
            let index = SpanIndex::new(spans.iter().copied());
            for from in 0..70 {
                for to in from..from + 12 {
                    let mut starting: Vec<usize> = index.starting_in(from, to).collect();
                    starting.sort_unstable();
                    let expected: Vec<usize> = (0..spans.len())
                        .filter(|&i| spans[i].0 >= from && spans[i].0 <= to)
                        .collect();
                    assert_eq!(starting, expected);
                    let inside: Vec<usize> = (0..spans.len())
                        .filter(|&i| spans[i].0 >= from && spans[i].1 <= to)
                        .collect();
                    assert_eq!(index.within(from, to), inside);
                    let near: Vec<usize> = index.near(from, to).collect();
                    let overlapping =
                        (0..spans.len()).filter(|&i| spans[i].0 < to && spans[i].1 > from);
                    let holding =
                        (0..spans.len()).filter(|&i| spans[i].0 <= from && from < spans[i].1);
                    for i in overlapping.chain(holding) {
                        assert!(near.contains(&i), "seed {seed}: span {i} missed");
                    }
                }
            }
        }
    }

    #[test]
    fn starting_in_goes_in_start_order() {
        let index = SpanIndex::new([(9, 12), (2, 4), (5, 5), (2, 3)]);
        assert_eq!(index.starting_in(0, 10).collect::<Vec<_>>(), [1, 3, 2, 0]);
        assert_eq!(index.starting_in(6, 8).count(), 0);
    }
}
