// The store's files before SQLite sees them. SQLite opens whatever it is
// given: a FIFO blocks it forever and a directory gives a confusing message,
// so paths are checked first. New stores are built under a temporary name
// and renamed into place, so a failed `init` (a full disk, a crash) leaves no
// half-made store behind to be mistaken for a real one.
#include "store_files.hpp"

#include "boardroom/core/error.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace boardroom::io::store_detail {

namespace fs = std::filesystem;

namespace {

const char* kind_of(fs::file_type type) {
    switch (type) {
    case fs::file_type::directory: return "a directory";
    case fs::file_type::fifo: return "a named pipe (FIFO)";
    case fs::file_type::block: return "a block device";
    case fs::file_type::character: return "a character device";
    case fs::file_type::socket: return "a socket";
    default: return "not a regular file";
    }
}

std::string errno_text(int error) { return std::strerror(error); }

/// fsync, retried on EINTR; returns errno or 0.
int sync_fd(int fd) {
    while (::fsync(fd) != 0)
        if (errno != EINTR) return errno;
    return 0;
}

int sync_path(const fs::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return errno;
    const int error = sync_fd(fd);
    ::close(fd);
    return error;
}

/// Moves `from` to `to` unless `to` exists: 0, EEXIST, or another errno.
int rename_no_replace(const fs::path& from, const fs::path& to) {
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) return errno;
#endif
    // File systems without renameat2's flag: a hard link also fails if the
    // name is taken; the temporary name is then removed by the destructor.
    if (::link(from.c_str(), to.c_str()) == 0) {
        ::unlink(from.c_str());
        return 0;
    }
    if (errno == EEXIST) return EEXIST;
    if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP && errno != EMLINK) return errno;
    // Neither (FAT, some network shares): check, then rename. Another
    // program creating the store in between is the one remaining race.
    struct stat existing {};
    if (::lstat(to.c_str(), &existing) == 0) return EEXIST;
    return ::rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
}

} // namespace

void check_regular_files(const fs::path& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        fs::path file = path;
        file += suffix;
        std::error_code ec;
        const auto status = fs::status(file, ec);  // follows links: a link to a store is fine
        if (ec || status.type() == fs::file_type::not_found || status.type() == fs::file_type::regular) continue;
        const std::string what = *suffix == '\0' ? "the store path" : "the store's " + std::string(suffix + 1) + " file";
        throw StorageError(file.string(), what + " is " + kind_of(status.type()) +
                                              ", not a file boardroom can keep a store in");
    }
}

TempStoreFile::TempStoreFile(const fs::path& target) : target_(target) {
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    // Not mkstemp: its 0600 would make the store private to its creator,
    // where SQLite creates stores 0644 less the umask, as other files.
    std::random_device entropy;
    int error = 0;
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string leaf(".");
        leaf.append(target.filename().string()).append(".new-").append(std::to_string(entropy()));
        const fs::path candidate = directory / leaf;
        const int fd = ::open(candidate.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd >= 0) {
            ::close(fd);
            path_ = candidate;
            return;
        }
        error = errno;
        if (error != EEXIST) break;
    }
    throw StorageError(target.string(), "cannot create a new store in " + directory.string() + ": " + errno_text(error));
}

TempStoreFile::~TempStoreFile() {
    if (published_) return;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
        fs::path file = path_;
        file += suffix;
        std::error_code ec;
        fs::remove(file, ec);
    }
}

bool TempStoreFile::publish() {
    // SQLite synced every commit; this covers a store that was never written.
    if (const int error = sync_path(path_, O_RDWR); error != 0)
        throw StorageError(target_.string(), "cannot write the new store: " + errno_text(error));
    const int error = rename_no_replace(path_, target_);
    if (error == EEXIST) return false;
    if (error != 0)
        throw StorageError(target_.string(), "cannot move the new store into place: " + errno_text(error));
    published_ = true;
    // The new directory entry must reach the disk too; some file systems
    // cannot sync a directory, and the store itself is already safe then.
    sync_path(target_.has_parent_path() ? target_.parent_path() : fs::path("."), O_RDONLY | O_DIRECTORY);
    return true;
}

bool has_pending_wal(const fs::path& path) {
    fs::path wal = path;
    wal += "-wal";
    std::error_code ec;
    const auto size = fs::file_size(wal, ec);
    return !ec && size > 0;
}

std::string immutable_uri(const fs::path& path) {
    // Characters a URI path cannot hold as they are.
    std::string uri = "file:";
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    for (const unsigned char c : (ec ? path : absolute).string()) {
        if (c == '%' || c == '?' || c == '#' || c <= 0x20 || c >= 0x7f) {
            static constexpr char hex[] = "0123456789ABCDEF";
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 0x0f];
        } else {
            uri += static_cast<char>(c);
        }
    }
    return uri + "?mode=ro&immutable=1";
}

} // namespace boardroom::io::store_detail
