//! A binary cache of parsed, validated ladders, so a big ladder loads in milliseconds.
//!
//! Parsing and validating 100,000 skills of TOML takes most of a second; reading the same
//! ladder archived with rkyv takes a few milliseconds, and `rungs search` reads the archive
//! in place without decoding it at all.
//!
//! It can never be stale: an entry holds the hash of the ladder file's bytes it was built
//! from, and the [`schema_fingerprint`] of this build, and is used only when both match. It
//! is never an error: an entry that is missing, truncated, corrupt (its payload has a
//! checksum) or unreadable is ignored and rebuilt, and a cache that cannot be written is
//! skipped. Only valid ladders are cached, so diagnostics always come from the real parser.
//!
//! One file per ladder path (`<hash of path>.rkyv`), written atomically (a temporary file
//! renamed into place), so editing a ladder replaces its entry instead of piling up files.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rkyv::rancor;
use rkyv::util::AlignedVec;
use xxhash_rust::xxh3::{Xxh3, xxh3_64, xxh3_128};

use super::item::Item;
use super::matrix::{Area, Competency, Milestone};
use crate::bounded_read::open_regular;

use super::load::MAX_LADDER_BYTES;
use super::schema::{ArchivedLadder, Ladder, LadderMeta, Level, Skill, Track, TrackKind};

/// Overrides where the cache lives; set it empty to turn the cache off.
pub const CACHE_DIR_ENV: &str = "RUNGS_CACHE_DIR";

const MAGIC: &[u8; 16] = b"rungs ladder v1\n";
/// The largest entry read: archives are about the size of the ladder file they come from.
const MAX_ENTRY_BYTES: u64 = 2 * MAX_LADDER_BYTES;
/// Magic, fingerprint (8), content hash (16), payload checksum (8), payload length (8), padding:
/// 64 bytes keep the payload as aligned as the buffer, which rkyv needs.
const HEADER_LEN: usize = 64;

/// The hash of a ladder file's bytes: what a cache entry must have been built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContentHash(u128);

impl ContentHash {
    pub fn of_bytes(bytes: &[u8]) -> ContentHash {
        ContentHash(xxh3_128(bytes))
    }

    /// Hashes a file in chunks, so checking a 20 MB ladder costs no 20 MB of memory.
    pub fn of_file(path: &Path) -> std::io::Result<ContentHash> {
        let file =
            open_regular(path, MAX_LADDER_BYTES).map_err(|error| std::io::Error::other(error.to_string()))?;
        let mut file = file.take(MAX_LADDER_BYTES);
        let mut hasher = Xxh3::new();
        let mut chunk = vec![0u8; 256 * 1024];
        loop {
            match file.read(&mut chunk)? {
                0 => return Ok(ContentHash(hasher.digest128())),
                read => hasher.update(&chunk[..read]),
            }
        }
    }
}

/// Where cache entries live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LadderCache {
    dir: PathBuf,
}

impl LadderCache {
    /// `$RUNGS_CACHE_DIR` if set (empty: no cache), else the platform's cache directory
    /// (`~/.cache/rungs` on Linux).
    pub fn from_env() -> Option<LadderCache> {
        match std::env::var_os(CACHE_DIR_ENV) {
            Some(dir) if dir.is_empty() => None,
            Some(dir) => Some(LadderCache::in_dir(dir)),
            None => directories::ProjectDirs::from("", "", "rungs")
                .map(|dirs| LadderCache::in_dir(dirs.cache_dir())),
        }
    }

    pub fn in_dir(dir: impl Into<PathBuf>) -> LadderCache {
        LadderCache { dir: dir.into() }
    }

    /// The entry file for the ladder at `file`.
    pub fn entry_path(&self, file: &Path) -> PathBuf {
        let path = fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
        let name = xxh3_64(path.as_os_str().as_encoded_bytes());
        self.dir.join(format!("{name:016x}.rkyv"))
    }

