//! Parallel processing across documents with output in input order, in bounded memory.
//!
//! The calling thread reads items and hands each to the rayon pool as its own task, in input
//! order (FIFO); workers leave results in a shared mailbox, and the calling thread puts them back
//! in input order before they reach the sink. There is no barrier between groups of items: a worker
//! that finishes takes the next item at once. Memory is bounded by [`Limits`]: no new item is
//! read while the items read but not yet sunk reach its count or weight (bytes), whatever the
//! input's length.

use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

use rayon::ThreadPool;

/// How much may be in flight: items read whose results have not reached the sink yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// At most this many items (at least one is always allowed).
    pub items: usize,
    /// No further item is read once the weights in flight add up to this much.
    pub weight: usize,
}

impl Limits {
    /// Limits suited to `threads` workers: enough items to keep them busy and to absorb a
    /// slow item at the head of the order, at most 16 MiB of text read ahead.
    pub fn for_threads(threads: usize) -> Limits {
        Limits {
            items: threads.max(1) * 64,
            weight: 16 * 1024 * 1024,
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

/// One finished item: its place in the input, its weight, and its result (or the panic).
type Done<R> = (usize, usize, std::thread::Result<R>);

/// Where workers leave finished items for the calling thread.
struct Mailbox<R> {
    state: Mutex<Inbox<R>>,
    ready: Condvar,
}

struct Inbox<R> {
    done: Vec<Done<R>>,
    /// While the calling thread sleeps: how many finished items it waits for (0: not asleep).
    want: usize,
}

impl<R> Mailbox<R> {
    fn lock(&self) -> MutexGuard<'_, Inbox<R>> {
        // A worker never panics while holding the lock (the work runs outside it).
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Called by a worker: leaves `d`, and wakes the calling thread once enough are there.
    fn post(&self, d: Done<R>) {
        let mut inbox = self.lock();
        inbox.done.push(d);
        if inbox.want != 0 && inbox.done.len() >= inbox.want {
            inbox.want = 0;
            self.ready.notify_one();
        }
    }

    /// Called by the calling thread: waits until `want` items are finished (at least one),
    /// then moves every finished item into `out`.
    fn collect(&self, want: usize, out: &mut Vec<Done<R>>) {
        let mut inbox = self.lock();
        if inbox.done.len() < want {
            inbox.want = want;
            while inbox.want != 0 {
                inbox = self
                    .ready
                    .wait(inbox)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        }
        std::mem::swap(&mut inbox.done, out);
    }
}

/// Maps every item of `items` through `work` on `pool` and hands the results to `sink` in
/// input order. `weight` says how heavy an item is (its byte length) for [`Limits`]. The first
/// error from `sink` stops the run: nothing more is read, the items in flight are finished and
/// dropped. A panic in `work` is resumed on the calling thread once the items in flight end.
///
/// The calling thread sleeps until about half of the items in flight are done (at most a
/// quarter of [`Limits::items`]) rather than waking for each: the workers still have the other
/// half queued, and a wake-up per item costs more than the work on small documents.
pub fn run_ordered<T, R, E>(
    pool: &ThreadPool,
    mut items: impl Iterator<Item = T>,
    limits: Limits,
    weight: impl Fn(&T) -> usize,
    work: impl Fn(T) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
    R: Send,
{
    let work = &work;
    let max_items = limits.items.max(1);
    let mailbox = Mailbox {
        state: Mutex::new(Inbox {
            done: Vec::new(),
            want: 0,
        }),
        ready: Condvar::new(),
    };
    let mailbox = &mailbox;
    pool.in_place_scope_fifo(|scope| {
        // Results waiting for their turn; slot k holds item `sunk + k`.
        let mut waiting: VecDeque<Option<(usize, std::thread::Result<R>)>> = VecDeque::new();
        let mut arrived: Vec<Done<R>> = Vec::new();
        let mut read = 0usize;
        let mut received = 0usize;
        let mut sunk = 0usize;
        let mut load = 0usize;
        let mut input_done = false;
        let mut outcome = Ok(());
        loop {
            while !input_done
                && outcome.is_ok()
                && read - sunk < max_items
                && (load < limits.weight || read == sunk)
            {
                let Some(item) = items.next() else {
                    input_done = true;
                    break;
                };
                let w = weight(&item);
                load = load.saturating_add(w);
                let seq = read;
                scope.spawn_fifo(move |_| {
                    let r = catch_unwind(AssertUnwindSafe(|| work(item)));
                    mailbox.post((seq, w, r));
                });
                read += 1;
                waiting.push_back(None);
            }
            if read == sunk {
                break;
            }
            // The item at the head of the order is always among those not received yet.
            let pending = read - received;
            let want = (pending / 2).clamp(1, (max_items / 4).max(1));
            mailbox.collect(want, &mut arrived);
            for (seq, w, r) in arrived.drain(..) {
                received += 1;
                if let Some(slot) = waiting.get_mut(seq - sunk) {
                    *slot = Some((w, r));
                }
            }
            while let Some(Some(_)) = waiting.front() {
                let Some(Some((w, r))) = waiting.pop_front() else {
                    break;
                };
                sunk += 1;
                load = load.saturating_sub(w);
                match r {
                    Ok(r) if outcome.is_ok() => outcome = sink(r),
                    Ok(_) => {}
                    Err(panic) => resume_unwind(panic),
                }
            }
        }
        outcome
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order() {
        let pool = thread_pool(Some(3)).unwrap();
        let limits = Limits {
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
        let limits = Limits {
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
    fn weight_bounds_what_is_read_ahead() {
        // One worker blocked until the sink has seen every result it can: with items of
        // weight 4 and a weight limit of 10, at most 3 items are ever read and not yet sunk.
        let pool = thread_pool(Some(1)).unwrap();
        let limits = Limits {
            items: 100,
            weight: 10,
        };
        let read = std::sync::atomic::AtomicUsize::new(0);
        let mut sunk = 0usize;
        let mut most = 0usize;
        let items = (0..50usize).inspect(|_| {
            read.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        });
        run_ordered(
            &pool,
            items,
            limits,
            |_| 4,
            |i| i,
            |_| -> Result<(), ()> {
                sunk += 1;
                let ahead = read.load(std::sync::atomic::Ordering::SeqCst) - (sunk - 1);
                most = most.max(ahead);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(sunk, 50);
        assert!(most <= 3, "{most} items in flight");
    }

    #[test]
    fn one_item_heavier_than_the_limit_still_goes_through() {
        let pool = thread_pool(Some(2)).unwrap();
        let limits = Limits {
            items: 8,
            weight: 1,
        };
        let mut out = Vec::new();
        run_ordered(
            &pool,
            [5usize, 1000, 7].into_iter(),
            limits,
            |w| *w,
            |w| w * 2,
            |r| -> Result<(), ()> {
                out.push(r);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(out, vec![10, 2000, 14]);
    }

    #[test]
    fn a_panic_in_work_reaches_the_caller() {
        let pool = thread_pool(Some(2)).unwrap();
        let r = std::panic::catch_unwind(AssertUnwindSafe(|| {
            run_ordered(
                &pool,
                0..100u32,
                Limits::for_threads(2),
                |_| 1,
                |i| {
                    assert!(i != 37, "item 37");
                    i
                },
                |_| -> Result<(), ()> { Ok(()) },
            )
        }));
        assert!(r.is_err());
    }
}
