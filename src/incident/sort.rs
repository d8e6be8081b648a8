//! One sort for the whole widget. Each `sort_by_key` call site would carry its own copy of the
//! standard library's sort (2–3 kB of WebAssembly each, 37 kB in all); here the standard sort
//! is instantiated once, on indexes, and a call site only says how two elements compare.
//! Stable, like `slice::sort_by`.

use std::cmp::Ordering;

/// The one instance of the standard sort.
fn sort_indexes(idx: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    idx.sort_by(|&a, &b| cmp(a, b));
}

/// Sorts `v` stably by `cmp`.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut idx: Vec<usize> = (0..v.len()).collect();
    {
        let items: &[T] = v;
        sort_indexes(&mut idx, &|a, b| cmp(&items[a], &items[b]));
    }
    // Position k takes the element now at idx[k]: follow each cycle of the permutation once.
    let mut done = vec![false; v.len()];
    for start in 0..v.len() {
        let mut k = start;
        while !done[k] {
            done[k] = true;
            let next = idx[k];
            if next == start {
                break;
            }
            v.swap(k, next);
            k = next;
        }
    }
}

/// Sorts `v` stably by `key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the test needs no dependency.
    fn numbers(seed: u64, n: usize, range: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (x >> 33) % range
            })
            .collect()
    }

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        for (seed, n, range) in [
            (1, 0, 5),
            (2, 1, 5),
            (3, 2, 5),
            (4, 50, 5),
            (5, 1000, 30),
            (6, 5000, 100000),
        ] {
            // Pairs of (key, original position): equal keys must keep their order.
            let items: Vec<(u64, usize)> = numbers(seed, n, range).into_iter().zip(0..).collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut std = items.clone();
            std.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std, "seed {seed}");
        }
    }

    #[test]
    fn natural_order_and_custom_order() {
        let mut v = vec!["b", "c", "a"];
        sort(&mut v);
        assert_eq!(v, ["a", "b", "c"]);
        sort_by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, ["c", "b", "a"]);
    }
}
