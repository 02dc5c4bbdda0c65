//! Building the [`Attributor`] from the shared rule flags (`--only`, `--skip`, `--lexicon`).

use anyhow::{Context, bail};
use sayso_attribution::{Attributor, Lexicon, default_sieves};

use crate::args::RuleArgs;

/// The attributor the flags ask for: the default cascade filtered by `--only` / `--skip`,
/// with the lexicon extended from `--lexicon DIR`. Unknown sieve names are an error.
pub fn build_attributor(rules: &RuleArgs) -> anyhow::Result<Attributor> {
    let sieves = default_sieves();
    let known: Vec<&str> = sieves.iter().map(|s| s.name()).collect();
    for name in rules.only.iter().chain(&rules.skip) {
        if !known.contains(&name.as_str()) {
            bail!(
                "unknown sieve {name:?}; `sayso sieves` lists them: {}",
                known.join(", ")
            );
        }
    }
    let sieves = sieves
        .into_iter()
        .filter(|s| rules.only.is_empty() || rules.only.iter().any(|n| n == s.name()))
        .filter(|s| !rules.skip.iter().any(|n| n == s.name()))
        .collect();
    let mut attributor = Attributor::new(sieves);
    if let Some(dir) = &rules.lexicon {
        let lexicon =
            Lexicon::from_dir(dir).with_context(|| format!("loading lexicon {}", dir.display()))?;
        attributor = attributor.with_lexicon(lexicon);
    }
    Ok(attributor)
}
