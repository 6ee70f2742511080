//! "Did you mean": the known word a misspelt one most likely meant, for help texts.

/// The candidate closest to `word` by edit distance, if it is close enough to be a typo
/// (one edit, or one per four characters of the candidate, and never the whole word).
pub fn suggest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::damerau_levenshtein(word, c), *c))
        .filter(|(distance, c)| *distance <= 1.max(c.len() / 4) && *distance < c.len())
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

/// The help for `word` when it is none of `candidates`: "did you mean `x`?" when one is close
/// enough, else `listed` followed by every candidate.
pub fn suggest_help(word: &str, candidates: &[&str], listed: &str) -> String {
    suggest(word, candidates).map_or_else(
        || format!("{listed}{}", candidates.join(", ")),
        |s| format!("did you mean `{s}`?"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_words_only() {
        assert_eq!(suggest("htpp", &["code", "http", "name"]), Some("http"));
        assert_eq!(
            suggest("rate_limt", &["rate_limit", "file"]),
            Some("rate_limit")
        );
        assert_eq!(suggest("zzzzzz", &["code", "http"]), None);
        assert_eq!(suggest("x", &["id", "label"]), None);
        assert_eq!(
            suggest_help("htpp", &["http"], "keys: "),
            "did you mean `http`?"
        );
        assert_eq!(
            suggest_help("x", &["id", "label"], "keys: "),
            "keys: id, label"
        );
    }
}
