// The audit trail: who changed which record, when, from what to what. Rows
// are written by Store::Impl::write in the transaction of the change itself,
// timestamped by SQLite's clock in UTC, and read newest first.
#include "boardroom/core/error.hpp"
#include "store_impl.hpp"

namespace boardroom::io {

using store_detail::Statement;

namespace store_detail {

void write_audit(Db& db, int schema_version, std::int64_t revision, const std::string& user,
                 std::string_view operation, const std::vector<StoreChange>& changes) {
    if (schema_version < 5) return;
    Statement insert(db, "INSERT INTO audit_trail (revision, at, changed_by, operation, record, field, old_value, "
                         "new_value) VALUES (?1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?2, ?3, ?4, ?5, ?6, ?7)");
    const std::string who = user.empty() ? "unknown" : user;
    for (const auto& c : changes) insert.run(revision, who, operation, c.record, c.field, c.old_value, c.new_value);
}

} // namespace store_detail

namespace {

constexpr std::string_view kColumns = "SELECT revision, at, changed_by, operation, record, field, old_value, new_value "
                                      "FROM audit_trail ";

AuditEntry entry(const Statement& row) {
    return {row.integer(0), row.text(1), row.text(2), row.text(3),
            StoreChange{row.text(4), row.text(5), row.text(6), row.text(7)}};
}

} // namespace

std::vector<AuditEntry> Store::audit_trail(std::optional<Date> since) const {
    impl_->require_version(5, "audit trail");
    return impl_->read([&] {
        std::vector<AuditEntry> out;
        // ISO text compares as time does: "2016-03-01T10:00:00Z" >= "2016-03-01". Newest write
        // first; the changes of one write in the order it made them, as they read best.
        Statement rows(impl_->db, std::string(kColumns) + "WHERE at >= ?1 ORDER BY revision DESC, seq");
        rows.query(since ? to_iso_string(*since) : std::string());
        while (rows.next()) out.push_back(entry(rows));
        return out;
    });
}

std::optional<AuditEntry> Store::last_changed() const {
    if (impl_->version < 5) return std::nullopt;
    return impl_->read([&]() -> std::optional<AuditEntry> {
        Statement rows(impl_->db, std::string(kColumns) + "ORDER BY seq DESC LIMIT 1");
        rows.query();
        if (!rows.next()) return std::nullopt;
        return entry(rows);
    });
}

} // namespace boardroom::io