    /// The archived ladder for `file` if its entry was built from content with `hash` by this
    /// build, and is intact. Read it with [`LadderArchive::archived`]; `None` means "parse
    /// the file".
    pub fn read_archive(&self, file: &Path, hash: ContentHash) -> Option<LadderArchive> {
        let (built_from, archive) = self.read_intact(file)?;
        (built_from == hash).then_some(archive)
    }

    /// Hashes `file` on one core while reading its entry on the other (the two are the bulk
    /// of loading a big cached ladder), then checks that they agree.
    fn read_archive_of_file(&self, file: &Path) -> Option<LadderArchive> {
        let (hash, entry) = rayon::join(|| ContentHash::of_file(file), || self.read_intact(file));
        let (built_from, archive) = entry?;
        (built_from == hash.ok()?).then_some(archive)
    }

    /// The entry for `file` and the content hash it was built from, if it was written by
    /// this build and its payload is intact.
    fn read_intact(&self, file: &Path) -> Option<(ContentHash, LadderArchive)> {
        // A hostile entry (a huge sparse file, a link to /dev/zero, a FIFO) is refused unread,
        // like any other broken entry.
        let entry = open_regular(&self.entry_path(file), MAX_ENTRY_BYTES).ok()?;
        let length = entry.metadata().ok()?.len();
        let mut bytes = AlignedVec::<16>::with_capacity(usize::try_from(length).ok()?);
        bytes.extend_from_reader(&mut entry.take(MAX_ENTRY_BYTES)).ok()?;
        let header = bytes.get(..HEADER_LEN)?;
        let field = |at: usize, len: usize| header.get(at..at + len);
        let u64_at = |at| Some(u64::from_le_bytes(field(at, 8)?.try_into().ok()?));
        let built_from = ContentHash(u128::from_le_bytes(field(24, 16)?.try_into().ok()?));
        let payload = bytes.get(HEADER_LEN..)?;
        let intact = field(0, 16)? == MAGIC
            && u64_at(16)? == schema_fingerprint()
            && u64_at(48)? == payload.len() as u64
            && u64_at(40)? == xxh3_64(payload);
        intact.then_some((built_from, LadderArchive { bytes }))
    }

    /// The ladder for `file`, decoded from its entry (see [`LadderCache::read_archive`]).
    pub fn read(&self, file: &Path, hash: ContentHash) -> Option<Ladder> {
        let archive = self.read_archive(file, hash)?;
        rkyv::deserialize::<Ladder, rancor::Error>(archive.archived()?).ok()
    }

    /// Stores `ladder`, parsed from content with `hash`, as the entry for `file`. Failing to
    /// write is not an error: the next run parses the file again.
    pub fn write(&self, file: &Path, hash: ContentHash, ladder: &Ladder) {
        let _ = self.try_write(file, hash, ladder);
    }

    fn try_write(&self, file: &Path, hash: ContentHash, ladder: &Ladder) -> Option<()> {
        let payload = rkyv::to_bytes::<rancor::Error>(ladder).ok()?;
        let mut header = [0u8; HEADER_LEN];
        header[..16].copy_from_slice(MAGIC);
        header[16..24].copy_from_slice(&schema_fingerprint().to_le_bytes());
        header[24..40].copy_from_slice(&hash.0.to_le_bytes());
        header[40..48].copy_from_slice(&xxh3_64(&payload).to_le_bytes());
        header[48..56].copy_from_slice(&(payload.len() as u64).to_le_bytes());
        fs::create_dir_all(&self.dir).ok()?;
        let mut temp = tempfile::NamedTempFile::new_in(&self.dir).ok()?;
        temp.write_all(&header).ok()?;
        temp.write_all(&payload).ok()?;
        temp.persist(self.entry_path(file)).ok()?;
        Some(())
    }
}

/// An intact cache entry's bytes, read but not yet decoded.
pub struct LadderArchive {
    bytes: AlignedVec<16>,
}

impl LadderArchive {
    /// The ladder, read in place. Checks the archive's structure (bounds, UTF-8) first, so
    /// even a hand-edited entry that passes the checksum cannot cause harm: it reads as `None`.
    pub fn archived(&self) -> Option<&ArchivedLadder> {
        let payload = self.bytes.get(HEADER_LEN..)?;
        rkyv::access::<ArchivedLadder, rancor::Error>(payload).ok()
    }
}

