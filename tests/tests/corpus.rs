//! The bundled corpus scored end to end against its committed baseline
//! (`tests/baseline/corpus.csv`): a drop fails, and so does an improvement that did not update
//! the baseline in the same commit.

use sayso_cli::args::RuleArgs;
use sayso_cli::rules::build_attributor;
use sayso_cli::score;
use sayso_tests::{assert_baseline, workspace_root};

#[test]
fn corpus_holds_its_baseline() {
    let attributor = build_attributor(&RuleArgs::default()).unwrap();
    let corpus = workspace_root().join("corpus");
    let eval = score::corpus(&[corpus], None, &attributor, None).unwrap();
    let s = &eval.score;
    assert!(
        s.docs > 0 && s.gold > 0,
        "the corpus has documents and gold"
    );
    assert_eq!(
        s.gold,
        eval.docs.iter().map(|d| d.gold.len()).sum::<usize>()
    );
    let metrics = score::metrics(&serde_json::to_value(s).unwrap());
    assert!(!metrics.is_empty());
    assert_baseline("corpus", &metrics);
}
