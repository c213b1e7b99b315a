// boardroom._core.io: the meeting-folder loader, the SQLite store and the JSON
// interchange. Registered after governance and plans, whose types it uses.
#include "pybind11.hpp"

#include <pybind11/functional.h>

#include "binding_helpers.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/io/json.hpp"
#include "boardroom/io/meeting_csv.hpp"
#include "boardroom/io/store.hpp"

#include <fstream>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace boardroom::python {

namespace {

// A Store that Python can close: the connection is released at close() or
// at the end of a with-block rather than whenever the object is collected.
class StoreHandle {
public:
    explicit StoreHandle(io::Store store) : store_(std::move(store)) {}

    io::Store& get() {
        if (!store_) throw StorageError("", "the store is closed");
        return *store_;
    }
    void close() { store_.reset(); }
    bool closed() const { return !store_.has_value(); }

private:
    std::optional<io::Store> store_;
};

io::StoreMode parse_mode(const std::string& mode) {
    if (mode == "create") return io::StoreMode::create;
    if (mode == "read_write" || mode == "rw") return io::StoreMode::read_write;
    if (mode == "read_only" || mode == "r") return io::StoreMode::read_only;
    throw InputError({"", 0, "", "mode"}, "unknown mode '" + mode + "' (expected create, read_write or read_only)");
}

io::JsonOptions json_options(bool public_only, std::optional<bool> contact, std::optional<bool> exempt, int indent,
                             std::optional<governance::AgendaPart> unmarked_part = std::nullopt) {
    io::JsonOptions options;
    options.unmarked_part = unmarked_part;
    options.public_only = public_only;
    options.include_contact_details = contact;
    options.include_exempt_content = exempt;
    options.indent = indent;
    return options;
}

using ProgressCallback = std::function<void(const std::string&, std::size_t)>;

io::StoreOptions store_options(int busy_timeout_ms, const std::optional<ProgressCallback>& on_progress,
                               const std::string& user) {
    io::StoreOptions options;
    options.busy_timeout = std::chrono::milliseconds(busy_timeout_ms);
    options.user = user;
    if (on_progress && *on_progress) {
        options.on_progress = [callback = *on_progress](const io::StoreProgress& p) {
            const py::gil_scoped_acquire acquire;
            callback(std::string(p.table), p.rows);
        };
    }
    return options;
}

// Runs `work` on the store with the GIL released.
template <class F>
auto unlocked(StoreHandle& handle, F work) {
    io::Store& store = handle.get();
    const py::gil_scoped_release release;
    return work(store);
}

} // namespace

