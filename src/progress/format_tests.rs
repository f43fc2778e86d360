use std::path::Path;

use jiff::Timestamp;
use proptest::prelude::*;

use super::*;
use crate::progress::model::Change;

fn at(second: i64) -> Timestamp {
    Timestamp::from_second(second).expect("valid test time")
}

fn sample() -> Progress {
    let mut progress = Progress::default();
    for change in [
        Change::SetMyLevel {
            ladder: "pm".into(),
            level: Some("mid".into()),
        },
        Change::SetState {
            ladder: "pm".into(),
            skill: "b".into(),
            state: SkillState::Developing,
            at: at(1),
        },
        Change::SetState {
            ladder: "pm".into(),
            skill: "b".into(),
            state: SkillState::Developed,
            at: at(2),
        },
        Change::SetState {
            ladder: "pm".into(),
            skill: "a".into(),
            state: SkillState::Developing,
            at: at(3),
        },
        Change::SetNote {
            ladder: "pm".into(),
            skill: "a".into(),
            note: "said \"hi\"\nand \\ left".into(),
        },
        Change::SetState {
            ladder: "other ladder".into(),
            skill: "x".into(),
            state: SkillState::Developed,
            at: at(4),
        },
    ] {
        progress.apply(&change);
    }
    progress
}

fn decode_str(text: &str) -> Result<Progress, Diagnostic> {
    decode(Path::new("progress.toml"), text.as_bytes())
}

#[test]
fn round_trips_and_saves_are_byte_stable() {
    let progress = sample();
    let text = encode(&progress);
    let back = decode_str(&text).expect("encoded text parses");
    assert_eq!(back, progress);
    assert_eq!(encode(&back), text, "a second save writes the same bytes");
}

#[test]
fn layout_is_sorted_and_readable() {
    let text = encode(&sample());
    let expected = "version = 1

[ladders.\"other ladder\".skills.x]
state = \"developed\"
developed_at = 1970-01-01T00:00:04Z

[ladders.pm]
my_level = \"mid\"

[ladders.pm.skills.a]
state = \"developing\"
developing_since = 1970-01-01T00:00:03Z
note = \"said \\\"hi\\\"\\nand \\\\ left\"

[ladders.pm.skills.b]
state = \"developed\"
developing_since = 1970-01-01T00:00:01Z
developed_at = 1970-01-01T00:00:02Z
";
    assert!(text.starts_with('#'), "starts with an explanatory comment");
    assert!(text.ends_with(expected), "{text}");
}

#[test]
fn empty_progress_is_just_the_version() {
    let text = encode(&Progress::default());
    assert!(text.ends_with("version = 1\n"), "{text}");
    assert!(decode_str(&text).expect("parses").is_empty());
}

#[test]
fn hand_written_dates_are_accepted() {
    let text = "version = 1\n[ladders.pm.skills.a]\nstate = \"developed\"\n\
                developed_at = 2025-03-02\ndeveloping_since = \"2025-01-01T10:00:00+01:00\"\n";
    let progress = decode_str(text).expect("parses");
    let entry = progress.entry("pm", "a").expect("entry");
    assert_eq!(
        entry.developed_at.map(|t| t.to_string()).as_deref(),
        Some("2025-03-02T00:00:00Z")
    );
    assert_eq!(
        entry.developing_since.map(|t| t.to_string()).as_deref(),
        Some("2025-01-01T09:00:00Z")
    );
}

#[test]
fn syntax_error_names_line_and_column() {
    let problem = decode_str("version = 1\n[ladders.pm.skills.a]\nstate = \n").expect_err("bad TOML");
    assert_eq!(problem.line, 3, "{problem}");
    assert!(
        problem.hint.as_deref().unwrap_or_default().contains("by hand"),
        "{problem}"
    );
}

#[test]
fn future_version_is_refused_at_its_line() {
    let problem = decode_str("# hi\nversion = 2\n[ladders.pm]\nnew_thing = true\n").expect_err("newer");
    assert_eq!((problem.line, problem.column), (2, 11), "{problem}");
    assert!(problem.message.contains("version 2"), "{problem}");
    assert!(
        problem.hint.as_deref().unwrap_or_default().contains("upgrade"),
        "{problem}"
    );
}

#[test]
fn missing_version_is_refused() {
    let problem = decode_str("[ladders.pm]\nmy_level = \"x\"\n").expect_err("no version");
    assert!(problem.message.contains("no `version`"), "{problem}");
}

#[test]
fn wrong_types_and_unknown_fields_are_located() {
    let problem =
        decode_str("version = 1\n[ladders.pm.skills.a]\nstate = \"done\"\n").expect_err("bad state");
    assert_eq!(problem.line, 3, "{problem}");
    let problem = decode_str("version = 1\n[ladders.pm.skills.a]\nnote = 5\n").expect_err("bad note");
    assert_eq!(problem.line, 3, "{problem}");
    let problem = decode_str("version = 1\n[ladders.pm.skills.a]\nnotes = \"x\"\n").expect_err("typo");
    assert_eq!(problem.line, 3, "{problem}");
    let problem =
        decode_str("version = 1\n[ladders.pm.skills.a]\ndeveloped_at = 12\n").expect_err("bad date");
    assert_eq!(problem.line, 3, "{problem}");
}

#[test]
fn invalid_utf8_is_located() {
    let problem = decode(Path::new("p.toml"), b"version = 1\nnote = \"\xff\"\n").expect_err("not UTF-8");
    assert_eq!((problem.line, problem.column), (2, 9), "{problem}");
    assert!(problem.message.contains("0xff"), "{problem}");
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9-]{1,12}",
        any::<String>(),
        "[ \"\\\\\n\t\r\u{7f}\u{0}a-z.\\[\\]=#]{0,12}",
    ]
}