/// Reads the ladder file at `file` through `cache`: from its entry when it has one built from
/// these bytes, else by parsing (and then caching what parsed).
pub fn parse_cached(
    cache: Option<&LadderCache>,
    file: &Path,
    bytes: &[u8],
) -> Result<Ladder, Vec<super::Diagnostic>> {
    let Some(cache) = cache else {
        return super::parse_ladder(file, bytes);
    };
    let hash = ContentHash::of_bytes(bytes);
    if let Some(ladder) = cache.read(file, hash) {
        return Ok(ladder);
    }
    let ladder = super::parse_ladder(file, bytes)?;
    cache.write(file, hash, &ladder);
    Ok(ladder)
}

/// Identifies the archive layout of this build: the crate version and the archived bytes of
/// a probe ladder that sets every field to a distinct value. Adding, removing, retyping or
/// reordering a schema field changes the probe's bytes, so old entries stop matching without
/// anyone having to remember to bump a number.
pub fn schema_fingerprint() -> u64 {
    static FINGERPRINT: OnceLock<u64> = OnceLock::new();
    *FINGERPRINT.get_or_init(|| {
        let mut hasher = Xxh3::new();
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        if let Ok(bytes) = rkyv::to_bytes::<rancor::Error>(&probe()) {
            hasher.update(&bytes);
        }
        hasher.digest()
    })
}

/// A ladder that sets every field of every type to a distinct value (also used to check the
/// validator's tables against the schema).
pub(crate) fn probe() -> Ladder {
    let text = |name: &str| name.to_string();
    let list = |name: &str| vec![format!("{name}-1"), format!("{name}-2")];
    let items = |name: &str| {
        vec![
            Item {
                pinned: Some(format!("{name}-pinned")),
                text: text(name),
            },
            Item::new(format!("{name}-2")),
        ]
    };
    let skill = |name: &str| Skill {
        id: format!("{name}-id"),
        name: format!("{name}-name"),
        area: Some(format!("{name}-area")),
        summary: Some(format!("{name}-summary")),
        examples: list(&format!("{name}-examples")),
        formerly: list(&format!("{name}-formerly")),
    };
    let level = |name: &str| Level {
        id: format!("{name}-id"),
        title: format!("{name}-title"),
        short: Some(format!("{name}-short")),
        code: Some(format!("{name}-code")),
        aliases: list(&format!("{name}-aliases")),
        years: Some(format!("{name}-years")),
        min_points: Some(7),
        alongside: Some(format!("{name}-alongside")),
        summary: Some(format!("{name}-summary")),
        changes: list(&format!("{name}-changes")),
        responsibilities: items(&format!("{name}-responsibilities")),
        success: items(&format!("{name}-success")),
        notes: list(&format!("{name}-notes")),
        skills: vec![skill(&format!("{name}-skill"))],
    };
    Ladder {
        meta: LadderMeta {
            id: text("ladder-id"),
            title: text("ladder-title"),
            summary: Some(text("ladder-summary")),
            principles: list("principles"),
        },
        areas: vec![Area {
            id: text("area-id"),
            name: text("area-name"),
            summary: Some(text("area-summary")),
        }],
        levels: vec![level("level")],
        tracks: vec![Track {
            id: text("track-id"),
            kind: TrackKind::Adjacent,
            title: text("track-title"),
            titles: list("titles"),
            summary: Some(text("track-summary")),
            differences: list("differences"),
            responsibilities: items("track-responsibilities"),
            success: items("track-success"),
            notes: list("track-notes"),
            skills: vec![skill("track-skill")],
            levels: vec![level("track-level")],
        }],
        competencies: vec![Competency {
            id: text("competency-id"),
            name: text("competency-name"),
            area: Some(text("competency-area")),
            summary: Some(text("competency-summary")),
            formerly: list("competency-formerly"),
            milestones: vec![Milestone {
                id: Some(text("milestone-id")),
                title: Some(text("milestone-title")),
                text: Some(text("milestone-text")),
                level: list("milestone-level"),
                points: Some(3),
                signals: list("milestone-signals"),
                examples: list("milestone-examples"),
            }],
        }],
    }
}

