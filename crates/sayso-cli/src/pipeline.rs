//! Parallel processing across documents with output in input order, in bounded memory.
//!
//! Items are taken from the input in batches bounded by count and by weight (bytes); a batch
//! is mapped in parallel on a rayon pool while the calling thread writes out the previous
//! batch's results and reads the next batch. So at most three batches are alive at once,
//! whatever the input's length, and results reach the sink strictly in input order.

use std::thread;

use rayon::ThreadPool;
use rayon::prelude::*;

/// The bounds of one batch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BatchLimits {
    /// At most this many items (at least one is always taken).
    pub items: usize,
    /// Stop adding items once their weights add up to this much.
    pub weight: usize,
}

impl BatchLimits {
    /// Limits suited to `threads` workers: enough items to keep them busy, at most 64 MiB.
    pub fn for_threads(threads: usize) -> BatchLimits {
        BatchLimits {
            items: threads.max(1) * 64,
            weight: 64 * 1024 * 1024,
        }
    }
}

/// A rayon pool of `threads` workers (`None` or 0: one per core).
pub fn thread_pool(threads: Option<usize>) -> anyhow::Result<ThreadPool> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .thread_name(|i| format!("sayso-worker-{i}"))
        .build()?;
    Ok(pool)
}

/// Maps every item of `items` through `work` on `pool` and hands the results to `sink` in
/// input order. `weight` says how heavy an item is (its byte length) for batching. The first
/// error from `sink` stops the run (the batch in flight is finished, nothing more is read).
pub fn run_ordered<T, R, E>(
    pool: &ThreadPool,
    mut items: impl Iterator<Item = T>,
    limits: BatchLimits,
    weight: impl Fn(&T) -> usize,
    work: impl Fn(T) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
    R: Send,
{
    let mut next = take_batch(&mut items, limits, &weight);
    let mut finished: Vec<R> = Vec::new();
    while !next.is_empty() {
        let batch = std::mem::take(&mut next);
        let work = &work;
        let (results, sunk) = thread::scope(|s| {
            let handle =
                s.spawn(move || pool.install(|| batch.into_par_iter().map(work).collect()));
            let sunk = finished.drain(..).try_for_each(&mut sink);
            if sunk.is_ok() {
                next = take_batch(&mut items, limits, &weight);
            }
            let results: Vec<R> = match handle.join() {
                Ok(r) => r,
                Err(panic) => std::panic::resume_unwind(panic),
            };
            (results, sunk)
        });
        sunk?;
        finished = results;
    }
    finished.into_iter().try_for_each(sink)
}

fn take_batch<T>(
    items: &mut impl Iterator<Item = T>,
    limits: BatchLimits,
    weight: impl Fn(&T) -> usize,
) -> Vec<T> {
    let mut batch = Vec::new();
    let mut total = 0usize;
    while batch.len() < limits.items.max(1) && total < limits.weight {
        let Some(item) = items.next() else { break };
        total = total.saturating_add(weight(&item));
        batch.push(item);
    }
    batch
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order() {
        let pool = thread_pool(Some(3)).unwrap();
        let limits = BatchLimits {
            items: 7,
            weight: usize::MAX,
        };
        let mut out = Vec::new();
        let work = |i: u64| {
            // Uneven work so that later items often finish first.
            let spin = (i * 7919) % 5000;
            std::hint::black_box((0..spin).fold(i, |a, b| a.wrapping_mul(31).wrapping_add(b)));
            i
        };
        run_ordered(
            &pool,
            0..1000u64,
            limits,
            |_| 1,
            work,
            |r| -> Result<(), ()> {
                out.push(r);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(out, (0..1000).collect::<Vec<_>>());
    }

    #[test]
    fn a_sink_error_stops_reading() {
        let pool = thread_pool(Some(2)).unwrap();
        let limits = BatchLimits {
            items: 4,
            weight: usize::MAX,
        };
        let mut read = 0;
        let items = (0..1000).inspect(|_| read += 1);
        let mut sunk = 0;
        let r = run_ordered(
            &pool,
            items,
            limits,
            |_| 1,
            |i| i,
            |_| {
                sunk += 1;
                if sunk == 5 { Err("full") } else { Ok(()) }
            },
        );
        assert_eq!(r, Err("full"));
        assert!(read <= 16, "read {read} items after the sink failed");
    }

    #[test]
    fn weight_bounds_a_batch() {
        let limits = BatchLimits {
            items: 100,
            weight: 10,
        };
        let mut items = [4usize, 4, 4, 4].into_iter();
        assert_eq!(take_batch(&mut items, limits, |w| *w).len(), 3);
        assert_eq!(take_batch(&mut items, limits, |w| *w).len(), 1);
        assert!(take_batch(&mut items, limits, |w| *w).is_empty());
    }
}
