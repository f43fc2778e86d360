use std::path::Path;

use jiff::Timestamp;
use proptest::prelude::*;

use super::*;
use crate::progress::model::{Change, Evidence, Item, ItemKind, LadderProgress};
use crate::progress::when::When;

fn at(second: i64) -> When {
    When::Instant(Timestamp::from_second(second).expect("valid test time"))
}

fn day(text: &str) -> When {
    When::parse(text).expect("valid test day")
}

fn sample() -> Progress {
    let mut progress = Progress::default();
    let evidence = |on: &str, text: &str, link: Option<&str>| Evidence {
        on: text_date(on),
        text: text.into(),
        link: link.map(str::to_string),
    };
    for change in [
        Change::SetMyLevel {
            ladder: "pm".into(),
            level: Some("mid".into()),
        },
        Change::SetTarget {
            ladder: "pm".into(),
            level: Some("senior".into()),
        },
        Change::SetState {
            ladder: "pm".into(),
            item: Item::skill("b"),
            state: SkillState::Developing,
            at: at(1),
        },
        Change::SetState {
            ladder: "pm".into(),
            item: Item::skill("b"),
            state: SkillState::Developed,
            at: day("2025-03-02"),
        },
        Change::SetState {
            ladder: "pm".into(),
            item: Item::skill("a"),
            state: SkillState::Developing,
            at: at(3),
        },
        Change::SetNote {
            ladder: "pm".into(),
            item: Item::skill("a"),
            note: "said \"hi\"\nand \\ left".into(),
        },
        Change::AddEvidence {
            ladder: "pm".into(),
            item: Item::skill("b"),
            evidence: evidence("2025-01-05", "Older", None),
        },
        Change::AddEvidence {
            ladder: "pm".into(),
            item: Item::skill("b"),
            evidence: evidence("2025-02-01", "Newer", Some("https://example.com/a?b=c")),
        },
        Change::SetState {
            ladder: "pm".into(),
            item: Item::expectation("senior", "own-the-roadmap"),
            state: SkillState::Developed,
            at: day("2025-04-01"),
        },
        Change::SetMilestone {
            ladder: "pm".into(),
            competency: "alignment".into(),
            milestone: Some("2".into()),
            working_toward: true,
            at: day("2025-05-01"),
        },
        Change::SetMilestone {
            ladder: "pm".into(),
            competency: "writing".into(),
            milestone: Some("clear-docs".into()),
            working_toward: false,
            at: day("2025-05-02"),
        },
        Change::SetState {
            ladder: "other ladder".into(),
            item: Item::skill("x"),
            state: SkillState::Developed,
            at: at(4),
        },
    ] {
        progress.apply(&change);
    }
    progress
}