/// The archives of every ladder file under `paths` (files, or directories of `*.toml`), when
/// every one has an intact entry; `None` sends the caller to the full loader, which parses,
/// reports problems and fills the cache.
pub fn read_archives(cache: &LadderCache, paths: &[PathBuf]) -> Option<Vec<LadderArchive>> {
    let mut archives = Vec::new();
    for path in paths {
        for file in super::load::expand(path).ok()? {
            archives.push(cache.read_archive_of_file(&file)?);
        }
    }
    Some(archives)
}

/// Every archived ladder, read in place, unless one fails its structure check or two share
/// a ladder id (an error that only the full loader reports, with file names).
pub fn archived_ladders(archives: &[LadderArchive]) -> Option<Vec<&ArchivedLadder>> {
    let ladders: Vec<&ArchivedLadder> = archives
        .iter()
        .map(LadderArchive::archived)
        .collect::<Option<_>>()?;
    let mut ids = std::collections::HashSet::new();
    ladders
        .iter()
        .all(|ladder| ids.insert(ladder.meta.id.as_str()))
        .then_some(ladders)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load_paths_with;

    fn ladder_toml(skill_name: &str) -> String {
        format!(
            "[ladder]\nid = \"t\"\ntitle = \"T\"\n[[levels]]\nid = \"one\"\ntitle = \"One\"\n\
             [[levels.skills]]\nid = \"s\"\nname = \"{skill_name}\"\n"
        )
    }

    struct Setup {
        _dir: tempfile::TempDir,
        file: PathBuf,
        cache: LadderCache,
    }

    fn setup(skill_name: &str) -> Setup {
        let dir = tempfile::tempdir().expect("a temp dir");
        let file = dir.path().join("ladder.toml");
        fs::write(&file, ladder_toml(skill_name)).expect("write the ladder");
        let cache = LadderCache::in_dir(dir.path().join("cache"));
        Setup {
            _dir: dir,
            file,
            cache,
        }
    }

    fn skill_name(setup: &Setup) -> String {
        let ladders =
            load_paths_with(std::slice::from_ref(&setup.file), Some(&setup.cache)).expect("the ladder loads");
        ladders[0].levels[0].skills[0].name.clone()
    }

    fn cached_name(setup: &Setup) -> Option<String> {
        let hash = ContentHash::of_file(&setup.file).expect("hash the file");
        let archive = setup.cache.read_archive(&setup.file, hash)?;
        Some(archive.archived()?.levels[0].skills[0].name.to_string())
    }

    #[test]
    fn a_loaded_ladder_is_cached_and_read_back() {
        let setup = setup("Hiring");
        assert_eq!(cached_name(&setup), None);
        assert_eq!(skill_name(&setup), "Hiring");
        assert_eq!(cached_name(&setup).as_deref(), Some("Hiring"));
        assert_eq!(skill_name(&setup), "Hiring", "second load comes from the cache");
    }

    #[test]
    fn changed_content_is_never_served_stale() {
        let setup = setup("Hiring");
        assert_eq!(skill_name(&setup), "Hiring");
        fs::write(&setup.file, ladder_toml("Coaching")).expect("edit the ladder");
        assert_eq!(skill_name(&setup), "Coaching");
        assert_eq!(cached_name(&setup).as_deref(), Some("Coaching"));
    }

    #[test]
    fn corrupt_entries_are_ignored_and_rebuilt() {
        let setup = setup("Hiring");
        skill_name(&setup);
        let entry = setup.cache.entry_path(&setup.file);
        let good = fs::read(&entry).expect("the entry exists");
        let mut flipped = good.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 0x55;
        let corruptions = [
            Vec::new(),
            b"garbage".to_vec(),
            good[..HEADER_LEN + 3].to_vec(),
            flipped,
        ];
        for corrupt in corruptions {
            fs::write(&entry, &corrupt).expect("corrupt the entry");
            assert_eq!(cached_name(&setup), None, "corrupt entry must not be read");
            assert_eq!(skill_name(&setup), "Hiring");
            assert_eq!(cached_name(&setup).as_deref(), Some("Hiring"), "entry rebuilt");
        }
    }

    #[cfg(unix)]
    #[test]
    fn hostile_entries_are_ignored_unread() {
        let setup = setup("Hiring");
        let entry = setup.cache.entry_path(&setup.file);
        fs::create_dir_all(entry.parent().expect("a parent")).expect("mkdir");
        let fifo = std::ffi::CString::new(entry.as_os_str().as_encoded_bytes()).expect("path");
        let plant: [&dyn Fn(); 3] = [
            // A 40 GB sparse file: costs no disk, would cost 40 GB of memory to read.
            &|| {
                fs::File::create(&entry)
                    .and_then(|f| f.set_len(40 << 30))
                    .expect("sparse")
            },
            &|| std::os::unix::fs::symlink("/dev/zero", &entry).expect("link"),
            // SAFETY: a valid C string; mkfifo only creates a node.
            &|| assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0, "mkfifo"),
        ];
        for plant in plant {
            let _ = fs::remove_file(&entry);
            plant();
            assert_eq!(cached_name(&setup), None, "a hostile entry is never read");
            assert_eq!(skill_name(&setup), "Hiring", "the ladder loads from its file");
        }
    }

    #[test]
    fn an_unwritable_cache_is_not_an_error() {
        let setup = setup("Hiring");
        // A file where the cache directory should be: nothing can be written there.
        fs::write(setup.file.with_file_name("cache"), "not a directory").expect("block it");
        assert_eq!(skill_name(&setup), "Hiring");
        assert_eq!(cached_name(&setup), None);
    }

    #[test]
    fn problems_are_reported_the_same_with_or_without_a_cache() {
        let setup = setup("Hiring");
        fs::write(&setup.file, "[ladder]\nid = \"Bad Id\"\n").expect("write a bad ladder");
        let paths = std::slice::from_ref(&setup.file);
        let with = load_paths_with(paths, Some(&setup.cache)).expect_err("invalid");
        let without = load_paths_with(paths, None).expect_err("invalid");
        assert_eq!(with.to_string(), without.to_string());
        assert!(
            !setup.cache.entry_path(&setup.file).exists(),
            "errors are never cached"
        );
    }

    #[test]
    fn archives_of_a_directory_need_every_file_cached() {
        let setup = setup("Hiring");
        let dir = setup.file.parent().expect("a parent").to_path_buf();
        let paths = [dir];
        assert!(
            read_archives(&setup.cache, &paths).is_none(),
            "nothing cached yet"
        );
        load_paths_with(&paths, Some(&setup.cache)).expect("loads");
        let archives = read_archives(&setup.cache, &paths).expect("all cached");
        let ladders = archived_ladders(&archives).expect("intact");
        assert_eq!(ladders.len(), 1);
        assert_eq!(ladders[0].meta.id.as_str(), "t");
    }

    /// An entry written by a build whose schema differs (another fingerprint) is never read
    /// as this build's ladder: it is ignored and rebuilt.
    #[test]
    fn an_entry_from_another_schema_is_ignored() {
        let setup = setup("Hiring");
        skill_name(&setup);
        let entry = setup.cache.entry_path(&setup.file);
        let mut other_build = fs::read(&entry).expect("the entry exists");
        let foreign = (schema_fingerprint() ^ 1).to_le_bytes();
        other_build[16..24].copy_from_slice(&foreign);
        fs::write(&entry, &other_build).expect("stamp the entry with another fingerprint");
        assert_eq!(cached_name(&setup), None, "another schema's entry is not read");
        assert_eq!(skill_name(&setup), "Hiring");
        assert_eq!(
            cached_name(&setup).as_deref(),
            Some("Hiring"),
            "and it is rebuilt"
        );
    }
}
