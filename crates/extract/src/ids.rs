//! Stable content-hash ids: the same content gives the same id on every run
//! and every machine.

use newsfacts_parse::Article;
use sha2::{Digest, Sha256};

/// A 16-hex-digit id hashed from `parts`, which are separated so that
/// `["ab", "c"]` and `["a", "bc"]` differ.
pub fn stable_id(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0x1f]);
    }
    let digest = hasher.finalize();
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// The id of an article: its file name and its text.
pub fn article_id(article: &Article) -> String {
    stable_id(&[&article.source_file, &article.text])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_is_stable_and_separated() {
        assert_eq!(stable_id(&["a", "b"]), stable_id(&["a", "b"]));
        assert_ne!(stable_id(&["ab", "c"]), stable_id(&["a", "bc"]));
        assert_eq!(stable_id(&["x"]).len(), 16);
    }
}
