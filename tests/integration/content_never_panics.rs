//! Whatever the bytes, loading returns a ladder or located problems; it never panics.

use std::path::Path;

use proptest::prelude::*;
use rungs::content::{BUILTIN_TOML, parse_ladder};

/// Fragments of real ladder syntax, so generated documents get deep into validation.
const PIECES: &[&str] = &[
    "[ladder]\n",
    "[[levels]]\n",
    "[[levels.skills]]\n",
    "[[tracks]]\n",
    "[[tracks.skills]]\n",
    "id = \"a\"\n",
    "id = \"Bad Id\"\n",
    "title = \"T\"\n",
    "name = \"N\"\n",
    "kind = \"ic\"\n",
    "kind = \"other\"\n",
    "summary = 1\n",
    "notes = [\"x\", 2]\n",
    "formerly = [\"a\"]\n",
    "levels = []\n",
    "responsibilites = []\n",
    "title = \"设计 🚀\"\n",
    "= \n",
    "\"\n",
    "[",
];

fn assert_no_panic(bytes: &[u8]) {
    match parse_ladder(Path::new("fuzz.toml"), bytes) {
        Ok(ladder) => assert!(!ladder.levels.is_empty(), "a loaded ladder always has levels"),
        Err(problems) => {
            assert!(!problems.is_empty(), "a rejection always says why");
            for problem in problems {
                // Rendering the message must not panic either (slicing by spans).
                assert!(!problem.to_string().is_empty());
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        assert_no_panic(&bytes);
    }

    #[test]
    fn arbitrary_text(text in "\\PC{0,300}") {
        assert_no_panic(text.as_bytes());
    }

    #[test]
    fn arbitrary_ladder_shaped_toml(indices in proptest::collection::vec(0..PIECES.len(), 0..40)) {
        let text: String = indices.iter().map(|&i| PIECES[i]).collect();
        assert_no_panic(text.as_bytes());
    }

    #[test]
    fn truncated_builtin_ladder(cut in 0..BUILTIN_TOML.len()) {
        assert_no_panic(&BUILTIN_TOML.as_bytes()[..cut]);
    }
}
