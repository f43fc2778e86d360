//! Assessments and evidence under concurrent writers and writers killed at random instants:
//! nothing a process reported as saved is lost, nothing is doubled, the file always parses.

use std::collections::BTreeSet;
use std::process::Stdio;
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::support::sandbox::{LADDER, Sandbox};
use rungs::progress::{Item, SkillState, expectations};

/// Ids of the built-in ladder's expectations, as `rungs tick` takes them.
fn expectation_ids(count: usize) -> Vec<(String, Item)> {
    let ladders = rungs::content::builtin().expect("built-in ladder");
    expectations(&ladders[0])
        .into_iter()
        .take(count)
        .map(|e| (format!("{}/{}", e.level, e.id), e.item()))
        .collect()
}

#[test]
fn writers_adding_evidence_to_one_item_and_assessing_others_lose_nothing() {
    let sandbox = Sandbox::new();
    let expectations = expectation_ids(8);
    let mut children = Vec::new();
    for (index, (id, _)) in expectations.iter().enumerate() {
        let mut evidence = sandbox.process();
        evidence.args(["evidence", "mentorship", &format!("evidence {index}")]);
        children.push(evidence.stdout(Stdio::null()).spawn().expect("spawn rungs"));
        let mut tick = sandbox.process();
        tick.args(["tick", id.as_str()]);
        children.push(tick.stdout(Stdio::null()).spawn().expect("spawn rungs"));
    }
    for mut child in children {
        assert!(child.wait().expect("wait").success(), "every writer succeeds");
    }
    let progress = sandbox.load();
    let texts: BTreeSet<&str> = progress
        .entry(LADDER, "mentorship")
        .expect("mentorship has evidence")
        .evidence
        .iter()
        .map(|e| e.text.as_str())
        .collect();
    let expected: Vec<String> = (0..8).map(|index| format!("evidence {index}")).collect();
    assert_eq!(
        texts,
        expected.iter().map(String::as_str).collect::<BTreeSet<_>>()
    );
    for (id, item) in &expectations {
        assert_eq!(
            progress.item_state(LADDER, item),
            SkillState::Developed,
            "{id} lost its tick"
        );
    }
}

#[test]
fn sigkill_while_adding_evidence_never_tears_the_file_or_loses_a_finished_entry() {
    let sandbox = Sandbox::new();
    let seed = std::env::var("RUNGS_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
                | 1
        });
    println!("seed {seed} (rerun with RUNGS_KILL_SEED={seed})");
    let mut state = seed;
    let mut random = |below: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % below
    };
    let started = Instant::now();
    let status = sandbox
        .process()
        .args(["evidence", "mentorship", "warm-up"])
        .stdout(Stdio::null())
        .status();
    assert!(status.expect("run").success());
    let window = (started.elapsed().as_micros() as u64 * 5 / 4).max(1);
    let mut finished = BTreeSet::from(["warm-up".to_string()]);
    for round in 0..40 {
        let text = format!("entry {round}");
        let mut child = sandbox
            .process()
            .args(["evidence", "mentorship", &text])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        thread::sleep(Duration::from_micros(random(window)));
        // SIGKILL on Unix; a process that already exited is unaffected.
        let _ = child.kill();
        if child.wait().expect("wait").success() {
            finished.insert(text);
        }
        let progress = sandbox.load();
        let evidence = &progress.entry(LADDER, "mentorship").expect("record").evidence;
        let texts: Vec<&str> = evidence.iter().map(|e| e.text.as_str()).collect();
        let unique: BTreeSet<&str> = texts.iter().copied().collect();
        assert_eq!(unique.len(), texts.len(), "no entry is doubled: {texts:?}");
        for text in &finished {
            assert!(
                unique.contains(text.as_str()),
                "{text} was saved and is gone: {texts:?}"
            );
        }
    }
    println!("{} of 41 writers finished", finished.len());
}

#[test]
fn writers_assessing_competencies_and_adding_evidence_at_once_lose_nothing() {
    let sandbox = Sandbox::new();
    let content = crate::support::fixture("points-matrix.toml");
    let ladders = rungs::content::load_paths(std::slice::from_ref(&content)).expect("the matrix loads");
    let competencies: Vec<String> = ladders[0].competencies.iter().map(|c| c.id.clone()).collect();
    assert!(competencies.len() >= 2, "{competencies:?}");
    let mut children = Vec::new();
    for (index, competency) in competencies.iter().enumerate() {
        let mut assess = sandbox.process();
        assess
            .arg("--content")
            .arg(&content)
            .args(["assess", competency, "1"]);
        children.push(assess.stdout(Stdio::null()).spawn().expect("spawn rungs"));
        for n in 0..4 {
            let mut evidence = sandbox.process();
            evidence.arg("--content").arg(&content).args([
                "evidence",
                competency,
                &format!("evidence {index}.{n}"),
            ]);
            children.push(evidence.stdout(Stdio::null()).spawn().expect("spawn rungs"));
        }
    }
    for mut child in children {
        assert!(child.wait().expect("wait").success(), "every writer succeeds");
    }
    let progress = sandbox.load();
    for (index, competency) in competencies.iter().enumerate() {
        let entry = progress
            .record("points-matrix", &Item::competency(competency.as_str()))
            .expect("a record");
        assert_eq!(entry.milestone.as_deref(), Some("1"), "{competency}");
        assert_eq!(entry.evidence.len(), 4, "{competency}: {:?}", entry.evidence);
        assert!(
            entry
                .evidence
                .iter()
                .all(|e| e.text.starts_with(&format!("evidence {index}.")))
        );
    }
}

#[test]
fn sigkill_while_assessing_a_competency_leaves_one_of_the_milestones() {
    let sandbox = Sandbox::new();
    let content = crate::support::fixture("points-matrix.toml");
    let mut finished: Option<&str> = None;
    for round in 0..30u64 {
        let milestone = ["1", "2", "3"][(round % 3) as usize];
        let mut child = sandbox
            .process()
            .arg("--content")
            .arg(&content)
            .args(["assess", "mobile", milestone])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        thread::sleep(Duration::from_micros(round * 997 % 20_000));
        let _ = child.kill();
        let done = child.wait().expect("wait").success();
        if done {
            finished = Some(milestone);
        }
        if sandbox.progress.exists() {
            let progress = sandbox.load();
            let now = progress
                .record("points-matrix", &Item::competency("mobile"))
                .and_then(|entry| entry.milestone.clone());
            if done {
                assert_eq!(
                    now.as_deref(),
                    Some(milestone),
                    "a finished assessment is on disk"
                );
            } else if let Some(now) = now.as_deref() {
                assert!(["1", "2", "3"].contains(&now), "{now}");
            }
        }
    }
    println!("last finished: {finished:?}");
}
