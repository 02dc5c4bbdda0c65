//! PolNeAR dev scored end to end against its committed baseline
//! (`tests/baseline/polnear-dev.csv`), when the dataset is present beside the checkout
//! (`../shared/datasets/polnear-v1.0.0`); skipped with a message otherwise. The score includes
//! the canonical-speaker figures of `tests/canonical/polnear-dev.jsonl`.

use sayso_cli::args::RuleArgs;
use sayso_cli::rules::build_attributor;
use sayso_cli::score;
use sayso_tests::{assert_baseline, polnear_root, workspace_root};

#[test]
fn polnear_dev_holds_its_baseline() {
    let dev = polnear_root().join("data/dev");
    if !dev.join("text").is_dir() {
        eprintln!("skipping: PolNeAR dev not found at {}", dev.display());
        return;
    }
    let attributor = build_attributor(&RuleArgs::default()).unwrap();
    let canonical = workspace_root().join("tests/canonical/polnear-dev.jsonl");
    let eval = score::polnear(&dev, None, Some(&canonical), &attributor, None).unwrap();
    let s = &eval.score;
    assert_eq!(s.docs, eval.docs.len());
    assert!(s.gold_quoted > 0);
    let c = s.canonical.as_ref().expect("canonical figures");
    assert!(c.labelled > 0 && c.found <= c.labelled && c.name_correct <= c.found);
    assert_baseline(
        "polnear-dev",
        &score::metrics(&serde_json::to_value(s).unwrap()),
    );
}
