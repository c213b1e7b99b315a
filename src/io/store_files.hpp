// The store's file system side, before and around SQLite: refusing paths that
// are not regular files (SQLite would block on a FIFO), building a new store
// in a temporary file beside its final name and publishing it with one
// rename, and telling whether a read-only open can fall back to SQLite's
// immutable mode. Private to the library.
#pragma once

#include <filesystem>
#include <string>

namespace boardroom::io::store_detail {

/// Throws StorageError if `path`, or one of the files SQLite keeps beside it
/// (-wal, -shm, -journal), exists and is not a regular file (or a link to
/// one): a directory, a FIFO, a device or a socket. Nothing is opened.
void check_regular_files(const std::filesystem::path& path);

/// A new, empty file in the directory of `target` (".board.sqlite.new-<random>"),
/// removed with SQLite's companion files in the destructor unless published.
class TempStoreFile {
public:
    explicit TempStoreFile(const std::filesystem::path& target);
    ~TempStoreFile();
    TempStoreFile(const TempStoreFile&) = delete;
    TempStoreFile& operator=(const TempStoreFile&) = delete;

    const std::filesystem::path& path() const noexcept { return path_; }

    /// Flushes the file and moves it to the target name unless a file is
    /// already there, then flushes the directory so the new name survives a
    /// power cut. Returns false (and keeps the temporary file for the
    /// destructor) if the target exists; throws StorageError on failure.
    bool publish();

private:
    std::filesystem::path target_;
    std::filesystem::path path_;
    bool published_{false};
};

/// True if `path`-wal exists and holds frames: changes not yet copied into
/// the main file, which an immutable open would not see.
bool has_pending_wal(const std::filesystem::path& path);

/// The URI that opens `path` read-only as an unchanging file (no locks, no
/// -wal or -shm files): for stores on read-only media.
std::string immutable_uri(const std::filesystem::path& path);

} // namespace boardroom::io::store_detail
