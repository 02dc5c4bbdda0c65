//! Building the [`Attributor`] from the shared rule flags (`--only`, `--skip`, `--lexicon`,
//! `--marks`, `--nested`).

use anyhow::{Context, bail};
use sayso_attribution::{Attributor, Lexicon, default_sieves};
use sayso_tokenizer::QuoteMarks;

use crate::args::RuleArgs;

/// The attributor the flags ask for: the default cascade filtered by `--only` / `--skip`,
/// with the lexicon extended from `--lexicon DIR` and the marks `--marks` names. Unknown sieve
/// names and unreadable mark specifications are an error.
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
    let mut attributor = Attributor::new(sieves).with_nested(rules.nested);
    if let Some(dir) = &rules.lexicon {
        let lexicon =
            Lexicon::from_dir(dir).with_context(|| format!("loading lexicon {}", dir.display()))?;
        attributor = attributor.with_lexicon(lexicon);
    }
    if let Some(spec) = &rules.marks {
        attributor = attributor.with_marks(parse_marks(spec)?);
    }
    Ok(attributor)
}

/// The marks `spec` names: presets joined by `+`, or pairs written out.
pub fn parse_marks(spec: &str) -> anyhow::Result<QuoteMarks> {
    let preset = |name: &str| match name.trim().to_ascii_lowercase().as_str() {
        "english" => Some(QuoteMarks::english()),
        "german" => Some(QuoteMarks::german()),
        "french" => Some(QuoteMarks::french()),
        "cjk" => Some(QuoteMarks::cjk()),
        _ => None,
    };
    let mut names = spec.split('+');
    if let Some(first) = names.next().and_then(preset) {
        return names.try_fold(first, |acc, name| match preset(name) {
            Some(more) => Ok(acc.union(&more)),
            None => bail!(
                "unknown quotation-mark set {name:?} in --marks {spec:?}; \
                 known: english, german, french, cjk"
            ),
        });
    }
    QuoteMarks::parse(spec).with_context(|| {
        format!(
            "--marks {spec:?} is neither a set (english, german, french, cjk, joined by +) \
             nor pairs of marks (\"«» ‹›\")"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_join_and_pairs_parse() {
        let both = parse_marks("english+german").unwrap();
        assert!(both.pairs().iter().any(|p| p.open == '„'));
        assert!(both.pairs().iter().any(|p| p.open == '“'));
        assert_eq!(parse_marks("«» ‹›").unwrap().pairs().len(), 2);
        assert!(parse_marks("english+klingon").is_err());
        assert!(parse_marks("abc").is_err());
    }
}
