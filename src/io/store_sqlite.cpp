// The SQLite layer of the store: errors become StorageErrors naming the file,
// and a busy store says so in words an officer understands.
#include "store_sqlite.hpp"

#include "boardroom/core/error.hpp"

namespace boardroom::io::store_detail {

Db::Db(const std::filesystem::path& path, int flags, const std::string& uri) : path_(path.string()) {
    const int rc = uri.empty() ? sqlite3_open_v2(path_.c_str(), &db_, flags, nullptr)
                               : sqlite3_open_v2(uri.c_str(), &db_, flags | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
        // sqlite3_open_v2 returns a handle even on failure; it holds the message.
        const std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close(db_);
        db_ = nullptr;
        throw StorageError(path_, "cannot open the store: " + message);
    }
    sqlite3_extended_result_codes(db_, 1);
}

Db::~Db() {
    // Statements are finalised by their owners first; close_v2 copes if not.
    sqlite3_close_v2(db_);
}

void Db::fail(int code, std::string_view context) const {
    const int primary = code & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) throw StorageError(path_, std::string(busy_message));
    std::string message(context);
    message += ": ";
    message += db_ != nullptr && sqlite3_errcode(db_) == code ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
    if (primary == SQLITE_NOTADB) message = "not a boardroom store (the file is not an SQLite database)";
    throw StorageError(path_, message);
}

void Db::exec(const std::string& sql) {
    const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) fail(rc, "cannot run '" + sql.substr(0, 60) + "'");
}

std::int64_t Db::scalar(const std::string& sql) {
    Statement statement(*this, sql);
    statement.query();
    return statement.next() ? statement.integer(0) : 0;
}

std::string printable(std::string_view value) {
    constexpr std::size_t kMaxCharacters = 60;
    std::string out;
    std::size_t i = 0;
    for (std::size_t shown = 0; i < value.size() && shown < kMaxCharacters; ++shown) {
        const auto c = static_cast<unsigned char>(value[i]);
        const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
        bool valid = length != 0 && i + length <= value.size() && (length > 1 || c >= 0x20);
        for (std::size_t k = 1; valid && k < length; ++k)
            valid = (static_cast<unsigned char>(value[i + k]) >> 6) == 0x2;
        if (valid) {
            out.append(value.substr(i, length));
            i += length;
        } else {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xf];
            ++i;
        }
    }
    if (i < value.size()) out += "...";
    return out;
}

Statement::Statement(Db& db, std::string_view sql) : db_(&db), sql_(sql) {
    const int rc = sqlite3_prepare_v3(db.handle(), sql_.c_str(), static_cast<int>(sql_.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK) db.fail(rc, "cannot prepare '" + sql_.substr(0, 60) + "'");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    db_->fail(rc, "cannot run '" + sql_.substr(0, 60) + "'");
}

namespace {

void check_bind(Db& db, int rc) {
    if (rc != SQLITE_OK) db.fail(rc, "cannot bind a value");
}

} // namespace

void Statement::bind(int index, std::nullptr_t) { check_bind(*db_, sqlite3_bind_null(stmt_, index)); }

void Statement::bind(int index, std::int64_t value) { check_bind(*db_, sqlite3_bind_int64(stmt_, index, value)); }

void Statement::bind(int index, std::string_view value) {
    check_bind(*db_, sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
}

void Statement::bind(int index, const Date& value) {
    if (!value.ok()) return bind(index, nullptr);
    bind(index, to_iso_string(value));
}

void Statement::bind(int index, const TimeOfDay& value) { bind(index, to_string(value)); }

bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

int Statement::int32(int column) const { return sqlite3_column_int(stmt_, column); }

std::size_t Statement::size(int column) const { return static_cast<std::size_t>(integer(column)); }

std::string Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (data == nullptr) return {};
    return std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

Date Statement::date(int column) const {
    const auto value = optional_date(column);
    return value ? *value : Date{};
}

std::optional<Date> Statement::optional_date(int column) const {
    if (is_null(column)) return std::nullopt;
    const std::string value = text(column);
    const auto parsed = parse_iso_date(value);
    if (!parsed)
        throw StorageError(db_->path(), "the store holds '" + printable(value) + "' where a date should be (" +
                                            sql_.substr(0, 60) +
                                            "...); it was changed outside boardroom");
    return parsed;
}

std::optional<TimeOfDay> Statement::optional_time(int column) const {
    if (is_null(column)) return std::nullopt;
    const std::string value = text(column);
    const auto parsed = parse_time_of_day(value);
    if (!parsed)
        throw StorageError(db_->path(), "the store holds '" + printable(value) +
                                            "' where a time should be; it was changed "
                                        "outside boardroom");
    return parsed;
}

std::optional<bool> Statement::optional_bool(int column) const {
    if (is_null(column)) return std::nullopt;
    return boolean(column);
}

Transaction::Transaction(Db& db, Kind kind) : db_(db) {
    db_.exec(kind == Kind::write ? "BEGIN IMMEDIATE" : "BEGIN");
    open_ = true;
}

Transaction::~Transaction() {
    // Never throws: the transaction is being abandoned, usually because of an
    // exception already on its way out. If ROLLBACK itself fails, SQLite has
    // already rolled back (or will, when the connection closes).
    if (open_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT");
    open_ = false;
}

} // namespace boardroom::io::store_detail
