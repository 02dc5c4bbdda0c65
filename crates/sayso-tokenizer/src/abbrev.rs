//! Abbreviations that keep their period, and the words that may open a sentence after one.

/// How an abbreviation behaves at a possible sentence end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Never ends a sentence: titles before a name (`Dr.`), months before a day (`Feb.`),
    /// initials (`J.`) and abbreviated given names (`Ma.`, `Mohd.`), `No.` before a number, `vs.`.
    Never,
    /// Ends a sentence only before a word that commonly opens one (`in the U.S. The …`,
    /// `at 5 p.m. He …`, `Acme Inc. The …`) or an opening quotation mark.
    BeforeStarter,
}

/// The class of a word written without its final period (`"Dr"`, `"U.S"`, `"J"`), if the
/// period belongs to it. `next_is_digit` tells whether a digit follows the period after
/// whitespace (`No. 5`).
pub(crate) fn classify(word: &str, next_is_digit: bool) -> Option<Abbrev> {
    if has_period(word.as_bytes()) {
        return initialism(word).then_some(Abbrev::BeforeStarter);
    }
    classify_undotted(word, next_is_digit)
}

/// [`classify`] for a word known to hold no period, as the lexer's plain words: inlined, so
/// that the common case, a sentence's last word, costs a length test and a byte test.
#[inline]
pub(crate) fn classify_undotted(word: &str, next_is_digit: bool) -> Option<Abbrev> {
    // Most words before a period (the last word of a sentence) fail here, before any
    // comparison.
    if !may_be_listed(word.as_bytes()) {
        return None;
    }
    listed_or_initial(word, next_is_digit)
}

/// The rest of [`classify_undotted`], kept out of line.
#[inline(never)]
fn listed_or_initial(word: &str, next_is_digit: bool) -> Option<Abbrev> {
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        // A capital initial (`J. R. Smith`); `I` is the pronoun far more often.
        return (c.is_uppercase() && c != 'I').then_some(Abbrev::Never);
    }
    match word {
        "No" | "no" => next_is_digit.then_some(Abbrev::Never),
        _ => listed(word),
    }
}

/// True when `word` holds a period: a branch-free pass over the few bytes of a word, where
/// `contains` calls out to a search for long haystacks.
fn has_period(word: &[u8]) -> bool {
    let mut any = false;
    for &b in word {
        any |= b == b'.';
    }
    any
}

/// False for a word that is neither a single non-ASCII character nor in the lists of
/// [`listed`] (nor `No`): longer than six bytes, or starting with a byte no listed word
/// starts with.
fn may_be_listed(word: &[u8]) -> bool {
    word.len() <= 6
        && matches!(
            word.first(),
            Some(b'A'..=b'Z' | b'a' | b'e' | b'n' | b'v' | 0x80..)
        )
}

/// Declares [`listed`] from the two word lists, and `LISTED` (every listed word) for tests.
macro_rules! abbreviations {
    (never: $($never:literal)|+; before_starter: $($starter:literal)|+;) => {
        /// The listed abbreviations (without their period) and their class.
        fn listed(word: &str) -> Option<Abbrev> {
            match word {
                $($never)|+ => Some(Abbrev::Never),
                $($starter)|+ => Some(Abbrev::BeforeStarter),
                _ => None,
            }
        }

        #[cfg(test)]
        const LISTED: &[&str] = &[$($never,)+ $($starter,)+];
    };
}

abbreviations! {
    never: "Mr" | "Mrs" | "Ms" | "Messrs" | "Mmes" | "Dr" | "Drs" | "Prof" | "Gov" | "Govs"
        | "Sen" | "Sens" | "Rep" | "Reps" | "Gen" | "Lt" | "Col" | "Maj" | "Capt" | "Cmdr"
        | "Adm" | "Sgt" | "Cpl" | "Pvt" | "Rev" | "Hon" | "Pres" | "Supt" | "Det" | "Insp"
        | "Amb" | "Atty" | "Av" | "Adv" | "Engr" | "Msgr" | "Fr" | "Gens" | "Lieut" | "Brig" | "Cmdt"
        | "Coun" | "St" | "Mt" | "Ft" | "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug"
        | "Sep" | "Sept" | "Oct" | "Nov" | "Dec" | "vs" | "Fig" | "Nos" | "Ma" | "Mohd" | "Eng"
        | "Muhd";
    before_starter: "Jr" | "Sr" | "Inc" | "Corp" | "Co" | "Ltd" | "Bros" | "Cos" | "Dept"
        | "Univ" | "Assn" | "Ave" | "Blvd" | "Rd" | "etc" | "al" | "approx" | "est" | "Calif"
        | "Fla" | "Ariz" | "Colo" | "Conn" | "Ill" | "Mass" | "Mich" | "Minn" | "Tenn" | "Tex"
        | "Okla" | "Wis" | "Penn" | "Nev" | "Neb" | "Ky" | "Md" | "Va" | "Ga" | "Ala" | "Ark"
        | "Del" | "Ore" | "Wash" | "Kan" | "Ind";
}

