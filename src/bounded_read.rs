//! Reading files rungs did not make, without hanging or running out of memory.
//!
//! A path can name anything: a FIFO nobody writes to (opening it blocks for ever), `/dev/zero`
//! (endless), a 40 GB sparse file, a socket. Every file rungs reads goes through here: it is
//! checked to be a regular file (or, where asked for, a pipe such as `/dev/stdin`) before it is
//! opened, opened without blocking, checked again on the open handle (the path may have been
//! swapped meanwhile), and read with a byte limit.

use std::fmt;
use std::fs::{self, File, Metadata};
use std::io::{self, Read};
use std::path::Path;

/// What a path turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Regular,
    Directory,
    Pipe,
    CharDevice,
    BlockDevice,
    Socket,
    Other,
}

impl FileKind {
    pub fn of(metadata: &Metadata) -> FileKind {
        let kind = metadata.file_type();
        if kind.is_file() {
            return FileKind::Regular;
        }
        if kind.is_dir() {
            return FileKind::Directory;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if kind.is_fifo() {
                return FileKind::Pipe;
            }
            if kind.is_char_device() {
                return FileKind::CharDevice;
            }
            if kind.is_block_device() {
                return FileKind::BlockDevice;
            }
            if kind.is_socket() {
                return FileKind::Socket;
            }
        }
        FileKind::Other
    }

    /// "a directory", "a character device", …: what to call it in a message.
    pub fn described(self) -> &'static str {
        match self {
            FileKind::Regular => "a regular file",
            FileKind::Directory => "a directory",
            FileKind::Pipe => "a pipe (FIFO)",
            FileKind::CharDevice => "a character device",
            FileKind::BlockDevice => "a block device",
            FileKind::Socket => "a socket",
            FileKind::Other => "not a regular file",
        }
    }
}

/// Whether a pipe is an acceptable input, as `--content /dev/stdin` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accept {
    RegularOnly,
    RegularOrPipe,
}

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    Missing,
    NotAFile(FileKind),
    TooLarge { limit: u64 },
    Io(io::Error),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Missing => f.write_str("no such file"),
            ReadError::NotAFile(kind) => write!(f, "it is {}, not a regular file", kind.described()),
            ReadError::TooLarge { limit } => {
                write!(
                    f,
                    "it is larger than {} MB, more than rungs reads",
                    limit / (1024 * 1024)
                )
            }
            ReadError::Io(error) => write!(f, "{error}"),
        }
    }
}

impl From<io::Error> for ReadError {
    fn from(error: io::Error) -> Self {
        if error.kind() == io::ErrorKind::NotFound {
            ReadError::Missing
        } else {
            ReadError::Io(error)
        }
    }
}

/// A file's bytes, and whether they came from a file that can be read again (a regular file)
/// or from a pipe whose bytes are gone once read.
#[derive(Debug)]
pub struct Input {
    pub bytes: Vec<u8>,
    pub seekable: bool,
}

/// Reads the file at `path`, at most `limit` bytes, if it is a regular file (or a pipe, when
/// `accept` allows). Never blocks on opening and never reads a device.
pub fn read_bounded(path: &Path, limit: u64, accept: Accept) -> Result<Input, ReadError> {
    let (file, kind) = open_checked(path, limit, accept)?;
    if kind == FileKind::Pipe {
        blocking(&file)?;
    }
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { limit });
    }
    Ok(Input {
        bytes,
        seekable: kind == FileKind::Regular,
    })
}

/// Opens the regular file at `path` for reading if it holds at most `limit` bytes. Read it
/// with `Read::take(limit)`: it may grow after the check.
pub fn open_regular(path: &Path, limit: u64) -> Result<File, ReadError> {
    open_checked(path, limit, Accept::RegularOnly).map(|(file, _)| file)
}

fn open_checked(path: &Path, limit: u64, accept: Accept) -> Result<(File, FileKind), ReadError> {
    // Checked by path first, so a socket or device is never even opened (opening can have
    // effects on a device), then again on the handle, in case the path changed in between.
    check(&fs::metadata(path)?, limit, accept)?;
    let file = open_nonblocking(path)?;
    let kind = check(&file.metadata()?, limit, accept)?;
    Ok((file, kind))
}

fn check(metadata: &Metadata, limit: u64, accept: Accept) -> Result<FileKind, ReadError> {
    match FileKind::of(metadata) {
        FileKind::Regular if metadata.len() > limit => Err(ReadError::TooLarge { limit }),
        FileKind::Regular => Ok(FileKind::Regular),
        FileKind::Pipe if accept == Accept::RegularOrPipe => Ok(FileKind::Pipe),
        other => Err(ReadError::NotAFile(other)),
    }
}

/// Opening a FIFO for reading blocks until someone opens it for writing; with O_NONBLOCK it
/// returns at once, and a FIFO with no writer then reads as empty instead of hanging.
#[cfg(unix)]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// Turns O_NONBLOCK off again, so reading a pipe waits for its writer's data.
#[cfg(unix)]
fn blocking(file: &File) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    let fd = file.as_raw_fd();
    // SAFETY: fcntl on a descriptor we own, with flags it just reported.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: as above.
    if unsafe { libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

#[cfg(not(unix))]
fn blocking(_file: &File) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: u64 = 1024;

    #[test]
    fn a_regular_file_is_read_whole() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.toml");
        fs::write(&path, "hello").expect("write");
        let input = read_bounded(&path, LIMIT, Accept::RegularOnly).expect("reads");
        assert_eq!(input.bytes, b"hello");
        assert!(input.seekable);
    }

    #[test]
    fn a_file_over_the_limit_is_refused_unread() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("big");
        let file = File::create(&path).expect("create");
        // Sparse: costs no disk, but reading it would cost 40 GB of memory.
        file.set_len(40 << 30).expect("set_len");
        let error = read_bounded(&path, LIMIT, Accept::RegularOnly).expect_err("too large");
        assert!(matches!(error, ReadError::TooLarge { limit: LIMIT }), "{error}");
    }

    #[test]
    fn directories_and_missing_files_are_told_apart() {
        let dir = tempfile::tempdir().expect("temp dir");
        let error = read_bounded(dir.path(), LIMIT, Accept::RegularOrPipe).expect_err("a dir");
        assert!(
            matches!(error, ReadError::NotAFile(FileKind::Directory)),
            "{error}"
        );
        let error = read_bounded(&dir.path().join("nope"), LIMIT, Accept::RegularOnly).expect_err("missing");
        assert!(matches!(error, ReadError::Missing), "{error}");
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_never_read() {
        for device in ["/dev/zero", "/dev/urandom", "/dev/null"] {
            let error = read_bounded(Path::new(device), LIMIT, Accept::RegularOrPipe).expect_err(device);
            assert!(
                matches!(error, ReadError::NotAFile(FileKind::CharDevice)),
                "{device}: {error}"
            );
            assert!(error.to_string().contains("character device"), "{error}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_nobody_writes_to_is_refused_or_empty_never_a_hang() {
        let dir = tempfile::tempdir().expect("temp dir");
        let fifo = dir.path().join("fifo");
        let name = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).expect("path");
        // SAFETY: a valid C string; mkfifo only creates a node.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0, "mkfifo");
        let error = read_bounded(&fifo, LIMIT, Accept::RegularOnly).expect_err("not regular");
        assert!(matches!(error, ReadError::NotAFile(FileKind::Pipe)), "{error}");
        let input = read_bounded(&fifo, LIMIT, Accept::RegularOrPipe).expect("no writer: empty");
        assert!(input.bytes.is_empty());
        assert!(!input.seekable);
    }
}
