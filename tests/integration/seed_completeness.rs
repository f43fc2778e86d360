//! Proves the default ladder carries everything in the seed article
//! (`shared/seed/product-career-path.txt`, beside the repo) and copies none of its sentences.
//!
//! The counts below were taken by hand from the article; if the article changes, recount.

use std::collections::HashSet;

use rungs::content::{Ladder, Level, Track, TrackKind};

const LADDER_TOML: &str = include_str!("../../content/product-management.toml");
const ARTICLE_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/seed/product-career-path.txt"
);

/// Length of the shortest run of words that counts as copying.
const COPY_RUN: usize = 8;

fn ladder() -> Ladder {
    toml::from_str(LADDER_TOML).expect("default ladder parses")
}

fn level<'a>(ladder: &'a Ladder, id: &str) -> &'a Level {
    ladder
        .levels
        .iter()
        .find(|level| level.id == id)
        .unwrap_or_else(|| panic!("level `{id}` is missing"))
}

fn track<'a>(ladder: &'a Ladder, id: &str) -> &'a Track {
    ladder
        .tracks
        .iter()
        .find(|track| track.id == id)
        .unwrap_or_else(|| panic!("track `{id}` is missing"))
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn push_list<'a, S: AsRef<str>>(out: &mut Vec<(String, &'a str)>, at: &str, items: &'a [S]) {
    for (i, item) in items.iter().enumerate() {
        out.push((format!("{at}[{i}]"), item.as_ref()));
    }
}

fn push_level<'a>(out: &mut Vec<(String, &'a str)>, level: &'a Level) {
    let id = &level.id;
    out.push((format!("{id}.title"), &level.title));
    if let Some(summary) = &level.summary {
        out.push((format!("{id}.summary"), summary));
    }
    push_list(out, &format!("{id}.aliases"), &level.aliases);
    for section in level.sections() {
        for (i, line) in section.lines.into_iter().enumerate() {
            out.push((format!("{id}.{}[{i}]", section.kind.key()), line));
        }
    }
    push_skills(out, &level.skills);
}

fn push_skills<'a>(out: &mut Vec<(String, &'a str)>, skills: &'a [rungs::content::Skill]) {
    for skill in skills {
        out.push((format!("{}.name", skill.id), &skill.name));
        if let Some(summary) = &skill.summary {
            out.push((format!("{}.summary", skill.id), summary));
        }
        push_list(out, &format!("{}.examples", skill.id), &skill.examples);
    }
}

/// Every piece of prose in the ladder, labelled with where it lives.
fn all_text(ladder: &Ladder) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = Vec::new();
    out.push(("ladder.title".into(), &ladder.meta.title));
    if let Some(summary) = &ladder.meta.summary {
        out.push(("ladder.summary".into(), summary));
    }
    push_list(&mut out, "ladder.principles", &ladder.meta.principles);
    for area in &ladder.areas {
        out.push((format!("{}.name", area.id), &area.name));
        if let Some(summary) = &area.summary {
            out.push((format!("{}.summary", area.id), summary));
        }
    }
    for level in &ladder.levels {
        push_level(&mut out, level);
    }
    for track in &ladder.tracks {
        let id = &track.id;
        out.push((format!("{id}.title"), &track.title));
        if let Some(summary) = &track.summary {
            out.push((format!("{id}.summary"), summary));
        }
        push_list(&mut out, &format!("{id}.titles"), &track.titles);
        for section in track.sections() {
            for (i, line) in section.lines.into_iter().enumerate() {
                out.push((format!("{id}.{}[{i}]", section.kind.key()), line));
            }
        }
        push_skills(&mut out, &track.skills);
        for level in &track.levels {
            push_level(&mut out, level);
        }
    }
    for competency in &ladder.competencies {
        let id = &competency.id;
        out.push((format!("{id}.name"), &competency.name));
        for (at, milestone) in competency.milestones.iter().enumerate() {
            let place = format!("{id}.milestones[{at}]");
            for (field, text) in [("title", &milestone.title), ("text", &milestone.text)] {
                if let Some(text) = text {
                    out.push((format!("{place}.{field}"), text));
                }
            }
            push_list(&mut out, &format!("{place}.signals"), &milestone.signals);
            push_list(&mut out, &format!("{place}.examples"), &milestone.examples);
        }
    }
    out
}

/// Ladder-wide prose: summary, principles, and every level's and track's notes.
fn ladder_wide_text(ladder: &Ladder) -> Vec<&str> {
    ladder
        .meta
        .summary
        .iter()
        .map(String::as_str)
        .chain(ladder.meta.principles.iter().map(String::as_str))
        .chain(
            ladder
                .levels
                .iter()
                .flat_map(|l| l.notes.iter().map(String::as_str)),
        )
        .chain(
            ladder
                .tracks
                .iter()
                .flat_map(|t| t.notes.iter().map(String::as_str)),
        )
        .collect()
}