fn text_date(text: &str) -> jiff::civil::Date {
    text.parse().expect("valid test date")
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
    let expected = "version = 2

[ladders.\"other ladder\".skills.x]
state = \"developed\"
reached = 1970-01-01T00:00:04Z

[ladders.pm]
my_level = \"mid\"
target = \"senior\"

[ladders.pm.skills.a]
state = \"developing\"
developing_since = 1970-01-01T00:00:03Z
note = \"said \\\"hi\\\"\\nand \\\\ left\"

[ladders.pm.skills.b]
state = \"developed\"
developing_since = 1970-01-01T00:00:01Z
reached = 2025-03-02

[[ladders.pm.skills.b.evidence]]
on = 2025-02-01
text = \"Newer\"
link = \"https://example.com/a?b=c\"

[[ladders.pm.skills.b.evidence]]
on = 2025-01-05
text = \"Older\"

[ladders.pm.expectations.senior.own-the-roadmap]
state = \"met\"
reached = 2025-04-01

[ladders.pm.competencies.alignment]
milestone = 2
working_toward = true
developing_since = 2025-05-01
reached = 2025-05-01

[ladders.pm.competencies.writing]
milestone = \"clear-docs\"
reached = 2025-05-02
";
    assert!(text.starts_with('#'), "starts with an explanatory comment");
    assert!(text.ends_with(expected), "{text}");
}

#[test]
fn empty_progress_is_just_the_version() {
    let text = encode(&Progress::default());
    assert!(text.ends_with("version = 2\n"), "{text}");
    assert!(decode_str(&text).expect("parses").is_empty());
}

#[test]
fn hand_written_dates_are_accepted() {
    let text = "version = 2\n[ladders.pm.skills.a]\nstate = \"developed\"\n\
                reached = 2025-03-02\ndeveloping_since = \"2025-01-01T10:00:00+01:00\"\n";
    let progress = decode_str(text).expect("parses");
    let entry = progress.entry("pm", "a").expect("entry");
    assert_eq!(
        entry.reached.map(|t| t.to_string()).as_deref(),
        Some("2025-03-02")
    );
    assert_eq!(
        entry.developing_since.map(|t| t.to_string()).as_deref(),
        Some("2025-01-01T09:00:00Z")
    );
}

#[test]
fn hand_written_evidence_is_read_newest_first() {
    let text = "version = 2\n[ladders.pm.skills.a]\nstate = \"developed\"\n\
                [[ladders.pm.skills.a.evidence]]\non = 2024-01-01\ntext = \"old\"\n\
                [[ladders.pm.skills.a.evidence]]\non = \"2025-01-01\"\ntext = \"new\"\n";
    let progress = decode_str(text).expect("parses");
    let texts: Vec<&str> = progress
        .entry("pm", "a")
        .expect("entry")
        .evidence
        .iter()
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(texts, ["new", "old"]);
}

#[test]
fn bad_v2_fields_are_located() {
    for (text, line) in [
        (
            "version = 2\n[ladders.pm.expectations.l.e]\nstate = \"developed\"\n",
            3,
        ),
        ("version = 2\n[ladders.pm.competencies.c]\nmilestone = 0\n", 3),
        ("version = 2\n[ladders.pm.competencies.c]\nstate = \"met\"\n", 3),
        (
            "version = 2\n[[ladders.pm.skills.a.evidence]]\non = 2025-01-01T10:00:00Z\ntext = \"x\"\n",
            3,
        ),
        (
            "version = 2\n[[ladders.pm.skills.a.evidence]]\non = 2025-01-01\n",
            2,
        ),
    ] {
        let problem = decode_str(text).expect_err(text);
        assert_eq!(problem.line, line, "{text}: {problem}");
    }
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
    let problem = decode_str("# hi\nversion = 3\n[ladders.pm]\nnew_thing = true\n").expect_err("newer");
    assert_eq!((problem.line, problem.column), (2, 11), "{problem}");
    assert!(problem.message.contains("version 3"), "{problem}");
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

fn any_when() -> impl Strategy<Value = When> {
    prop_oneof![
        (-300_000_000_000i64..250_000_000_000).prop_map(at),
        (-9999i16..9999, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| When::Day(jiff::civil::date(
            y.rem_euclid(9999) + 1,
            m,
            d
        ))),
    ]
}

fn any_evidence() -> impl Strategy<Value = Vec<Evidence>> {
    let one = (
        1i16..9999,
        1i8..=12,
        1i8..=28,
        any_text(),
        proptest::option::of(any_text()),
    )
        .prop_map(|(y, m, d, text, link)| Evidence {
            on: jiff::civil::date(y, m, d),
            text,
            link,
        });
    proptest::collection::vec(one, 0..3).prop_map(|list| {
        let mut entry = Entry::default();
        for evidence in list {
            entry.add_evidence(evidence);
        }
        entry.evidence
    })
}

fn any_entry(kind: ItemKind) -> impl Strategy<Value = Entry> {
    let state = prop_oneof![
        Just(SkillState::NotStarted),
        Just(SkillState::Developing),
        Just(SkillState::Developed)
    ];
    let milestone = proptest::option::of(
        prop_oneof!["[1-9][0-9]{0,2}", any_text()]
            .prop_filter("a milestone id is not blank", |id| !id.trim().is_empty()),
    );
    (
        state,
        milestone,
        proptest::option::of(any_text()),
        proptest::option::of(any_when()),
        proptest::option::of(any_when()),
        any_evidence(),
    )
        .prop_map(
            move |(state, milestone, note, developing_since, reached, evidence)| {
                // A competency's state is its milestone and whether it works toward the next.
                let (state, milestone) = match (kind, state, milestone) {
                    (ItemKind::Competency, SkillState::Developing, milestone) => (state, milestone),
                    (ItemKind::Competency, _, Some(milestone)) => (SkillState::Developed, Some(milestone)),
                    (ItemKind::Competency, _, None) => (SkillState::NotStarted, None),
                    (_, state, _) => (state, None),
                };
                Entry {
                    state,
                    milestone,
                    note,
                    developing_since,
                    reached,
                    evidence,
                }
            },
        )
}

fn any_item() -> impl Strategy<Value = (Item, Entry)> {
    prop_oneof![
        (any_text(), any_entry(ItemKind::Skill)).prop_map(|(id, entry)| (Item::skill(id), entry)),
        (any_text(), any_text(), any_entry(ItemKind::Expectation))
            .prop_map(|(level, id, entry)| (Item::expectation(level, id), entry)),
        (any_text(), any_entry(ItemKind::Competency)).prop_map(|(id, entry)| (Item::competency(id), entry)),
    ]
}

fn any_progress() -> impl Strategy<Value = Progress> {
    let ladder = (
        proptest::option::of(any_text()),
        proptest::option::of(any_text()),
        proptest::collection::vec(any_item(), 0..5),
    )
        .prop_map(|(my_level, target, items)| LadderProgress {
            my_level,
            target,
            items: items.into_iter().collect(),
        })
        .prop_filter("blank ladders are not written", |ladder| {
            ladder.my_level.is_some() || ladder.target.is_some() || !ladder.items.is_empty()
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

/// A version 1 file with every kind of thing it could hold: states, instants, a date written
/// by hand, notes, an entry only a note keeps, my level, another ladder, an id that content
/// may know under `formerly`.
const RICH_V1: &str = "# my progress
version = 1

[ladders.product-management]
my_level = \"associate-pm\"

[ladders.product-management.skills.product-thinking]
state = \"developed\"
developing_since = 2025-01-10T09:00:00Z
developed_at = 2025-03-02T17:30:00+02:00
note = \"Ran discovery for the pricing page\\nand wrote the PRD\"

[ladders.product-management.skills.technical-curiosity]
state = \"developing\"
developing_since = 2025-02-01

[ladders.product-management.skills.old-skill-id]
state = \"not-started\"
note = \"kept only for its note\"

[ladders.old-ladder.skills.gone]
state = \"developed\"
";

#[test]
fn a_version_1_file_is_written_as_version_2_with_nothing_lost() {
    let progress = decode_str(RICH_V1).expect("version 1 reads");
    let written = encode(&progress);
    let expected = "version = 2

[ladders.old-ladder.skills.gone]
state = \"developed\"

[ladders.product-management]
my_level = \"associate-pm\"

[ladders.product-management.skills.old-skill-id]
state = \"not-started\"
note = \"kept only for its note\"

[ladders.product-management.skills.product-thinking]
state = \"developed\"
developing_since = 2025-01-10T09:00:00Z
reached = 2025-03-02T15:30:00Z
note = \"Ran discovery for the pricing page\\nand wrote the PRD\"

[ladders.product-management.skills.technical-curiosity]
state = \"developing\"
developing_since = 2025-02-01
";
    assert!(written.ends_with(expected), "{written}");
    let again = decode_str(&written).expect("version 2 reads");
    assert_eq!(again, progress, "nothing lost");
    assert_eq!(encode(&again), written, "byte-stable from then on");
}