/// Letters with inner periods, each piece one or two letters: `U.S`, `p.m`, `J.R.R`, `Ph.D`.
fn initialism(word: &str) -> bool {
    word.split('.').all(|piece| {
        let mut n = 0;
        for c in piece.chars() {
            if !c.is_alphabetic() {
                return false;
            }
            n += 1;
        }
        (1..=2).contains(&n)
    })
}

/// The class of a word token that ends in a period (`"U.S."`), if it is an abbreviation.
pub(crate) fn class_of_token(text: &str) -> Option<Abbrev> {
    let word = text.strip_suffix('.')?;
    // The token only kept its period because `classify` said so; `No.` kept it before a digit.
    classify(word, true)
}

/// Words that commonly open a sentence, so that an abbreviation before them ends one.
pub(crate) fn is_sentence_starter(word: &str) -> bool {
    matches!(
        word,
        "A" | "After"
            | "Also"
            | "An"
            | "And"
            | "As"
            | "At"
            | "But"
            | "By"
            | "For"
            | "He"
            | "Her"
            | "His"
            | "How"
            | "However"
            | "I"
            | "If"
            | "In"
            | "It"
            | "Its"
            | "It's"
            | "It’s"
            | "My"
            | "Now"
            | "On"
            | "Our"
            | "She"
            | "So"
            | "Some"
            | "That"
            | "The"
            | "Their"
            | "Then"
            | "There"
            | "These"
            | "They"
            | "This"
            | "Those"
            | "We"
            | "What"
            | "When"
            | "Where"
            | "While"
            | "Who"
            | "Why"
            | "Yet"
            | "You"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_reject_lets_every_listed_word_through() {
        for w in LISTED {
            assert!(classify(w, false).is_some(), "{w}");
        }
        for w in ["No", "no", "É"] {
            assert!(may_be_listed(w.as_bytes()), "{w}");
        }
        assert_eq!(classify("Nos", false), Some(Abbrev::Never));
        assert_eq!(classify("approx", false), Some(Abbrev::BeforeStarter));
        assert_eq!(classify("É", false), Some(Abbrev::Never));
        assert!(!may_be_listed(b"said"));
        assert!(!may_be_listed(b"Tuesday"));
    }

    #[test]
    fn titles_and_months_never_end() {
        assert_eq!(classify("Dr", false), Some(Abbrev::Never));
        assert_eq!(classify("Feb", false), Some(Abbrev::Never));
        assert_eq!(classify("J", false), Some(Abbrev::Never));
    }

    #[test]
    fn number_sign_needs_a_digit() {
        assert_eq!(classify("No", true), Some(Abbrev::Never));
        assert_eq!(classify("No", false), None);
    }

    #[test]
    fn initialisms_have_short_pieces() {
        assert_eq!(classify("U.S", false), Some(Abbrev::BeforeStarter));
        assert_eq!(classify("J.R.R", false), Some(Abbrev::BeforeStarter));
        assert_eq!(classify("Ph.D", false), Some(Abbrev::BeforeStarter));
        assert_eq!(classify("example.com", false), None);
        assert_eq!(classify("v1.2", false), None);
    }

    #[test]
    fn plain_words_and_the_pronoun_are_not_abbreviations() {
        assert_eq!(classify("said", false), None);
        assert_eq!(classify("I", false), None);
        assert_eq!(classify("Sun", false), None);
    }

    #[test]
    fn starters_are_capitalised_function_words() {
        assert!(is_sentence_starter("The"));
        assert!(!is_sentence_starter("the"));
        assert!(!is_sentence_starter("Officials"));
    }
}