void register_io(py::module_& m) {
    m.def("load_meeting_folder", py::overload_cast<const std::filesystem::path&>(&io::load_meeting_folder), py::arg("folder"),
          py::call_guard<py::gil_scoped_release>(),
          "Loads meeting.csv and agenda.csv from a folder; raises InputError naming file, line and field.");
    m.def(
        "load_meeting_rows",
        [](const binding::SheetRows& meeting_rows, const std::string& meeting_source,
           const binding::SheetRows& agenda_rows, const std::string& agenda_source) {
            auto meeting = binding::table_from_rows(meeting_rows, meeting_source);
            auto agenda = binding::table_from_rows(agenda_rows, agenda_source);
            const py::gil_scoped_release release;
            return io::load_meeting_tables(meeting, agenda);
        },
        py::arg("meeting_rows"), py::arg("meeting_source"), py::arg("agenda_rows"), py::arg("agenda_source"),
        "A meeting from the rows of its meeting and agenda tables ((row number, cells) each, the header first), "
        "as read from a workbook's sheets; InputError names the source, the row and the column.");

    py::class_<io::BoardBundle>(m, "BoardBundle",
                                "Everything a store or a JSON document holds: governance records, their "
                                "data-quality notes, plans, risk registers, diagnostics and self-assessments.")
        .def(py::init<>())
        .def_readwrite("records", &io::BoardBundle::records)
        .def_readwrite("data_quality_notes", &io::BoardBundle::data_quality_notes)
        .def_readwrite("plans", &io::BoardBundle::plans)
        .def_readwrite("risk_registers", &io::BoardBundle::risk_registers)
        .def_readwrite("diagnostics", &io::BoardBundle::diagnostics)
        .def_readwrite("self_assessments", &io::BoardBundle::self_assessments)
        .def_readwrite("public_export", &io::BoardBundle::public_export,
                       "True when read from a public document (\"public\": true): its Part II records hold only "
                       "their numbers, so it cannot update a store.")
        .def("__repr__", [](const io::BoardBundle& b) {
            return "<BoardBundle " + std::to_string(b.records.boards.size()) + " boards, " +
                   std::to_string(b.records.meetings.size()) + " meetings, " + std::to_string(b.plans.size()) +
                   " plans>";
        });

    m.attr("STORE_SCHEMA_VERSION") = io::store_schema_version;
    m.attr("JSON_FORMAT_VERSION") = io::json_format_version;

    py::class_<io::AuditEntry>(m, "AuditEntry", "One change in a store's audit trail: who, when, which record, "
                                                "which field, old and new value.")
        .def_readonly("revision", &io::AuditEntry::revision)
        .def_readonly("at", &io::AuditEntry::at, "UTC, ISO 8601: 2016-03-01T10:15:00Z")
        .def_readonly("user", &io::AuditEntry::user)
        .def_readonly("operation", &io::AuditEntry::operation)
        .def_property_readonly("record", [](const io::AuditEntry& e) { return e.change.record; })
        .def_property_readonly("field", [](const io::AuditEntry& e) { return e.change.field; })
        .def_property_readonly("old_value", [](const io::AuditEntry& e) { return e.change.old_value; })
        .def_property_readonly("new_value", [](const io::AuditEntry& e) { return e.change.new_value; })
        .def("__repr__", [](const io::AuditEntry& e) {
            return "<AuditEntry " + e.at + " " + e.user + " " + e.operation + ": " + e.change.record + ">";
        });

    py::class_<StoreHandle>(m, "Store",
                            "A SQLite store: every write one transaction, one writer at a time (a second "
                            "gets StorageError 'the store is busy'), a save over someone else's newer save "
                            "refused (StorageError 'changed since you loaded it'), the schema migrated "
                            "forwards on open.")
        .def_static(
            "open",
            [](const std::filesystem::path& path, const std::string& mode, int busy_timeout_ms,
               const std::optional<ProgressCallback>& on_progress, const std::string& user) {
                const auto options = store_options(busy_timeout_ms, on_progress, user);
                const auto parsed = parse_mode(mode);
                const py::gil_scoped_release release;
                return StoreHandle(io::Store::open(path, parsed, options));
            },
            py::arg("path"), py::arg("mode") = "read_write", py::arg("busy_timeout_ms") = 500,
            py::arg("on_progress") = std::nullopt, py::arg("user") = "",
            "Opens a store ('create' makes a new one if the file does not exist). on_progress(table, rows) is "
            "called during bulk writes; user names who writes, in the audit trail.")
        .def_static(
            "init",
            [](const std::filesystem::path& path, const io::BoardBundle& bundle,
               const std::optional<ProgressCallback>& on_progress, const std::string& user) {
                const auto options = store_options(500, on_progress, user);
                const py::gil_scoped_release release;
                io::Store::init(path, bundle, options);
            },
            py::arg("path"), py::arg("bundle"), py::arg("on_progress") = std::nullopt, py::arg("user") = "",
            "Creates a new store holding the bundle, all or nothing: built under a temporary name in the same "
            "folder and renamed into place, so a failure leaves no file. StorageError if the path exists.")
        .def_property_readonly("path", [](StoreHandle& h) { return h.get().path(); })
        .def_property_readonly("schema_version", [](StoreHandle& h) { return h.get().schema_version(); })
        .def_property_readonly("read_only", [](StoreHandle& h) { return h.get().read_only(); })
        .def_property_readonly("closed", &StoreHandle::closed)
        .def("close", &StoreHandle::close, "Closes the connection; further use raises StorageError.")
        .def("__enter__", [](StoreHandle& h) -> StoreHandle& { return h; }, py::return_value_policy::reference)
        .def("__exit__", [](StoreHandle& h, const py::object&, const py::object&, const py::object&) { h.close(); })
        .def("verify", [](StoreHandle& h) { unlocked(h, [](io::Store& s) { s.verify(); }); },
             "SQLite's integrity and foreign-key checks, then every record read back; raises StorageError "
             "naming the damage.")
        .def(
            "save",
            [](StoreHandle& h, const io::BoardBundle& b, const std::string& operation,
               const std::vector<std::tuple<std::string, std::string, std::string, std::string>>& changes) {
                std::vector<io::StoreChange> rows;
                rows.reserve(changes.size());
                for (const auto& [record, field, old_value, new_value] : changes)
                    rows.push_back({record, field, old_value, new_value});
                unlocked(h, [&](io::Store& s) { s.save(b, operation, rows); });
            },
            py::arg("bundle"), py::kw_only(), py::arg("operation") = "save",
            py::arg("changes") = std::vector<std::tuple<std::string, std::string, std::string, std::string>>{},
            "Replaces the whole content of the store, in one transaction, recording the changes (record, field, "
            "old, new) under operation in the audit trail (none: one row summarising the new content).")
        .def(
            "audit_trail",
            [](StoreHandle& h, const std::optional<Date>& since) {
                return unlocked(h, [&](io::Store& s) { return s.audit_trail(since); });
            },
            py::arg("since") = std::nullopt,
            "The audit trail, newest first; with since, the changes made on or after that day (UTC).")
        .def("last_changed", [](StoreHandle& h) { return unlocked(h, [](io::Store& s) { return s.last_changed(); }); },
             "The latest change in the audit trail (an AuditEntry), or None.")
        .def("load", [](StoreHandle& h) { return unlocked(h, [](io::Store& s) { return s.load(); }); })
        .def(
            "load_board",
            [](StoreHandle& h, std::int64_t board) {
                return unlocked(h, [&](io::Store& s) { return s.load_board(BoardId{board}); });
            },
            py::arg("board"),
            "One board's records, read without the other boards': load() narrowed by Register.board_records "
            "(its and its task-and-finish groups' meetings and what they record, the people named, every "
            "board), with the plans and risk registers of that board or of none the store knows. "
            "Raises NotFoundError for an unknown board.")
        .def(
            "load_board",
            [](StoreHandle& h, const std::string& board) {
                return unlocked(h, [&](io::Store& s) { return s.load_board(std::string_view(board)); });
            },
            py::arg("board"), "The same for the board with this name or alias.")
        .def("save_register",
             [](StoreHandle& h, const governance::Register& r) { unlocked(h, [&](io::Store& s) { s.save_register(r); }); },
             py::arg("register"))
        .def("load_register", [](StoreHandle& h) { return unlocked(h, [](io::Store& s) { return s.load_register(); }); })
        .def("load_data_quality_notes",
             [](StoreHandle& h) { return unlocked(h, [](io::Store& s) { return s.load_data_quality_notes(); }); })
        .def(
            "record_action_status",
            [](StoreHandle& h, std::int64_t action, const Date& date, governance::ActionStatus status,
               const std::string& note) {
                unlocked(h, [&](io::Store& s) { s.record_action_status(ActionId{action}, date, status, note); });
            },
            py::arg("action"), py::arg("date"), py::arg("status"), py::arg("note") = "",
            "Records an action's change of status between meetings (all or nothing).")
        .def(
            "save_plan",
            [](StoreHandle& h, const plans::Plan& p) {
                return unlocked(h, [&](io::Store& s) { return s.save_plan(p).value(); });
            },
            py::arg("plan"), "Saves a plan (a new id if it has none); returns its id.")
        .def(
            "load_plan",
            [](StoreHandle& h, std::int64_t id) {
                return unlocked(h, [&](io::Store& s) { return s.load_plan(PlanId{id}); });
            },
            py::arg("plan_id"))
        .def("load_plans", [](StoreHandle& h) { return unlocked(h, [](io::Store& s) { return s.load_plans(); }); })
        .def(
            "add_rating",
            [](StoreHandle& h, std::int64_t plan, const plans::RagRating& rating) {
                unlocked(h, [&](io::Store& s) { s.add_rating(PlanId{plan}, rating); });
            },
            py::arg("plan_id"), py::arg("rating"), "Appends a RAG rating, checked against the stored plan.")
        .def(
            "add_position_update",
            [](StoreHandle& h, std::int64_t plan, const plans::PositionUpdate& update) {
                unlocked(h, [&](io::Store& s) { s.add_position_update(PlanId{plan}, update); });
            },
            py::arg("plan_id"), py::arg("update"))
        .def("__repr__", [](StoreHandle& h) {
            return h.closed() ? std::string("<Store closed>") : "<Store " + h.get().path().string() + ">";
        });

    m.def(
        "bundle_to_json",
        [](const io::BoardBundle& bundle, bool public_only, std::optional<bool> contact, std::optional<bool> exempt,
           int indent, std::optional<governance::AgendaPart> unmarked_part) {
            const auto options = json_options(public_only, contact, exempt, indent, unmarked_part);
            const py::gil_scoped_release release;
            return io::to_json_text(bundle, options);
        },
        py::arg("bundle"), py::arg("public_only") = false, py::arg("include_contact_details") = std::nullopt,
        py::arg("include_exempt_content") = std::nullopt, py::arg("indent") = 2, py::arg("unmarked_part") = std::nullopt,
        "The bundle as a boardroom JSON document. public_only makes it from the disclosure gate (report.disclose): "
        "no contact details, data-quality notes or Part II content, and the text checked for contact details; "
        "asking a public document for them raises DisclosureError, as does a record of no established part "
        "unless unmarked_part says which part such records are in.");
    m.def(
        "write_bundle_json",
        [](const io::BoardBundle& bundle, const std::string& path, bool public_only, std::optional<bool> contact,
           std::optional<bool> exempt, int indent, std::optional<governance::AgendaPart> unmarked_part) {
            const auto options = json_options(public_only, contact, exempt, indent, unmarked_part);
            const py::gil_scoped_release release;
            std::ofstream out(path, std::ios::binary | std::ios::trunc);
            if (!out) throw StorageError(path, "cannot open the file for writing");
            try {
                io::write_json(out, bundle, options);
                out.flush();
                if (!out) throw StorageError(path, "writing the JSON document failed");
            } catch (const StorageError&) {
                throw StorageError(path, "writing the JSON document failed (is the disk full?)");
            }
        },
        py::arg("bundle"), py::arg("path"), py::arg("public_only") = false, py::arg("include_contact_details") = std::nullopt,
        py::arg("include_exempt_content") = std::nullopt, py::arg("indent") = 2, py::arg("unmarked_part") = std::nullopt,
        "bundle_to_json written to the file at path as it is made, a chunk at a time (never the whole text in "
        "memory); a public document is checked whole before any of it is written. The file is overwritten: "
        "write to a temporary file and rename it (boardroom.store.export_json does).");
    m.def(
        "register_to_json",
        [](const governance::Register& reg, bool public_only, std::optional<bool> contact, std::optional<bool> exempt,
           int indent, std::optional<governance::AgendaPart> unmarked_part) {
            const auto options = json_options(public_only, contact, exempt, indent, unmarked_part);
            const py::gil_scoped_release release;
            return io::to_json_text(reg, options);
        },
        py::arg("register"), py::arg("public_only") = false, py::arg("include_contact_details") = std::nullopt,
        py::arg("include_exempt_content") = std::nullopt, py::arg("indent") = 2, py::arg("unmarked_part") = std::nullopt);
    m.def(
        "plan_to_json",
        [](const plans::Plan& plan, bool public_only, int indent) {
            const auto options = json_options(public_only, std::nullopt, std::nullopt, indent);
            const py::gil_scoped_release release;
            return io::to_json_text(plan, options);
        },
        py::arg("plan"), py::arg("public_only") = false, py::arg("indent") = 2);
    m.def("bundle_from_json", &io::bundle_from_json_text, py::arg("text"), py::arg("source_name"),
          py::call_guard<py::gil_scoped_release>(),
          "Reads a boardroom JSON document; InputError names the JSON path of a bad member.");
    m.def("register_from_json", &io::register_from_json_text, py::arg("text"), py::arg("source_name"),
          py::call_guard<py::gil_scoped_release>());
    m.def("plan_from_json", &io::plan_from_json_text, py::arg("text"), py::arg("source_name"),
          py::call_guard<py::gil_scoped_release>());
    m.def("to_popolo_json", &io::to_popolo_json_text, py::arg("register"), py::arg("indent") = 2,
          py::call_guard<py::gil_scoped_release>(),
          "The register as Popolo (persons, organizations, memberships, events); always public.");
}

} // namespace boardroom::python
