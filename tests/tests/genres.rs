//! Each genre set of `corpus/genres/` (invented articles written and labelled, one genre a set,
//! by writers who never saw sayso's rules) scored end to end against its committed baseline
//! (`tests/baseline/genre-GENRE.csv`): a drop fails, and so does an improvement that did not
//! update the baseline in the same commit. A set without a baseline fails too.

use sayso_cli::args::RuleArgs;
use sayso_cli::rules::build_attributor;
use sayso_cli::score;
use sayso_tests::{assert_baseline, workspace_root};

#[test]
fn every_genre_set_holds_its_baseline() {
    let attributor = build_attributor(&RuleArgs::default()).unwrap();
    let root = workspace_root().join("corpus/genres");
    let mut sets: Vec<_> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("text").is_dir())
        .collect();
    sets.sort();
    assert!(!sets.is_empty(), "no genre set under {}", root.display());
    for set in sets {
        let name = set.file_name().unwrap().to_string_lossy().into_owned();
        let eval = score::corpus(std::slice::from_ref(&set), None, &attributor, None).unwrap();
        let s = &eval.score;
        assert!(s.docs > 0 && s.gold > 0, "{name}: documents and gold");
        let metrics = score::metrics(&serde_json::to_value(s).unwrap());
        assert_baseline(&format!("genre-{name}"), &metrics);
    }
}