fn any_progress() -> impl Strategy<Value = Progress> {
    let state = prop_oneof![
        Just(SkillState::NotStarted),
        Just(SkillState::Developing),
        Just(SkillState::Developed)
    ];
    let time = proptest::option::of((-300_000_000_000i64..250_000_000_000).prop_map(at));
    let entry = (state, proptest::option::of(any_text()), time.clone(), time).prop_map(
        |(state, note, developing_since, developed_at)| Entry {
            state,
            note,
            developing_since,
            developed_at,
        },
    );
    let ladder = (
        proptest::option::of(any_text()),
        proptest::collection::btree_map(any_text(), entry, 0..4),
    )
        .prop_map(|(my_level, skills)| LadderProgress { my_level, skills })
        .prop_filter("blank ladders are not written", |ladder| {
            ladder.my_level.is_some() || !ladder.skills.is_empty()
        });
    proptest::collection::btree_map(any_text(), ladder, 0..3).prop_map(|ladders| Progress { ladders })
}

proptest! {
    #[test]
    fn any_progress_round_trips(progress in any_progress()) {
        let text = encode(&progress);
        let back = decode_str(&text).map_err(|problem| TestCaseError::fail(format!("{problem}\n{text}")))?;
        prop_assert_eq!(&back, &progress);
        prop_assert_eq!(encode(&back), text);
    }

    #[test]
    fn decoding_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        // Whatever decodes must survive a save and a re-read unchanged.
        if let Ok(progress) = decode(Path::new("p.toml"), &bytes) {
            prop_assert_eq!(decode_str(&encode(&progress)).ok(), Some(progress));
        }
    }
}

#[test]
fn a_blank_file_is_empty_progress_but_a_comment_only_file_is_not() {
    for blank in ["", "\n", "  \n\t\n"] {
        let progress = decode_str(blank).expect("a blank file reads as empty");
        assert_eq!(progress, Progress::default(), "{blank:?}");
    }
    // Comments would be lost on the next save, so a file with only comments is still refused.
    let problem = decode_str("# my notes\n").expect_err("comments only");
    assert!(problem.message.contains("no `version`"), "{problem}");
}
