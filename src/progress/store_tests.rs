use std::fs;

use jiff::Timestamp;

use super::*;
use crate::progress::model::SkillState;

fn tick(skill: &str) -> Change {
    Change::SetState {
        ladder: "pm".into(),
        item: crate::progress::Item::skill(skill),
        state: SkillState::Developed,
        at: Timestamp::UNIX_EPOCH.into(),
    }
}

fn store_in(dir: &tempfile::TempDir) -> ProgressStore {
    ProgressStore::new(dir.path().join("progress.toml"))
}

#[test]
fn missing_file_is_empty_and_loading_creates_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_in(&dir);
    assert!(store.load().expect("missing file loads").is_empty());
    assert!(!store.path().exists());
}

#[test]
fn commit_saves_and_a_fresh_load_sees_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_in(&dir);
    let merged = store.commit(&tick("a")).expect("commit");
    assert_eq!(merged.state("pm", "a"), SkillState::Developed);
    assert_eq!(store.load().expect("reload"), merged);
}

#[test]
fn commit_merges_with_what_another_process_wrote() {
    let dir = tempfile::tempdir().expect("temp dir");
    let this_app = store_in(&dir);
    let stale = this_app.load().expect("load before the other writer");
    ProgressStore::new(this_app.path())
        .commit(&tick("theirs"))
        .expect("other writer");

    let change = tick("mine");
    let shown = stale.applied(&change);
    assert_eq!(
        shown.state("pm", "theirs"),
        SkillState::NotStarted,
        "the stale copy lacks it"
    );
    let merged = this_app.commit(&change).expect("commit");
    assert_eq!(merged.state("pm", "theirs"), SkillState::Developed);
    assert_eq!(merged.state("pm", "mine"), SkillState::Developed);
    assert_eq!(this_app.load().expect("reload"), merged);
}

#[test]
fn unreadable_file_is_never_overwritten() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_in(&dir);
    let bytes = b"version = 1\n[ladders.pm.skills.a\nstate = \"developed\"\n";
    fs::write(store.path(), bytes).expect("write");
    let error = store.commit(&tick("b")).expect_err("corrupt file");
    let message = error.report();
    assert!(message.contains("progress.toml:2:"), "{message}");
    assert!(message.contains("has not changed the file"), "{message}");
    assert_eq!(fs::read(store.path()).expect("read"), bytes);
}

#[test]
fn failed_save_is_an_error_and_the_caller_keeps_its_change() {
    let dir = tempfile::tempdir().expect("temp dir");
    let blocker = dir.path().join("a-file");
    fs::write(&blocker, "x").expect("write");
    let store = ProgressStore::new(blocker.join("progress.toml"));
    let in_memory = Progress::default();
    let change = tick("a");
    let shown = in_memory.applied(&change);
    let error = store
        .commit(&change)
        .expect_err("cannot create a directory under a file");
    assert!(matches!(error, ProgressError::Io { .. }), "{error}");
    assert_eq!(
        shown.state("pm", "a"),
        SkillState::Developed,
        "the app still shows the tick"
    );
    assert_eq!(fs::read(&blocker).expect("read"), b"x");
}

#[test]
fn a_change_that_changes_nothing_keeps_the_file_as_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_in(&dir);
    let hand_written = "version=1\n\n[ladders.pm.skills.a]\nstate='developed'\n";
    fs::write(store.path(), hand_written).expect("write");
    let merged = store.commit(&tick("a")).expect("commit");
    assert_eq!(merged.state("pm", "a"), SkillState::Developed);
    assert_eq!(fs::read_to_string(store.path()).expect("read"), hand_written);
}

#[cfg(unix)]
#[test]
fn a_symlinked_file_is_written_through_the_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let real = dir.path().join("dotfiles/progress.toml");
    fs::create_dir_all(dir.path().join("dotfiles")).expect("mkdir");
    let link = dir.path().join("progress.toml");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    let store = ProgressStore::new(&link);
    store.commit(&tick("a")).expect("commit through a dangling link");
    store.commit(&tick("b")).expect("commit through the link");
    assert!(
        fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink(),
        "link kept"
    );
    let saved = ProgressStore::new(&real).load().expect("real file");
    assert_eq!(saved.state("pm", "a"), SkillState::Developed);
    assert_eq!(saved.state("pm", "b"), SkillState::Developed);
}

#[test]
fn explicit_path_wins_over_the_default() {
    let store = ProgressStore::resolve(Some(Path::new("/x/p.toml"))).expect("explicit path");
    assert_eq!(store.path(), Path::new("/x/p.toml"));
    if let Some(default) = default_path() {
        assert!(default.ends_with("rungs/progress.toml"), "{}", default.display());
    }
}

#[test]
fn commit_migrated_moves_formerly_entries_on_the_fresh_file() {
    let ladders: Vec<crate::content::Ladder> = vec![
        toml::from_str(
            "[ladder]\nid = \"pm\"\ntitle = \"PM\"\n[[levels]]\nid = \"l\"\ntitle = \"L\"\n\
             [[levels.skills]]\nid = \"new\"\nname = \"New\"\nformerly = [\"old\"]\n",
        )
        .expect("ladder"),
    ];
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_in(&dir);
    // Written by "another process" after this one last read the file.
    store.commit(&tick("old")).expect("other writer");
    let merged = store.commit_migrated(&ladders, &[tick("b")]).expect("commit");
    assert_eq!(merged.state("pm", "new"), SkillState::Developed);
    assert!(merged.entry("pm", "old").is_none());
    assert_eq!(store.load().expect("reload"), merged);
}
