// A thin RAII layer over the SQLite C API for the store: a connection that
// turns every failure into a StorageError naming the file, prepared statements
// that bind and read the model's value types, and a transaction that rolls
// back unless committed. Private to the library (sqlite3.h stays out of the
// public headers).
#pragma once

#include "boardroom/core/date.hpp"
#include "boardroom/core/id.hpp"

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::io::store_detail {

/// The message every busy failure carries, so callers and tests can rely on it.
inline constexpr std::string_view busy_message = "the store is busy: another program is writing to it";

class Db {
public:
    /// Opens `path`, or `uri` (an SQLite file: URI for the same file) if it
    /// is given; messages always name `path`.
    Db(const std::filesystem::path& path, int flags, const std::string& uri = {});
    ~Db();
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    sqlite3* handle() const noexcept { return db_; }
    const std::string& path() const noexcept { return path_; }

    /// Runs one or more statements that return no rows.
    void exec(const std::string& sql);
    /// The first column of the first row of `sql` as an integer (0 if no row).
    std::int64_t scalar(const std::string& sql);

    /// The rowid of the last row this connection inserted.
    std::int64_t last_insert_id() const noexcept { return sqlite3_last_insert_rowid(db_); }

    /// Throws the StorageError for SQLite result `code`: the busy message for
    /// SQLITE_BUSY / SQLITE_LOCKED, otherwise `context` and SQLite's message.
    [[noreturn]] void fail(int code, std::string_view context) const;

private:
    sqlite3* db_{nullptr};
    std::string path_;
};

/// `value` as a message may quote it: valid UTF-8 kept, anything else (a
/// damaged byte, a control character) written as \xHH, cut after 60
/// characters. A message stays text even when the store's content does not.
std::string printable(std::string_view value);

/// A prepared statement, reset before each use so it can be kept for a loop.
class Statement {
public:
    Statement(Db& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// Binds the arguments to ?1, ?2, ... and runs to completion.
    template <class... Args>
    void run(const Args&... args) {
        start(args...);
        if (step()) db_->fail(SQLITE_MISUSE, "a write statement returned rows");
    }

    /// Binds the arguments; then call next() for each row.
    template <class... Args>
    Statement& query(const Args&... args) {
        start(args...);
        return *this;
    }
    /// Advances to the next row; false when there are no more.
    bool next() { return step(); }

    bool is_null(int column) const;
    std::int64_t integer(int column) const;
    int int32(int column) const;
    std::size_t size(int column) const;
    bool boolean(int column) const { return integer(column) != 0; }
    std::string text(int column) const;
    /// NULL reads as an unset Date (a date the model left empty).
    Date date(int column) const;
    std::optional<Date> optional_date(int column) const;
    std::optional<TimeOfDay> optional_time(int column) const;
    std::optional<bool> optional_bool(int column) const;
    /// NULL reads as an unassigned id (0).
    template <class IdType>
    IdType id(int column) const {
        return IdType{is_null(column) ? 0 : integer(column)};
    }

private:
    template <class... Args>
    void start(const Args&... args) {
        reset();
        int index = 0;
        (bind(++index, args), ...);
    }
    void reset();
    bool step();

    void bind(int index, std::nullptr_t);
    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, static_cast<std::int64_t>(value)); }
    void bind(int index, std::size_t value) { bind(index, static_cast<std::int64_t>(value)); }
    void bind(int index, bool value) { bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    void bind(int index, std::string_view value);
    void bind(int index, const std::string& value) { bind(index, std::string_view(value)); }
    void bind(int index, const char* value) { bind(index, std::string_view(value)); }
    /// An unset date (not ok()) is stored as NULL.
    void bind(int index, const Date& value);
    void bind(int index, const TimeOfDay& value);
    template <class T>
    void bind(int index, const std::optional<T>& value) {
        if (value)
            bind(index, *value);
        else
            bind(index, nullptr);
    }
    /// An unassigned id (0) is stored as NULL: "no such link".
    template <class Tag>
    void bind(int index, const Id<Tag>& value) {
        if (value.valid())
            bind(index, value.value());
        else
            bind(index, nullptr);
    }

    Db* db_;
    sqlite3_stmt* stmt_{nullptr};
    std::string sql_;
};

/// Writes a list of strings as rows (keys..., seq, value) of a child table.
template <class... Keys>
void write_strings(Statement& insert, const std::vector<std::string>& values, const Keys&... keys) {
    for (std::size_t i = 0; i < values.size(); ++i) insert.run(keys..., i, values[i]);
}

/// Reads the first column of every row of `query` bound to `keys`.
template <class... Keys>
std::vector<std::string> read_strings(Statement& query, const Keys&... keys) {
    std::vector<std::string> out;
    query.query(keys...);
    while (query.next()) out.push_back(query.text(0));
    return out;
}

/// BEGIN IMMEDIATE (a write: takes the write lock now, so a second writer is
/// told at once that the store is busy) or BEGIN (a read: one consistent
/// snapshot across all its queries). Rolls back in the destructor unless
/// commit() was called, so any exception leaves the store as it was.
class Transaction {
public:
    enum class Kind { read, write };
    Transaction(Db& db, Kind kind);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Db& db_;
    bool open_{false};
};

} // namespace boardroom::io::store_detail
