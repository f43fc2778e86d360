//! Many writers at once, and writers killed at random instants: no tick that a process
//! reported as saved may ever be lost, and the file must always parse.

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::process::Stdio;
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::support::sandbox::{LADDER, Sandbox, builtin_skill_ids};
use rungs::progress::SkillState;

#[test]
fn sixteen_processes_ticking_different_skills_keep_every_tick() {
    let sandbox = Sandbox::new();
    let skills: Vec<String> = builtin_skill_ids().into_iter().take(16).collect();
    assert_eq!(skills.len(), 16);
    // Half the processes also write a note, so merges cover different fields too.
    let children: Vec<_> = skills
        .iter()
        .enumerate()
        .map(|(index, skill)| {
            let mut command = sandbox.process();
            if index % 2 == 0 {
                command.args(["tick", skill]);
            } else {
                command.args(["note", skill, &format!("note {index}")]);
            }
            command.stdout(Stdio::null()).spawn().expect("spawn rungs")
        })
        .collect();
    for mut child in children {
        assert!(child.wait().expect("wait").success(), "every writer succeeds");
    }
    let progress = sandbox.load();
    for (index, skill) in skills.iter().enumerate() {
        if index % 2 == 0 {
            assert_eq!(
                progress.state(LADDER, skill),
                SkillState::Developed,
                "{skill} lost its tick"
            );
        } else {
            assert_eq!(
                progress.note(LADDER, skill),
                Some(format!("note {index}").as_str()),
                "{skill}"
            );
        }
    }
}

/// A small deterministic generator; the seed is printed so a failure can be replayed.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

#[test]
fn sigkill_at_random_moments_never_tears_the_file_or_loses_a_finished_tick() {
    let sandbox = Sandbox::new();
    let skills: Vec<String> = builtin_skill_ids().into_iter().take(5).collect();
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
    let mut random = XorShift(seed);
    // For each skill, the states the file may hold: one once a writer has finished, more
    // while a killed writer may or may not have got its rename in.
    let mut allowed: HashMap<&str, BTreeSet<SkillState>> = skills
        .iter()
        .map(|skill| (skill.as_str(), BTreeSet::from([SkillState::NotStarted])))
        .collect();
    // Kill anywhere from before start-up to after a normal run, whatever this machine's speed.
    // The fastest of three runs: a slow first run (cold caches) would stretch the window.
    let fastest = (0..3)
        .map(|_| {
            let started = Instant::now();
            let status = sandbox
                .process()
                .args(["untick", &skills[0]])
                .stdout(Stdio::null())
                .status();
            assert!(status.expect("run").success());
            started.elapsed()
        })
        .min()
        .unwrap_or_default();
    let window = (fastest.as_micros() as u64 * 5 / 4).max(1);
    let (mut finished, mut killed) = (0, 0);
    for _ in 0..60 {
        let skill = skills[random.next(skills.len() as u64) as usize].as_str();
        let (args, state) = if random.next(2) == 0 {
            (["tick", skill], SkillState::Developed)
        } else {
            (["untick", skill], SkillState::NotStarted)
        };
        let mut child = sandbox
            .process()
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        thread::sleep(Duration::from_micros(random.next(window)));
        // SIGKILL on Unix; a process that already exited is unaffected.
        let _ = child.kill();
        let status = child.wait().expect("wait");
        let states = allowed.entry(skill).or_default();
        if status.success() {
            finished += 1;
            *states = BTreeSet::from([state]);
        } else {
            killed += 1;
            states.insert(state);
        }
        if sandbox.progress.exists() {
            let progress = sandbox.load();
            for (skill, states) in &allowed {
                let state = progress.state(LADDER, skill);
                assert!(
                    states.contains(&state),
                    "{skill} is {state:?}, expected one of {states:?}"
                );
            }
        }
    }
    println!("{finished} writers finished, {killed} were killed");
    assert!(
        finished > 0,
        "some writers must finish for the test to mean anything"
    );

    // A finished writer cleans up temporary files that killed writers left behind.
    sandbox
        .process()
        .args(["tick", &skills[0]])
        .stdout(Stdio::null())
        .status()
        .expect("run");
    let leftovers: Vec<_> = fs::read_dir(sandbox.dir.path())
        .expect("list")
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
