//! Commands take what people type: ids, names as shown, level numbers and titles, near
//! misses; several equally good candidates, or none, exit 2 with a list and write nothing.

use crate::support::sandbox::{LADDER, Sandbox};
use predicates::prelude::*;
use rungs::progress::SkillState;

#[test]
fn tick_takes_the_name_as_shown_and_a_typo() {
    let sandbox = Sandbox::new();
    sandbox
        .rungs()
        .args(["tick", "Stakeholder Management"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Stakeholder Management [stakeholder-management] is developed",
        ));
    sandbox
        .rungs()
        .args(["note", "exec-comm", "Board update in March"])
        .assert()
        .success();
    sandbox
        .rungs()
        .args(["tick", "--developing", "organizational design"])
        .assert()
        .success();
    let progress = sandbox.load();
    assert_eq!(
        progress.state(LADDER, "stakeholder-management"),
        SkillState::Developed
    );
    assert_eq!(
        progress.note(LADDER, "executive-communication"),
        Some("Board update in March")
    );
    assert_eq!(
        progress.state(LADDER, "organisational-design"),
        SkillState::Developing
    );
}

#[test]
fn level_takes_its_number_title_and_short_label() {
    let sandbox = Sandbox::new();
    for typed in ["Senior PM", "3", "senior product manager", "lead pm"] {
        sandbox
            .rungs()
            .args(["level", typed])
            .assert()
            .success()
            .stdout(predicate::str::contains("Senior Product Manager [senior-pm]"));
    }
}

#[test]
fn an_ambiguous_name_lists_the_candidates_and_exits_2() {
    let sandbox = Sandbox::new();
    sandbox
        .rungs()
        .args(["tick", "management"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "`management` could be any of these skills:",
        ))
        .stderr(predicate::str::contains("stakeholder-management"))
        .stderr(predicate::str::contains("org-wide-talent-management"));
    sandbox
        .rungs()
        .args(["level", "manager"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("could be any of these levels"));
    assert!(!sandbox.progress.exists(), "a failed command writes nothing");
}

#[test]
fn an_unknown_name_exits_2_with_a_hint() {
    let sandbox = Sandbox::new();
    sandbox
        .rungs()
        .args(["untick", "xyzzy"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no skill matches `xyzzy`"))
        .stderr(predicate::str::contains("`rungs list` shows every skill"));
    sandbox
        .rungs()
        .args(["tick", "mentorship", "--ladder", "no-such-ladder"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no ladder matches `no-such-ladder`"));
    assert!(!sandbox.progress.exists(), "a failed command writes nothing");
}