/// Lowercase words with punctuation stripped: apostrophes (straight or curly) vanish so
/// "you're" and "you’re" both become "youre"; any other non-alphanumeric splits words.
fn words(text: &str) -> Vec<String> {
    let mut cleaned = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            '\'' | '\u{2018}' | '\u{2019}' => {}
            c if c.is_ascii_alphanumeric() => cleaned.push(c),
            _ => cleaned.push(' '),
        }
    }
    cleaned.split_whitespace().map(str::to_owned).collect()
}

fn runs(words: &[String], n: usize) -> impl Iterator<Item = String> + '_ {
    words.windows(n).map(|run| run.join(" "))
}

#[test]
fn five_levels_in_order() {
    let ladder = ladder();
    let expected: [(&str, &[&str], &str); 5] = [
        ("associate-pm", &["Associate"], "APM / PM"),
        ("mid-level-pm", &["Mid"], "Mid-level PM"),
        ("senior-pm", &["Senior"], "Senior PM"),
        ("group-pm-director", &["Group", "Director"], "GPM / Director"),
        ("vp-cpo", &["VP", "Chief Product Officer"], "VP / CPO"),
    ];
    let ids: Vec<&str> = ladder.levels.iter().map(|l| l.id.as_str()).collect();
    let expected_ids: Vec<&str> = expected.iter().map(|(id, _, _)| *id).collect();
    assert_eq!(
        ids, expected_ids,
        "levels must be the article's five, lowest first"
    );
    for (level, (id, words, short)) in ladder.levels.iter().zip(expected) {
        for word in words {
            assert!(
                level.title.contains(word),
                "level `{id}` title {:?} should contain {word:?}",
                level.title
            );
        }
        assert_eq!(level.short.as_deref(), Some(short), "short label of `{id}`");
    }
}

#[test]
fn every_skill_from_the_article_is_on_its_level() {
    let ladder = ladder();
    let expected: [(&str, &[&str]); 5] = [
        (
            "associate-pm",
            &[
                "Product Thinking",
                "Technical Curiosity",
                "Structured Communication",
                "Take Initiative & Follow-Through",
            ],
        ),
        (
            "mid-level-pm",
            &[
                "Impact-Driven Prioritisation",
                "Product Discovery Discipline",
                "Outcome Ownership",
                "Stakeholder Management",
                "Build Influence",
            ],
        ),
        (
            "senior-pm",
            &[
                "Strategic Visioning",
                "Mentorship",
                "Systems Thinking & Portfolio Awareness",
                "Executive Communication",
                "Leading Through Ambiguity",
                "Cross-Org Influence Without Ownership",
            ],
        ),
        (
            "group-pm-director",
            &[
                "Team Development & Performance Management",
                "Organisational Design",
                "Cross-Functional Executive Collaboration",
                "Strategic Trade-Offs at the Portfolio Level",
                "Cultural Leadership",
            ],
        ),
        (
            "vp-cpo",
            &[
                "Vision-Driven Strategic Planning",
                "Executive Leadership & Board Readiness",
                "Org-Wide Talent Management",
                "Business Model Fluency",
                "Change Management & Narrative Building",
            ],
        ),
    ];
    let mut total = 0;
    for (id, names) in expected {
        let level = level(&ladder, id);
        let actual: Vec<&str> = level.skills.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            actual, names,
            "skills on level `{id}` (names exact, article order)"
        );
        for skill in &level.skills {
            let summary = skill.summary.as_deref().unwrap_or("");
            assert!(
                !summary.trim().is_empty(),
                "skill `{}` on `{id}` needs a summary",
                skill.id
            );
        }
        total += names.len();
    }
    assert_eq!(total, 25, "the article names 25 skills");
    assert_eq!(ladder.skill_count(), 25, "no skills beyond the article's 25");
}

#[test]
fn every_level_has_the_articles_lists() {
    let ladder = ladder();
    // (level, changes, responsibilities, success) as counted in the article. Level 1 has no
    // "what changes" list in the article; its changes are drawn from the intro.
    let counts: [(&str, usize, usize, usize); 5] = [
        ("associate-pm", 1, 5, 3),
        ("mid-level-pm", 5, 7, 7),
        ("senior-pm", 5, 7, 6),
        ("group-pm-director", 5, 7, 6),
        ("vp-cpo", 6, 7, 6),
    ];
    for (id, changes, responsibilities, success) in counts {
        let level = level(&ladder, id);
        let summary = level.summary.as_deref().unwrap_or("");
        assert!(!summary.trim().is_empty(), "level `{id}` needs a summary");
        assert!(
            level.changes.len() >= changes,
            "level `{id}`: {} changes, article has {changes}",
            level.changes.len()
        );
        assert!(
            level.responsibilities.len() >= responsibilities,
            "level `{id}`: {} responsibilities, article has {responsibilities}",
            level.responsibilities.len()
        );
        assert!(
            level.success.len() >= success,
            "level `{id}`: {} success markers, article has {success}",
            level.success.len()
        );
        for section in level.sections() {
            for item in section.lines {
                assert!(!item.trim().is_empty(), "level `{id}` has an empty list item");
            }
        }
    }
}

