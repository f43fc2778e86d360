//! The cheap prefilter: a 32-bit set of the ASCII letters and digits a text contains.
//!
//! A query can only match a text whose set holds every letter and digit of the query, so one
//! AND per entry throws away most of 100,000 entries before the fuzzy scorer sees them.
//! Case is folded and accents are stripped the way the matcher does (`é` counts as `e`), so
//! the filter never rejects a text the matcher would accept.

use nucleo_matcher::chars::{normalize, to_lower_case};

/// Bits 0–25 are `a`–`z` (either case); digits share bits 26–31 (`0` and `6` one bit, …):
/// a shared bit only lets a few more texts through, and 32 bits keep the index small.
const ASCII_BITS: [u32; 128] = ascii_bits();

const fn ascii_bits() -> [u32; 128] {
    let mut table = [0u32; 128];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        table[byte] = if b.is_ascii_lowercase() {
            1 << (b - b'a')
        } else if b.is_ascii_uppercase() {
            1 << (b - b'A')
        } else if b.is_ascii_digit() {
            1 << (26 + (b - b'0') % 6)
        } else {
            0
        };
        byte += 1;
    }
    table
}

fn ascii_bit(c: char) -> u32 {
    ASCII_BITS.get(c as usize).copied().unwrap_or(0)
}

/// The letters and digits present in `text`, as the matcher would see them.
pub(crate) fn text_mask(text: &str) -> u32 {
    if text.is_ascii() {
        // The fast path: a table lookup per byte.
        return text
            .bytes()
            .fold(0, |mask, b| mask | ASCII_BITS[usize::from(b & 0x7f)]);
    }
    text.chars().fold(0, |mask, c| {
        mask | ascii_bit(c) | ascii_bit(to_lower_case(normalize(c))) | ascii_bit(normalize(c))
    })
}

/// The letters and digits a query needs. Other characters (punctuation, CJK, accented
/// letters) add nothing: the filter only ever claims what is certain.
pub(crate) fn query_mask(query: &str) -> u32 {
    query.chars().fold(0, |mask, c| mask | ascii_bit(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(text_mask("Café"), query_mask("cafe"));
        assert_eq!(text_mask("ABC"), text_mask("abc"));
    }

    #[test]
    fn query_needs_only_letters_and_digits() {
        assert_eq!(query_mask("a-b c!"), query_mask("abc"));
        assert_eq!(query_mask("管理"), 0);
    }

    #[test]
    fn text_without_a_letter_fails_the_filter() {
        let need = query_mask("stakholder");
        assert_eq!(text_mask("Stakeholder Management") & need, need);
        assert_ne!(text_mask("Roadmapping") & need, need);
    }
}
