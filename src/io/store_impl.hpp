// Store::Impl: the connection behind a Store, and the revision check that
// stops one program's save from silently replacing another's.
//
// Every write adds one to the store's revision, in its own transaction. A
// handle remembers the revision it last read or wrote; a write that replaces
// stored content (save, save_register, save_plan, ...) first checks, under
// the write lock, that nobody else has written since, and is refused
// otherwise. Appending writes (record_action_status, add_rating, ...) read the
// stored state inside their own transaction, so they need no check.
//
// The revision is a row of the store_meta table, created by the first write
// that needs it (CREATE TABLE IF NOT EXISTS) rather than by a migration: the
// schema version stays as it is, an older boardroom ignores the table, and a
// store that has none is at revision 0.
#pragma once

#include "boardroom/core/error.hpp"
#include "boardroom/io/store.hpp"
#include "store_sqlite.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boardroom::io {

namespace store_detail {

/// The revision committed in the store, read in the caller's transaction.
std::int64_t stored_revision(Db& db);
/// Sets it, creating store_meta if the store has none yet.
void write_revision(Db& db, std::int64_t revision);
/// The StorageError message for a save refused because of another's save.
std::string changed_message(std::int64_t loaded, std::int64_t now);
/// Appends `changes` to the audit trail (schema version 5 on; an older store,
/// kept at its version for an older boardroom, has no trail to write).
void write_audit(Db& db, int schema_version, std::int64_t revision, const std::string& user,
                 std::string_view operation, const std::vector<StoreChange>& changes);

} // namespace store_detail

struct Store::Impl {
    Impl(const std::filesystem::path& p, int flags, const std::string& open_as, StoreOptions o, bool read_only_)
        : path(p), db(p, flags, open_as), options(std::move(o)), read_only(read_only_) {}

    std::filesystem::path path;
    store_detail::Db db;
    StoreOptions options;
    bool read_only{false};
    int version{0};
    /// The revision this handle last read or wrote; empty until the first.
    std::optional<std::int64_t> known_revision;

    void require_writable() const {
        if (read_only) throw StorageError(db.path(), "the store was opened read-only");
    }

    void require_version(int needed, std::string_view what) const {
        if (version < needed)
            throw StorageError(db.path(), "the store has schema version " + std::to_string(version) + ", which holds no " +
                                              std::string(what) + "; open it read-write with this boardroom to upgrade it");
    }

    enum class Check { replaces, appends };

    /// One write transaction. `replaces`: refused if another handle wrote
    /// since this one last read or wrote (a handle that has done neither
    /// writes blind, as an import does). `body` returns the changes it made,
    /// which go into the audit trail under `operation` in the same transaction.
    template <class F>
    void write(Check check, std::string_view operation, F&& body) {
        require_writable();
        store_detail::Transaction transaction(db, store_detail::Transaction::Kind::write);
        const std::int64_t current = store_detail::stored_revision(db);
        if (check == Check::replaces && known_revision && *known_revision != current)
            throw StorageError(db.path(), store_detail::changed_message(*known_revision, current));
        const std::vector<StoreChange> changes = body();
        store_detail::write_revision(db, current + 1);
        store_detail::write_audit(db, version, current + 1, options.user, operation, changes);
        transaction.commit();
        // An appending write after someone else's does not make this handle's
        // older reads current: only advance if nobody wrote in between.
        if (!known_revision || *known_revision == current) known_revision = current + 1;
    }

    enum class Refresh { all, if_unset };

    /// One read transaction. Refresh::all (a whole load): this handle now
    /// holds the current revision. Refresh::if_unset (a part): only if it
    /// held none, because the caller may still hold older parts.
    template <class F>
    auto read(Refresh refresh, F&& body) {
        store_detail::Transaction transaction(db, store_detail::Transaction::Kind::read);
        const std::int64_t current = store_detail::stored_revision(db);
        auto result = body();
        transaction.commit();
        if (refresh == Refresh::all || !known_revision) known_revision = current;
        return result;
    }

    template <class F>
    auto read(F&& body) {
        return read(Refresh::if_unset, std::forward<F>(body));
    }
};

} // namespace boardroom::io