#[test]
fn individual_contributor_track_is_complete() {
    let ladder = ladder();
    let ic = track(&ladder, "individual-contributor");
    assert_eq!(ic.kind, TrackKind::Ic, "the IC track is kind = \"ic\"");
    for title in ["Staff PM", "Principal PM", "Product Architect"] {
        assert!(
            ic.titles.iter().any(|t| t == title),
            "IC track titles {:?} should include {title:?}",
            ic.titles
        );
    }
    assert!(
        ic.summary.as_deref().is_some_and(|s| !s.trim().is_empty()),
        "IC track needs a summary"
    );
    assert!(
        ic.differences.len() >= 5,
        "article lists 5 differences, got {}",
        ic.differences.len()
    );
    assert!(
        ic.responsibilities.len() >= 6,
        "article lists 6 IC responsibilities, got {}",
        ic.responsibilities.len()
    );
    assert!(
        ic.success.len() >= 5,
        "article lists 5 IC success markers, got {}",
        ic.success.len()
    );
    assert!(
        ic.notes
            .iter()
            .any(|n| n.contains("API") || n.contains("marketplace")),
        "IC notes should say where the role is most valuable (API platforms, marketplaces…): {:?}",
        ic.notes
    );
    assert!(
        ic.notes
            .iter()
            .any(|n| n.contains("Group PM") || n.contains("Director")),
        "IC notes should compare its influence with Group PM / Director: {:?}",
        ic.notes
    );
    assert_eq!(
        ladder.tracks.iter().filter(|t| t.kind == TrackKind::Ic).count(),
        1,
        "the article describes one IC track"
    );
}

#[test]
fn five_adjacent_roles_exist() {
    let ladder = ladder();
    let ids = [
        "operations-program-management",
        "business-development-partnerships",
        "founder-ceo",
        "product-marketing-strategy",
        "innovation-rnd-incubation",
    ];
    for id in ids {
        let track = track(&ladder, id);
        assert_eq!(
            track.kind,
            TrackKind::Adjacent,
            "track `{id}` is kind = \"adjacent\""
        );
        assert!(!track.title.trim().is_empty(), "track `{id}` needs a title");
        assert!(!track.titles.is_empty(), "track `{id}` needs job titles");
        assert!(
            track.summary.as_deref().is_some_and(|s| !s.trim().is_empty()),
            "track `{id}` needs a summary"
        );
        assert!(
            track
                .notes
                .iter()
                .chain(&track.differences)
                .any(|n| n.contains("Suits")),
            "track `{id}` should say who it suits"
        );
    }
    assert_eq!(
        ladder
            .tracks
            .iter()
            .filter(|t| t.kind == TrackKind::Adjacent)
            .count(),
        ids.len(),
        "the article lists five adjacent roles"
    );
    let founder = track(&ladder, "founder-ceo");
    for title in ["Founder", "CEO"] {
        assert!(
            founder.titles.iter().any(|t| t == title),
            "founder track titles lack {title:?}"
        );
    }
    let strategy = track(&ladder, "product-marketing-strategy");
    let strategy_text = strategy.summary.as_deref().unwrap_or("").to_lowercase();
    for role in ["product marketing", "user research", "corporate strategy"] {
        assert!(
            strategy_text.contains(role),
            "product-marketing-strategy should mention {role:?}"
        );
    }
}

#[test]
fn notes_timeline_and_principles_are_present() {
    let ladder = ladder();

    let first = level(&ladder, "associate-pm");
    assert!(
        first.notes.iter().any(|n| n.to_lowercase().contains("startup")),
        "level 1 needs the startup / early-stage note: {:?}",
        first.notes
    );
    let top = level(&ladder, "vp-cpo");
    assert!(
        top.notes
            .iter()
            .any(|n| n.contains("CPO") && n.contains("wireframes")),
        "level 5 needs the 'not everyone would enjoy being CPO' note: {:?}",
        top.notes
    );

    let wide = ladder_wide_text(&ladder);
    let has_timeline = wide.iter().any(|text| {
        let numbers: HashSet<&str> = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .collect();
        ["5", "10", "20"].iter().all(|n| numbers.contains(n))
    });
    assert!(
        has_timeline,
        "the 5 / 10 / 20+ year timeline must be stated somewhere ladder-wide"
    );
    assert!(
        wide.iter().any(|t| t.to_lowercase().contains("non-linear")),
        "the 'paths are non-linear' point must be stated"
    );
    let summary = ladder.meta.summary.as_deref().unwrap_or("");
    assert!(
        summary.contains("Senior PM") && summary.contains("skip"),
        "ladder summary should say people skip steps and may enter as PM or Senior PM: {summary:?}"
    );
    assert!(
        wide.iter()
            .any(|t| t.contains("customer insight") && t.contains("data fluency")),
        "the transferable-skills point (strategy, execution, customer insight, data fluency…) is missing"
    );

    let principles = &ladder.meta.principles;
    assert!(
        principles.len() >= 4,
        "the closing advice has at least 4 principles"
    );
    let closing: [(&str, &[&str]); 5] = [
        ("success on your terms", &["success"]),
        ("impact, not titles", &["impact", "titles"]),
        ("growth, not the clock", &["growth", "clock"]),
        ("keep learning and supporting others", &["learning", "others"]),
        ("build it like a product", &["product", "feedback", "iterat"]),
    ];
    for (point, keywords) in closing {
        assert!(
            principles.iter().any(|p| {
                let p = p.to_lowercase();
                keywords.iter().all(|k| p.contains(k))
            }),
            "closing principle {point:?} is missing from {principles:?}"
        );
    }
}

#[test]
fn no_sentence_is_copied_from_the_article() {
    let article = match std::fs::read_to_string(ARTICLE_PATH) {
        Ok(article) => article,
        // CI (.ci/run) sets RUNGS_REQUIRE_SEED, so the check can never pass there by not running.
        Err(err) if std::env::var_os("RUNGS_REQUIRE_SEED").is_some() => {
            panic!("RUNGS_REQUIRE_SEED is set but {ARTICLE_PATH} cannot be read: {err}")
        }
        Err(err) => {
            eprintln!("SKIPPED copy check: cannot read {ARTICLE_PATH}: {err}");
            return;
        }
    };
    let article_words = words(&article);
    let article_runs: HashSet<String> = runs(&article_words, COPY_RUN).collect();
    assert!(
        !article_runs.is_empty(),
        "the article at {ARTICLE_PATH} is too short to check"
    );

    let ladder = ladder();
    let mut copied = Vec::new();
    for (at, text) in all_text(&ladder) {
        let text_words = words(text);
        if let Some(run) = runs(&text_words, COPY_RUN).find(|run| article_runs.contains(run)) {
            copied.push(format!("{at}: \"{run}\""));
        }
    }
    assert!(
        copied.is_empty(),
        "{} strings repeat {COPY_RUN}+ consecutive words of the article; rephrase them:\n{}",
        copied.len(),
        copied.join("\n")
    );
}

#[test]
fn ids_are_unique_slugs() {
    let ladder = ladder();
    assert!(
        is_slug(&ladder.meta.id),
        "ladder id {:?} is not a slug",
        ladder.meta.id
    );

    let check = |kind: &str, ids: Vec<&str>| {
        let mut seen = HashSet::new();
        for id in ids {
            assert!(is_slug(id), "{kind} id {id:?} is not a slug (a-z, 0-9, '-')");
            assert!(seen.insert(id), "{kind} id {id:?} is used twice");
        }
    };
    check("level", ladder.levels.iter().map(|l| l.id.as_str()).collect());
    check("track", ladder.tracks.iter().map(|t| t.id.as_str()).collect());
    check("skill", ladder.skills().map(|s| s.id.as_str()).collect());
}

#[test]
fn every_skill_has_an_area_and_levels_go_by_the_articles_names() {
    let ladder = ladder();
    for skill in ladder.skills() {
        let area = skill
            .area
            .as_deref()
            .unwrap_or_else(|| panic!("{} has no area", skill.id));
        assert!(
            ladder.find_area(area).is_some(),
            "{}: unknown area {area}",
            skill.id
        );
    }
    for (name, id) in [
        ("Junior PM", "associate-pm"),
        ("Lead PM", "senior-pm"),
        ("Director of Product", "group-pm-director"),
        ("Chief Product Officer", "vp-cpo"),
        ("Staff PM", "staff-principal-pm"),
    ] {
        assert_eq!(
            ladder.find_level(name).map(|level| level.id.as_str()),
            Some(id),
            "{name}"
        );
    }
}

#[test]
fn the_ic_track_has_a_level_beside_group_pm_director() {
    let ladder = ladder();
    let ic = track(&ladder, "individual-contributor");
    let [level] = ic.levels.as_slice() else {
        panic!("the IC track has one level of its own");
    };
    assert_eq!(level.title, "Staff / Principal PM");
    assert_eq!(level.alongside.as_deref(), Some("group-pm-director"));
}
