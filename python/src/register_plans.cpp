// boardroom._core.plans: action plans, RAG schemes and histories, summaries,
// risk registers, diagnostics, self-assessments, and their loaders.
//
// Value types are bound as classes whose list members are copied in and out
// (a Python list that pointed into a C++ vector would dangle once add_rating
// reallocates it); change a plan through the functions (add_rating, ...), which
// validate first and leave it unchanged if they raise.
//
// Queries over a whole plan run with the GIL released on a copy of the plan
// taken while it is held: another thread may call add_rating on the same plan
// meanwhile, and that must not swap the vectors under a running query.
#include "pybind11.hpp"

#include "boardroom/core/error.hpp"
#include "boardroom/plans/all.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace boardroom::python {

namespace {

namespace pl = boardroom::plans;

// Python's repr of a UTF-8 string (bad bytes replaced rather than raising in a repr).
std::string quoted(const std::string& text) {
    const py::object s = py::reinterpret_steal<py::object>(
        PyUnicode_DecodeUTF8(text.data(), static_cast<py::ssize_t>(text.size()), "replace"));
    if (!s) throw py::error_already_set();
    return py::repr(s).cast<std::string>();
}

// The first `limit` bytes of `text`, cut at a character boundary, with "..." if cut.
std::string shortened(const std::string& text, std::size_t limit = 40) {
    const std::string first_line = text.substr(0, text.find('\n'));
    if (first_line.size() <= limit && first_line.size() == text.size()) return text;
    std::size_t end = std::min(limit, first_line.size());
    while (end > 0 && (static_cast<unsigned char>(first_line[end]) & 0xC0U) == 0x80U) --end;
    return first_line.substr(0, end) + "...";
}

std::string iso(const std::optional<Date>& date) { return date ? to_iso_string(*date) : "None"; }
std::string maybe(const std::optional<std::string>& text) { return text ? quoted(*text) : "None"; }

// A list member read and written as a copy.
template <class C, class T>
void list_property(py::class_<C>& cls, const char* name, std::vector<T> C::*member, const char* doc) {
    cls.def_property(
        name, [member](const C& self) { return self.*member; },
        [member](C& self, std::vector<T> value) { self.*member = std::move(value); }, doc);
}

// ==, != and copy for value types with operator==. They are mutable, so hashing
// raises TypeError (a __hash__ of None, pybind11's default, does not type-check).
template <class C>
void value_semantics(py::class_<C>& cls) {
    cls.def(
           "__eq__",
           [](const C& self, const py::object& other) -> py::object {
               if (!py::isinstance<C>(other)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
               return py::bool_(self == other.cast<const C&>());
           },
           py::arg("other"))
        .def("__copy__", [](const C& self) { return C(self); })
        .def("__deepcopy__", [](const C& self, const py::object&) { return C(self); }, py::arg("memo"))
        .def("__hash__", [](const py::object& self) -> py::ssize_t {
            throw py::type_error("unhashable type: '" + py::type::of(self).attr("__name__").cast<std::string>() +
                                 "' (it can be changed in place)");
        });
}

// Runs `query(copy_of_plan)` with the GIL released.
template <class F>
auto on_copy(const pl::Plan& plan, F query) {
    pl::Plan copy = plan;
    const py::gil_scoped_release release;
    return query(copy);
}

void register_schemes(py::module_& m) {
    py::class_<pl::RagStatus> status(m, "RagStatus", "One status of a RAG scheme: code, label, key wording, colour.");
    status.def(py::init<>())
        .def(py::init([](std::string code, std::string label, std::string description, std::string colour,
                         bool complete) {
                 return pl::RagStatus{std::move(code), std::move(label), std::move(description), std::move(colour),
                                      complete};
             }),
             py::arg("code"), py::arg("label"), py::arg("description") = "", py::arg("colour") = "",
             py::arg("complete") = false)
        .def_readwrite("code", &pl::RagStatus::code)
        .def_readwrite("label", &pl::RagStatus::label)
        .def_readwrite("description", &pl::RagStatus::description)
        .def_readwrite("colour", &pl::RagStatus::colour)
        .def_readwrite("complete", &pl::RagStatus::complete)
        .def("__repr__", [](const pl::RagStatus& s) {
            return "RagStatus(" + quoted(s.code) + ", " + quoted(s.label) + (s.complete ? ", complete=True" : "") + ")";
        });
    value_semantics(status);

    py::class_<pl::RagScheme> scheme(m, "RagScheme", "Statuses worst first; unrated is the absence of a rating.");
    scheme.def(py::init<>())
        .def(py::init([](std::string name, std::vector<pl::RagStatus> statuses) {
                 return pl::RagScheme{std::move(name), std::move(statuses)};
             }),
             py::arg("name"), py::arg("statuses"))
        .def_readwrite("name", &pl::RagScheme::name);
    list_property(scheme, "statuses", &pl::RagScheme::statuses, "The statuses, worst first (a copy).");
    scheme
        .def(
            "find",
            [](const pl::RagScheme& s, const std::string& text) -> std::optional<pl::RagStatus> {
                if (const auto* found = s.find(text)) return *found;
                return std::nullopt;
            },
            py::arg("text"), "The status whose code or label matches, ignoring case; None if none.")
        .def("rank", &pl::RagScheme::rank, py::arg("code"), "0 for the worst status; None for an unknown code.")
        .def("is_complete", &pl::RagScheme::is_complete, py::arg("code"))
        .def("__len__", [](const pl::RagScheme& s) { return s.statuses.size(); })
        .def("__repr__", [](const pl::RagScheme& s) {
            std::string codes;
            for (const auto& st : s.statuses) codes += (codes.empty() ? "" : ", ") + st.code;
            return "<RagScheme " + quoted(s.name) + ": " + codes + ">";
        });
    value_semantics(scheme);

    m.def("seed_rag_key", &pl::seed_rag_key, "The key printed with the Pan-Lancashire CSE plan: R, A, G.");
    m.def("default_rag_scheme", &pl::default_rag_scheme, "The seed's key plus Blue = complete (BRAG).");
    m.def("with_blue_complete", &pl::with_blue_complete, py::arg("scheme"),
          "The scheme with Blue 'Complete' added unless it has a complete status.");
    m.def("conventional_colour", &pl::conventional_colour, py::arg("name"),
          "'#RRGGBB' for red, amber, green, blue, grey, black; '' otherwise.");
    m.def("validate", py::overload_cast<const pl::RagScheme&>(&pl::validate), py::arg("scheme"),
          "Raises ValidationError unless the scheme is usable.");
}

void register_timescales(py::module_& m) {
    py::enum_<pl::TimescaleKind>(m, "TimescaleKind", "How a timescale was printed.")
        .value("UNSPECIFIED", pl::TimescaleKind::Unspecified)
        .value("DUE_BY", pl::TimescaleKind::DueBy)
        .value("REVIEW_BY", pl::TimescaleKind::ReviewBy)
        .value("ONGOING", pl::TimescaleKind::Ongoing)
        .value("UNRECOGNISED", pl::TimescaleKind::Unrecognised)
        .def_property_readonly("label", [](pl::TimescaleKind k) { return std::string(pl::to_string(k)); });

    py::class_<pl::Timescale> timescale(m, "Timescale", "A parsed timescale that keeps the printed text.");
    timescale.def(py::init<>())
        .def_readwrite("kind", &pl::Timescale::kind)
        .def_readwrite("date", &pl::Timescale::date)
        .def_readwrite("text", &pl::Timescale::text)
        .def("due_date", &pl::Timescale::due_date, "The deadline: the date of a DUE_BY timescale, else None.")
        .def("__repr__", [](const pl::Timescale& t) {
            return "Timescale(" + std::string(pl::to_string(t.kind)) + ", " + iso(t.date) + ", " + quoted(t.text) + ")";
        });
    value_semantics(timescale);

    m.def("parse_timescale", &pl::parse_timescale, py::arg("text"),
          "Reads 'September 2014', 'Review March 2015', 'ongoing', ...; never raises.");
    m.def("days_between", &pl::days_between, py::arg("start"), py::arg("end"));
}

void register_plan_types(py::module_& m) {
    py::class_<pl::PlanPeriod> period(m, "PlanPeriod", "The years a plan covers, with the text kept.");
    period.def(py::init<>())
        .def_readwrite("start", &pl::PlanPeriod::start)
        .def_readwrite("end", &pl::PlanPeriod::end)
        .def_readwrite("text", &pl::PlanPeriod::text)
        .def("__repr__", [](const pl::PlanPeriod& p) {
            return "PlanPeriod(" + quoted(p.text) + ", " + iso(p.start) + " to " + iso(p.end) + ")";
        });
    value_semantics(period);
    m.def("parse_plan_period", &pl::parse_plan_period, py::arg("text"),
          "'2015-2018' (calendar years) or '2015/16' (financial years); never raises.");

    py::class_<pl::PlanSection> section(m, "PlanSection", "A numbered section (priority) of a plan.");
    section.def(py::init<>())
        .def(py::init([](std::string number, std::string title, std::string statement, std::string heading) {
                 return pl::PlanSection{std::move(number), std::move(title), std::move(statement), std::move(heading),
                                        0};
             }),
             py::arg("number"), py::arg("title"), py::arg("statement") = "",
             py::arg("position_heading") = "Current Position")
        .def_readwrite("number", &pl::PlanSection::number)
        .def_readwrite("title", &pl::PlanSection::title)
        .def_readwrite("statement", &pl::PlanSection::statement)
        .def_readwrite("position_heading", &pl::PlanSection::position_heading)
        .def_readwrite("line", &pl::PlanSection::line)
        .def("__repr__", [](const pl::PlanSection& s) { return "<PlanSection " + s.number + ". " + s.title + ">"; });
    value_semantics(section);

    py::class_<pl::PlanAction> action(m, "PlanAction", "A numbered action with outcomes, leads and a timescale.");
    action.def(py::init<>())
        .def(py::init([](std::string number, std::string section_number, std::string text, std::string outcomes,
                         std::string leads, std::string timescale) {
                 pl::PlanAction a;
                 a.number = std::move(number);
                 a.section = std::move(section_number);
                 a.text = std::move(text);
                 a.outcomes = std::move(outcomes);
                 a.leads_text = std::move(leads);
                 a.timescale = pl::parse_timescale(timescale);
                 return a;
             }),
             py::arg("number"), py::arg("section"), py::arg("text"), py::arg("outcomes") = "",
             py::arg("leads") = "", py::arg("timescale") = "",
             "An action; `leads` is the Lead cell as printed, `timescale` the printed timescale.")
        .def_readwrite("number", &pl::PlanAction::number)
        .def_readwrite("section", &pl::PlanAction::section)
        .def_readwrite("text", &pl::PlanAction::text)
        .def_readwrite("outcomes", &pl::PlanAction::outcomes)
        .def_readwrite("leads_text", &pl::PlanAction::leads_text);
    list_property(action, "leads", &pl::PlanAction::leads, "The Lead cell split into leads (a copy).");
    action.def_readwrite("timescale", &pl::PlanAction::timescale)
        .def_readwrite("line", &pl::PlanAction::line)
        .def("__repr__", [](const pl::PlanAction& a) {
            return "<PlanAction " + a.number + ": " + quoted(shortened(a.text)) + ">";
        });
    value_semantics(action);

    py::class_<pl::PositionUpdate> position(m, "PositionUpdate", "The current position / evidence at a date.");
    position.def(py::init<>())
        .def(py::init([](std::string number, std::optional<Date> date, std::string text, std::string recorded_by) {
                 return pl::PositionUpdate{std::move(number), date, std::move(text), std::move(recorded_by)};
             }),
             py::arg("action"), py::arg("date"), py::arg("text"), py::arg("recorded_by") = "")
        .def_readwrite("action", &pl::PositionUpdate::action)
        .def_readwrite("date", &pl::PositionUpdate::date)
        .def_readwrite("text", &pl::PositionUpdate::text)
        .def_readwrite("recorded_by", &pl::PositionUpdate::recorded_by)
        .def("__repr__", [](const pl::PositionUpdate& p) {
            return "PositionUpdate(" + quoted(p.action) + ", " + iso(p.date) + ", " + quoted(shortened(p.text)) + ")";
        });
    value_semantics(position);

    py::class_<pl::RagRating> rating(m, "RagRating", "A RAG rating of an action at a reporting date.");
    rating.def(py::init<>())
        .def(py::init([](std::string number, const Date& date, std::string code, std::string rated_by,
                         std::string note) {
                 return pl::RagRating{std::move(number), date, std::move(code), std::move(rated_by), std::move(note)};
             }),
             py::arg("action"), py::arg("date"), py::arg("status"), py::arg("rated_by") = "", py::arg("note") = "")
        .def_readwrite("action", &pl::RagRating::action)
        .def_readwrite("date", &pl::RagRating::date)
        .def_readwrite("status", &pl::RagRating::status)
        .def_readwrite("rated_by", &pl::RagRating::rated_by)
        .def_readwrite("note", &pl::RagRating::note)
        .def("__repr__", [](const pl::RagRating& r) {
            return "RagRating(" + quoted(r.action) + ", " + to_iso_string(r.date) + ", " + quoted(r.status) +
                   (r.rated_by.empty() ? "" : ", rated_by=" + quoted(r.rated_by)) + ")";
        });
    value_semantics(rating);

    py::class_<pl::Plan> plan(m, "Plan", "An action plan: sections, actions, and the history of positions and ratings.");
    plan.def(py::init<>())
        .def_property(
            "id", [](const pl::Plan& p) { return p.id.value(); },
            [](pl::Plan& p, PlanId::value_type id) { p.id = PlanId{id}; }, "Id in a store; 0 if not stored.")
        .def_readwrite("title", &pl::Plan::title)
        .def_readwrite("board", &pl::Plan::board)
        .def_readwrite("period", &pl::Plan::period)
        .def_readwrite("scheme", &pl::Plan::scheme);
    list_property(plan, "sections", &pl::Plan::sections, "Sections in printed order (a copy).");
    list_property(plan, "actions", &pl::Plan::actions, "Actions in printed order (a copy).");
    list_property(plan, "positions", &pl::Plan::positions, "Position updates, undated first, then by date (a copy).");
    list_property(plan, "ratings", &pl::Plan::ratings, "Ratings by date (a copy); add them with add_rating.");
    list_property(plan, "notes", &pl::Plan::notes, "Free text printed with the plan (a copy).");
    plan.def(
            "section",
            [](const pl::Plan& p, const std::string& number) {
                if (const auto* s = pl::find_section(p, number)) return *s;
                throw NotFoundError("plan '" + p.title + "' has no section numbered '" + number + "'");
            },
            py::arg("number"), "The section printed with this number; raises NotFoundError.")
        .def(
            "action", [](const pl::Plan& p, const std::string& number) { return pl::get_action(p, number); },
            py::arg("number"), "The action printed with this number; raises NotFoundError.")
        .def("__repr__", [](const pl::Plan& p) {
            return "<Plan " + quoted(p.title) + ": " + std::to_string(p.sections.size()) + " sections, " +
                   std::to_string(p.actions.size()) + " actions, " + std::to_string(p.ratings.size()) + " ratings>";
        });
    value_semantics(plan);

    m.def(
        "find_section",
        [](const pl::Plan& p, const std::string& number) -> std::optional<pl::PlanSection> {
            if (const auto* s = pl::find_section(p, number)) return *s;
            return std::nullopt;
        },
        py::arg("plan"), py::arg("number"), "The section, or None.");
    m.def(
        "find_action",
        [](const pl::Plan& p, const std::string& number) -> std::optional<pl::PlanAction> {
            if (const auto* a = pl::find_action(p, number)) return *a;
            return std::nullopt;
        },
        py::arg("plan"), py::arg("number"), "The action, or None.");
    m.def("add_section", &pl::add_section, py::arg("plan"), py::arg("section"),
          "Adds a section; raises ValidationError (plan unchanged) for an empty or duplicate number.");
    m.def("add_action", &pl::add_action, py::arg("plan"), py::arg("action"),
          "Adds an action; raises ValidationError (plan unchanged) for a bad number or unknown section.");
    m.def("is_action_number", &pl::is_action_number, py::arg("text"));
    m.def(
        "section_number_of", [](const std::string& number) { return std::string(pl::section_number_of(number)); },
        py::arg("action_number"));
    m.def("compare_action_numbers", &pl::compare_action_numbers, py::arg("a"), py::arg("b"),
          "Negative, zero or positive; '1.2' before '1.10'.");
    m.def("split_leads", &pl::split_leads, py::arg("text"));
    m.def("validate", py::overload_cast<const pl::Plan&>(&pl::validate), py::arg("plan"),
          "Raises ValidationError if the plan breaks a rule.");
}

void register_history(py::module_& m) {
    m.def(
        "add_ratings",
        [](pl::Plan& p, const std::vector<pl::RagRating>& ratings) { pl::add_ratings(p, ratings); },
        py::arg("plan"), py::arg("ratings"),
        "Appends ratings, all or none: raises ValidationError and leaves the plan unchanged if any is bad.");
    m.def("add_rating", &pl::add_rating, py::arg("plan"), py::arg("rating"),
          "Appends one rating; raises ValidationError and leaves the plan unchanged if it is bad.");
    m.def(
        "add_position_updates",
        [](pl::Plan& p, const std::vector<pl::PositionUpdate>& updates) { pl::add_position_updates(p, updates); },
        py::arg("plan"), py::arg("updates"), "Appends position updates, all or none.");
    m.def("add_position_update", &pl::add_position_update, py::arg("plan"), py::arg("update"));
    m.def(
        "rating_as_of",
        [](const pl::Plan& p, const std::string& action, const Date& date) { return pl::rating_as_of(p, action, date); },
        py::arg("plan"), py::arg("action"), py::arg("date"),
        "The latest rating on or before the date; None if unrated then. NotFoundError for an unknown action.");
    m.def(
        "position_as_of",
        [](const pl::Plan& p, const std::string& action, const Date& date) {
            return pl::position_as_of(p, action, date);
        },
        py::arg("plan"), py::arg("action"), py::arg("date"));

    py::class_<pl::ActionState>(m, "ActionState", "Where one action stood at a date.")
        .def_readonly("action", &pl::ActionState::action)
        .def_readonly("section", &pl::ActionState::section)
        .def_readonly("status", &pl::ActionState::status)
        .def_readonly("rated_on", &pl::ActionState::rated_on)
        .def_readonly("rated_by", &pl::ActionState::rated_by)
        .def_readonly("position", &pl::ActionState::position)
        .def_readonly("position_date", &pl::ActionState::position_date)
        .def_readonly("complete", &pl::ActionState::complete)
        .def("__repr__", [](const pl::ActionState& s) {
            return "<ActionState " + s.action + ": " + maybe(s.status) + " rated " + iso(s.rated_on) + ">";
        });
    m.def(
        "state_as_of",
        [](const pl::Plan& p, const Date& date) {
            return on_copy(p, [&date](const pl::Plan& c) { return pl::state_as_of(c, date); });
        },
        py::arg("plan"), py::arg("date"), "Every action's state at the date, in printed order.");

    py::enum_<pl::Movement>(m, "Movement", "How an action's status moved between two dates.")
        .value("STILL_UNRATED", pl::Movement::StillUnrated)
        .value("NEWLY_RATED", pl::Movement::NewlyRated)
        .value("IMPROVED", pl::Movement::Improved)
        .value("WORSENED", pl::Movement::Worsened)
        .value("UNCHANGED", pl::Movement::Unchanged)
        .value("COMPLETED", pl::Movement::Completed)
        .def_property_readonly("label", [](pl::Movement k) { return std::string(pl::to_string(k)); });

    py::class_<pl::ActionMovement>(m, "ActionMovement")
        .def_readonly("action", &pl::ActionMovement::action)
        .def_readonly("section", &pl::ActionMovement::section)
        .def_readonly("from_status", &pl::ActionMovement::from)
        .def_readonly("to_status", &pl::ActionMovement::to)
        .def_readonly("movement", &pl::ActionMovement::movement)
        .def("__repr__", [](const pl::ActionMovement& a) {
            return "<ActionMovement " + a.action + ": " + maybe(a.from) + " -> " + maybe(a.to) + ", " +
                   std::string(pl::to_string(a.movement)) + ">";
        });
    m.def(
        "movement_between",
        [](const pl::Plan& p, const Date& from, const Date& to) {
            return on_copy(p, [&](const pl::Plan& c) { return pl::movement_between(c, from, to); });
        },
        py::arg("plan"), py::arg("start"), py::arg("end"),
        "How every action moved from `start` to `end`; ValidationError if end is before start.");
    m.def("reporting_dates", &pl::reporting_dates, py::arg("plan"), "Distinct rating dates, ascending.");
    m.def("previous_reporting_date", &pl::previous_reporting_date, py::arg("plan"), py::arg("date"),
          "The latest reporting date strictly before the date, or None.");

    py::class_<pl::StatusSpell>(m, "StatusSpell", "Days [start, end) an action held one status.")
        .def_readonly("status", &pl::StatusSpell::status)
        .def_readonly("start", &pl::StatusSpell::start)
        .def_readonly("end", &pl::StatusSpell::end)
        .def_readonly("days", &pl::StatusSpell::days)
        .def("__repr__", [](const pl::StatusSpell& s) {
            return "<StatusSpell " + maybe(s.status) + " " + to_iso_string(s.start) + " to " + to_iso_string(s.end) +
                   ">";
        });
    m.def(
        "status_spells",
        [](const pl::Plan& p, const std::string& action, const Date& from, const Date& to) {
            return pl::status_spells(p, action, from, to);
        },
        py::arg("plan"), py::arg("action"), py::arg("start"), py::arg("end"));

    py::class_<pl::StatusTime>(m, "StatusTime")
        .def_readonly("status", &pl::StatusTime::status)
        .def_readonly("days", &pl::StatusTime::days)
        .def("__repr__", [](const pl::StatusTime& s) {
            return "<StatusTime " + maybe(s.status) + ": " + std::to_string(s.days) + " days>";
        });
    m.def(
        "time_in_status",
        [](const pl::Plan& p, const std::string& action, const Date& from, const Date& to) {
            return pl::time_in_status(p, action, from, to);
        },
        py::arg("plan"), py::arg("action"), py::arg("start"), py::arg("end"),
        "Days in each status over [start, end): unrated first, then worst first.");

    py::class_<pl::OverdueAction>(m, "OverdueAction")
        .def_readonly("action", &pl::OverdueAction::action)
        .def_readonly("section", &pl::OverdueAction::section)
        .def_readonly("due", &pl::OverdueAction::due)
        .def_readonly("days_overdue", &pl::OverdueAction::days_overdue)
        .def_property_readonly("leads", [](const pl::OverdueAction& o) { return o.leads; })
        .def_readonly("status", &pl::OverdueAction::status)
        .def("__repr__", [](const pl::OverdueAction& o) {
            return "<OverdueAction " + o.action + ": due " + to_iso_string(o.due) + ", " +
                   std::to_string(o.days_overdue) + " days overdue>";
        });
    m.def(
        "overdue_as_of",
        [](const pl::Plan& p, const Date& date) {
            return on_copy(p, [&date](const pl::Plan& c) { return pl::overdue_as_of(c, date); });
        },
        py::arg("plan"), py::arg("date"), "Actions due before the date and not complete by it.");
}

void register_summaries(py::module_& m) {
    py::class_<pl::SectionRagCount>(m, "SectionRagCount")
        .def_readonly("section", &pl::SectionRagCount::section)
        .def_readonly("section_title", &pl::SectionRagCount::section_title)
        .def_readonly("status", &pl::SectionRagCount::status)
        .def_readonly("label", &pl::SectionRagCount::label)
        .def_readonly("count", &pl::SectionRagCount::count)
        .def("__repr__", [](const pl::SectionRagCount& c) {
            return "<SectionRagCount " + c.section + " " + c.label + ": " + std::to_string(c.count) + ">";
        });
    m.def(
        "rag_counts_by_section",
        [](const pl::Plan& p, const Date& date) {
            return on_copy(p, [&date](const pl::Plan& c) { return pl::rag_counts_by_section(c, date); });
        },
        py::arg("plan"), py::arg("date"), "Counts per section and status (unrated first), zeros included.");

    py::class_<pl::MovementCount>(m, "MovementCount")
        .def_readonly("section", &pl::MovementCount::section)
        .def_readonly("movement", &pl::MovementCount::movement)
        .def_readonly("count", &pl::MovementCount::count)
        .def("__repr__", [](const pl::MovementCount& c) {
            return "<MovementCount " + c.section + " " + std::string(pl::to_string(c.movement)) + ": " +
                   std::to_string(c.count) + ">";
        });
    py::class_<pl::MovementReport>(m, "MovementReport")
        .def_readonly("previous", &pl::MovementReport::previous)
        .def_readonly("current", &pl::MovementReport::current)
        .def_property_readonly("actions", [](const pl::MovementReport& r) { return r.actions; })
        .def_property_readonly("counts", [](const pl::MovementReport& r) { return r.counts; })
        .def("__repr__", [](const pl::MovementReport& r) {
            return "<MovementReport " + iso(r.previous) + " to " + to_iso_string(r.current) + ">";
        });
    m.def(
        "movement_since_last_report",
        [](const pl::Plan& p, const Date& date) {
            return on_copy(p, [&date](const pl::Plan& c) { return pl::movement_since_last_report(c, date); });
        },
        py::arg("plan"), py::arg("date"), "Movement from the last reporting date before `date` to `date`.");

    py::class_<pl::LeadOverdue>(m, "LeadOverdue")
        .def_readonly("lead", &pl::LeadOverdue::lead)
        .def_readonly("count", &pl::LeadOverdue::count)
        .def_property_readonly("actions", [](const pl::LeadOverdue& l) { return l.actions; })
        .def_readonly("max_days_overdue", &pl::LeadOverdue::max_days_overdue)
        .def("__repr__", [](const pl::LeadOverdue& l) {
            return "<LeadOverdue " + quoted(l.lead) + ": " + std::to_string(l.count) + ">";
        });
    m.def(
        "overdue_by_lead",
        [](const pl::Plan& p, const Date& date) {
            return on_copy(p, [&date](const pl::Plan& c) { return pl::overdue_by_lead(c, date); });
        },
        py::arg("plan"), py::arg("date"), "Overdue actions grouped by lead, most overdue first.");
}

void register_warnings_and_checks(py::module_& m) {
    py::class_<pl::Warning> warning(m, "Warning", "A problem worth reporting that does not stop the work.");
    warning.def(py::init<>())
        .def_readwrite("file", &pl::Warning::file)
        .def_readwrite("line", &pl::Warning::line)
        .def_readwrite("code", &pl::Warning::code)
        .def_readwrite("subject", &pl::Warning::subject)
        .def_readwrite("field", &pl::Warning::field)
        .def_readwrite("message", &pl::Warning::message)
        .def("__str__", [](const pl::Warning& w) { return pl::to_string(w); })
        .def("__repr__", [](const pl::Warning& w) { return "<Warning " + quoted(pl::to_string(w)) + ">"; });
    value_semantics(warning);
    m.def("with_code", &pl::with_code, py::arg("warnings"), py::arg("code"), "The warnings with this code.");
    m.def(
        "find_action_references",
        [](const std::string& text) { return pl::find_action_references(text); }, py::arg("text"),
        "Action numbers mentioned in text: 'Links to E safety 3.7' -> ['3.7'].");
    m.def(
        "check_plan",
        [](const pl::Plan& p, const std::string& file) {
            return on_copy(p, [&file](const pl::Plan& c) { return pl::check_plan(c, file); });
        },
        py::arg("plan"), py::arg("file") = "", "Every check of the plan, as warnings.");
}

void register_risks(py::module_& m) {
    py::class_<pl::RiskScore> score(m, "RiskScore", "Likelihood x impact, each 1-5.");
    score.def(py::init<>())
        .def(py::init([](int likelihood, int impact) { return pl::RiskScore{likelihood, impact}; }),
             py::arg("likelihood"), py::arg("impact"))
        .def_readwrite("likelihood", &pl::RiskScore::likelihood)
        .def_readwrite("impact", &pl::RiskScore::impact)
        .def_property_readonly("score", &pl::RiskScore::score)
        .def("__repr__", [](const pl::RiskScore& s) {
            return "RiskScore(" + std::to_string(s.likelihood) + ", " + std::to_string(s.impact) + ")";
        });
    value_semantics(score);
    m.def("validate", py::overload_cast<const pl::RiskScore&>(&pl::validate), py::arg("score"));
    m.def(
        "likelihood_label", [](int value) { return std::string(pl::likelihood_label(value)); }, py::arg("likelihood"));
    m.def(
        "impact_label", [](int value) { return std::string(pl::impact_label(value)); }, py::arg("impact"));

    py::class_<pl::RiskBand> band(m, "RiskBand", "Scores from min_score up to the next band take `status`.");
    band.def(py::init<>())
        .def(py::init([](int min_score, std::string code) { return pl::RiskBand{min_score, std::move(code)}; }),
             py::arg("min_score"), py::arg("status"))
        .def_readwrite("min_score", &pl::RiskBand::min_score)
        .def_readwrite("status", &pl::RiskBand::status)
        .def("__repr__", [](const pl::RiskBand& b) {
            return "RiskBand(" + std::to_string(b.min_score) + ", " + quoted(b.status) + ")";
        });
    value_semantics(band);
    py::class_<pl::RiskThresholds> thresholds(m, "RiskThresholds", "Bands of scores to RAG statuses.");
    thresholds.def(py::init<>())
        .def(py::init([](std::vector<pl::RiskBand> bands) { return pl::RiskThresholds{std::move(bands)}; }),
             py::arg("bands"));
    list_property(thresholds, "bands", &pl::RiskThresholds::bands, "The bands, ascending (a copy).");
    thresholds.def("__repr__", [](const pl::RiskThresholds& t) {
        std::string text;
        for (const auto& b : t.bands) text += (text.empty() ? "" : ", ") + std::to_string(b.min_score) + "+ " + b.status;
        return "<RiskThresholds " + text + ">";
    });
    value_semantics(thresholds);
    m.def("default_risk_thresholds", &pl::default_risk_thresholds, "1-4 G, 5-12 A, 15-25 R.");
    m.def("status_for", &pl::status_for, py::arg("thresholds"), py::arg("score"));
    m.def("validate", py::overload_cast<const pl::RiskThresholds&, const pl::RagScheme&>(&pl::validate),
          py::arg("thresholds"), py::arg("scheme"));

    py::class_<pl::Risk> risk(m, "Risk", "A risk scored before and after mitigation.");
    risk.def(py::init<>())
        .def_readwrite("reference", &pl::Risk::reference)
        .def_readwrite("description", &pl::Risk::description)
        .def_readwrite("owner", &pl::Risk::owner)
        .def_readwrite("inherent", &pl::Risk::inherent)
        .def_readwrite("residual", &pl::Risk::residual);
    list_property(risk, "mitigations", &pl::Risk::mitigations, "Controls in words (a copy).");
    list_property(risk, "mitigating_actions", &pl::Risk::mitigating_actions, "Plan action numbers (a copy).");
    risk.def_readwrite("last_reviewed", &pl::Risk::last_reviewed)
        .def_readwrite("next_review", &pl::Risk::next_review)
        .def("__repr__", [](const pl::Risk& r) {
            return "<Risk " + r.reference + ": " + quoted(shortened(r.description)) + ">";
        });
    value_semantics(risk);

    py::class_<pl::RiskRegister> reg(m, "RiskRegister", "Risks banded into RAG statuses by thresholds.");
    reg.def(py::init<>())
        .def_readwrite("title", &pl::RiskRegister::title)
        .def_readwrite("board", &pl::RiskRegister::board)
        .def_readwrite("scheme", &pl::RiskRegister::scheme)
        .def_readwrite("thresholds", &pl::RiskRegister::thresholds);
    list_property(reg, "risks", &pl::RiskRegister::risks, "The risks (a copy); add them with add_risk.");
    reg.def("__repr__", [](const pl::RiskRegister& r) {
        return "<RiskRegister " + quoted(r.title) + ": " + std::to_string(r.risks.size()) + " risks>";
    });
    value_semantics(reg);
    m.def("add_risk", &pl::add_risk, py::arg("register"), py::arg("risk"),
          "Adds a risk; ValidationError leaves the register unchanged.");
    m.def(
        "record_review",
        [](pl::RiskRegister& r, const std::string& reference, const Date& reviewed, std::optional<pl::RiskScore> residual,
           std::optional<Date> next_review) { pl::record_review(r, reference, reviewed, residual, next_review); },
        py::arg("register"), py::arg("reference"), py::arg("reviewed"), py::arg("residual") = py::none(),
        py::arg("next_review") = py::none(), "Records a review; raises and leaves the register unchanged on failure.");

    py::class_<pl::RiskRow>(m, "RiskRow", "A risk scored and banded at a date.")
        .def_readonly("reference", &pl::RiskRow::reference)
        .def_readonly("description", &pl::RiskRow::description)
        .def_readonly("owner", &pl::RiskRow::owner)
        .def_readonly("inherent_score", &pl::RiskRow::inherent_score)
        .def_readonly("inherent_status", &pl::RiskRow::inherent_status)
        .def_readonly("residual_score", &pl::RiskRow::residual_score)
        .def_readonly("residual_status", &pl::RiskRow::residual_status)
        .def_readonly("review_due", &pl::RiskRow::review_due)
        .def("__repr__", [](const pl::RiskRow& r) {
            return "<RiskRow " + r.reference + ": " + std::to_string(r.inherent_score) + ">";
        });
    m.def("risk_table", &pl::risk_table, py::arg("register"), py::arg("date"),
          "The register at the date, highest current score first.");
    m.def("check_risks", &pl::check_risks, py::arg("register"), py::arg("plan"));
}

void register_diagnostics(py::module_& m) {
    py::class_<pl::CrossReference> ref(m, "CrossReference", "'See 3 above': a pointer to a numbered finding.");
    ref.def(py::init<>())
        .def_readwrite("text", &pl::CrossReference::text)
        .def_readwrite("target", &pl::CrossReference::target)
        .def_readwrite("direction", &pl::CrossReference::direction)
        .def("__repr__", [](const pl::CrossReference& r) { return "<CrossReference " + quoted(r.text) + ">"; });
    value_semantics(ref);
    m.def(
        "find_cross_references", [](const std::string& text) { return pl::find_cross_references(text); },
        py::arg("text"));

    py::class_<pl::DiagnosticFinding> finding(m, "DiagnosticFinding", "A numbered finding and the response to it.");
    finding.def(py::init<>())
        .def(py::init([](int number, std::string assessment, std::string response) {
                 return pl::DiagnosticFinding{number, std::move(assessment), std::move(response), {}, 0};
             }),
             py::arg("number"), py::arg("assessment"), py::arg("response") = "")
        .def_readwrite("number", &pl::DiagnosticFinding::number)
        .def_readwrite("assessment", &pl::DiagnosticFinding::assessment)
        .def_readwrite("response", &pl::DiagnosticFinding::response);
    list_property(finding, "references", &pl::DiagnosticFinding::references, "Cross references in the response.");
    finding.def_readwrite("line", &pl::DiagnosticFinding::line).def("__repr__", [](const pl::DiagnosticFinding& f) {
        return "<DiagnosticFinding " + std::to_string(f.number) + ": " + quoted(shortened(f.assessment)) + ">";
    });
    value_semantics(finding);

    py::class_<pl::FindingProgress> progress(m, "FindingProgress", "Dated progress on a finding.");
    progress.def(py::init<>())
        .def(py::init([](int number, const Date& date, std::string note, std::string code, std::string by) {
                 return pl::FindingProgress{number, date, std::move(note), std::move(code), std::move(by)};
             }),
             py::arg("finding"), py::arg("date"), py::arg("note"), py::arg("status") = "",
             py::arg("recorded_by") = "")
        .def_readwrite("finding", &pl::FindingProgress::finding)
        .def_readwrite("date", &pl::FindingProgress::date)
        .def_readwrite("note", &pl::FindingProgress::note)
        .def_readwrite("status", &pl::FindingProgress::status)
        .def_readwrite("recorded_by", &pl::FindingProgress::recorded_by)
        .def("__repr__", [](const pl::FindingProgress& p) {
            return "<FindingProgress " + std::to_string(p.finding) + " " + to_iso_string(p.date) + ">";
        });
    value_semantics(progress);

    py::class_<pl::Diagnostic> diagnostic(m, "Diagnostic", "Findings, responses and progress on them.");
    diagnostic.def(py::init<>())
        .def_readwrite("title", &pl::Diagnostic::title)
        .def_readwrite("scheme", &pl::Diagnostic::scheme);
    list_property(diagnostic, "notes", &pl::Diagnostic::notes, "Introductory text (a copy).");
    list_property(diagnostic, "findings", &pl::Diagnostic::findings, "Findings in printed order (a copy).");
    list_property(diagnostic, "progress", &pl::Diagnostic::progress, "Progress by date (a copy).");
    diagnostic.def("__repr__", [](const pl::Diagnostic& d) {
        return "<Diagnostic " + quoted(shortened(d.title, 60)) + ": " + std::to_string(d.findings.size()) +
               " findings>";
    });
    value_semantics(diagnostic);
    m.def(
        "find_finding",
        [](const pl::Diagnostic& d, int number) -> std::optional<pl::DiagnosticFinding> {
            if (const auto* f = pl::find_finding(d, number)) return *f;
            return std::nullopt;
        },
        py::arg("diagnostic"), py::arg("number"));
    m.def("add_finding", &pl::add_finding, py::arg("diagnostic"), py::arg("finding"));

    py::class_<pl::ResolvedReference>(m, "ResolvedReference", "A cross reference followed to its target.")
        .def_readonly("source", &pl::ResolvedReference::from)
        .def_readonly("reference", &pl::ResolvedReference::reference)
        .def_readonly("resolved", &pl::ResolvedReference::resolved)
        .def_readonly("target_assessment", &pl::ResolvedReference::target_assessment)
        .def_readonly("target_response", &pl::ResolvedReference::target_response)
        .def("__repr__", [](const pl::ResolvedReference& r) {
            return "<ResolvedReference " + std::to_string(r.from) + " -> " + std::to_string(r.reference.target) +
                   (r.resolved ? "" : " (unresolved)") + ">";
        });
    m.def("resolve_references", &pl::resolve_references, py::arg("diagnostic"));
    m.def("add_progress", &pl::add_progress, py::arg("diagnostic"), py::arg("progress"),
          "Appends progress; ValidationError leaves the diagnostic unchanged.");
    m.def("progress_as_of", &pl::progress_as_of, py::arg("diagnostic"), py::arg("finding"), py::arg("date"));
    m.def("check_diagnostic", &pl::check_diagnostic, py::arg("diagnostic"), py::arg("file") = "");
}

void register_self_assessments(py::module_& m) {
    py::class_<pl::SelfAssessmentItem> item(m, "SelfAssessmentItem", "A numbered risk area of a self-assessment.");
    item.def(py::init<>())
        .def_readwrite("number", &pl::SelfAssessmentItem::number)
        .def_readwrite("area", &pl::SelfAssessmentItem::area)
        .def_readwrite("question", &pl::SelfAssessmentItem::question)
        .def_readwrite("at_risk", &pl::SelfAssessmentItem::at_risk)
        .def_readwrite("action_taken", &pl::SelfAssessmentItem::action_taken)
        .def_readwrite("owner", &pl::SelfAssessmentItem::owner)
        .def_readwrite("when", &pl::SelfAssessmentItem::when)
        .def_readwrite("status", &pl::SelfAssessmentItem::status)
        .def_readwrite("line", &pl::SelfAssessmentItem::line)
        .def("__repr__", [](const pl::SelfAssessmentItem& i) {
            return "<SelfAssessmentItem " + i.number + ": " + quoted(i.area) + ">";
        });
    value_semantics(item);

    py::class_<pl::SelfAssessment> assessment(m, "SelfAssessment", "A self-assessment such as the Prevent template.");
    assessment.def(py::init<>())
        .def_readwrite("title", &pl::SelfAssessment::title)
        .def_readwrite("scheme", &pl::SelfAssessment::scheme);
    list_property(assessment, "notes", &pl::SelfAssessment::notes, "Introductory text (a copy).");
    list_property(assessment, "items", &pl::SelfAssessment::items, "Items in printed order (a copy).");
    assessment.def("__repr__", [](const pl::SelfAssessment& s) {
        return "<SelfAssessment " + quoted(s.title) + ": " + std::to_string(s.items.size()) + " items>";
    });
    value_semantics(assessment);
    m.def(
        "split_area", [](const std::string& cell) { return pl::split_area(cell); }, py::arg("cell"),
        "(area, question) from an area cell.");
    m.def("add_item", &pl::add_item, py::arg("assessment"), py::arg("item"));
    m.def("check_self_assessment", &pl::check_self_assessment, py::arg("assessment"), py::arg("file") = "");
}

void register_loaders(py::module_& m) {
    py::class_<io::LoadedPlan>(m, "LoadedPlan", "A loaded plan and the warnings about it.")
        .def_readwrite("plan", &io::LoadedPlan::plan)
        .def_property_readonly("warnings", [](const io::LoadedPlan& l) { return l.warnings; })
        .def("__repr__", [](const io::LoadedPlan& l) {
            return "<LoadedPlan " + quoted(l.plan.title) + ": " + std::to_string(l.plan.actions.size()) +
                   " actions, " + std::to_string(l.warnings.size()) + " warnings>";
        });
    py::class_<io::LoadedDiagnostic>(m, "LoadedDiagnostic", "A loaded diagnostic and the warnings about it.")
        .def_readwrite("diagnostic", &io::LoadedDiagnostic::diagnostic)
        .def_property_readonly("warnings", [](const io::LoadedDiagnostic& l) { return l.warnings; })
        .def("__repr__", [](const io::LoadedDiagnostic& l) {
            return "<LoadedDiagnostic " + std::to_string(l.diagnostic.findings.size()) + " findings, " +
                   std::to_string(l.warnings.size()) + " warnings>";
        });
    py::class_<io::LoadedSelfAssessment>(m, "LoadedSelfAssessment", "A loaded self-assessment and its warnings.")
        .def_readwrite("assessment", &io::LoadedSelfAssessment::assessment)
        .def_property_readonly("warnings", [](const io::LoadedSelfAssessment& l) { return l.warnings; })
        .def("__repr__", [](const io::LoadedSelfAssessment& l) {
            return "<LoadedSelfAssessment " + std::to_string(l.assessment.items.size()) + " items, " +
                   std::to_string(l.warnings.size()) + " warnings>";
        });

    auto text_options = [](std::string board, std::string period, std::optional<Date> as_of, std::string recorded_by,
                           bool add_blue_complete, std::size_t first_line) {
        io::PlanTextOptions o;
        o.board = std::move(board);
        o.period = std::move(period);
        o.as_of = as_of;
        o.recorded_by = std::move(recorded_by);
        o.add_blue_complete = add_blue_complete;
        o.first_line = first_line;
        return o;
    };
    m.def(
        "read_plan_text",
        [text_options](const std::filesystem::path& path, std::string board, std::string period,
                       std::optional<Date> as_of, std::string recorded_by, bool add_blue_complete,
                       std::size_t first_line) {
            const auto options = text_options(std::move(board), std::move(period), as_of, std::move(recorded_by),
                                              add_blue_complete, first_line);
            const py::gil_scoped_release release;
            return io::read_plan_text(path, options);
        },
        py::arg("path"), py::kw_only(), py::arg("board") = "", py::arg("period") = "", py::arg("as_of") = py::none(),
        py::arg("recorded_by") = "", py::arg("add_blue_complete") = true, py::arg("first_line") = 1,
        "Reads a plan pasted from Word; InputError names file, line and field, StorageError if unreadable.");
    m.def(
        "parse_plan_text",
        [text_options](const std::string& text, const std::string& source, std::string board, std::string period,
                       std::optional<Date> as_of, std::string recorded_by, bool add_blue_complete,
                       std::size_t first_line) {
            const auto options = text_options(std::move(board), std::move(period), as_of, std::move(recorded_by),
                                              add_blue_complete, first_line);
            const py::gil_scoped_release release;
            return io::parse_plan_text(text, source, options);
        },
        py::arg("text"), py::arg("source"), py::kw_only(), py::arg("board") = "", py::arg("period") = "",
        py::arg("as_of") = py::none(), py::arg("recorded_by") = "", py::arg("add_blue_complete") = true,
        py::arg("first_line") = 1, "Parses a plan pasted from Word; `source` names it in errors.");
    m.def("parse_rag_key", &io::parse_rag_key, py::arg("lines"), "Reads the entries of a printed RAG key.");

    auto csv_options = [](std::string title, std::string board, std::string period, std::optional<pl::RagScheme> scheme,
                          std::optional<Date> as_of) {
        io::PlanCsvOptions o;
        o.title = std::move(title);
        o.board = std::move(board);
        o.period = std::move(period);
        if (scheme) o.scheme = std::move(*scheme);
        o.as_of = as_of;
        return o;
    };
    m.def(
        "read_plan_csv",
        [csv_options](const std::filesystem::path& path, std::string title, std::string board, std::string period,
                      std::optional<pl::RagScheme> scheme, std::optional<Date> as_of) {
            const auto options =
                csv_options(std::move(title), std::move(board), std::move(period), std::move(scheme), as_of);
            const py::gil_scoped_release release;
            return io::read_plan_csv(path, options);
        },
        py::arg("path"), py::kw_only(), py::arg("title") = "", py::arg("board") = "", py::arg("period") = "",
        py::arg("scheme") = py::none(), py::arg("as_of") = py::none(),
        "Reads a plan kept as CSV, one row per action (scheme None: the default BRAG scheme).");
    m.def(
        "parse_plan_csv",
        [csv_options](const std::string& text, const std::string& source, std::string title, std::string board,
                      std::string period, std::optional<pl::RagScheme> scheme, std::optional<Date> as_of) {
            const auto options =
                csv_options(std::move(title), std::move(board), std::move(period), std::move(scheme), as_of);
            const py::gil_scoped_release release;
            return io::parse_plan_csv(text, source, options);
        },
        py::arg("text"), py::arg("source"), py::kw_only(), py::arg("title") = "", py::arg("board") = "",
        py::arg("period") = "", py::arg("scheme") = py::none(), py::arg("as_of") = py::none());
    m.def(
        "format_plan_csv",
        [](const pl::Plan& p, std::optional<Date> as_of) {
            return on_copy(p, [&as_of](const pl::Plan& c) { return io::format_plan_csv(c, as_of); });
        },
        py::arg("plan"), py::arg("as_of") = py::none(),
        "The plan as CSV, each action's position and rating as of the date (the latest if None).");

    m.def(
        "read_diagnostic_text",
        [](const std::filesystem::path& path, std::optional<Date> as_of, std::string recorded_by,
           std::size_t first_line) {
            io::DiagnosticTextOptions options;
            options.as_of = as_of;
            options.recorded_by = std::move(recorded_by);
            options.first_line = first_line;
            const py::gil_scoped_release release;
            return io::read_diagnostic_text(path, options);
        },
        py::arg("path"), py::kw_only(), py::arg("as_of") = py::none(), py::arg("recorded_by") = "",
        py::arg("first_line") = 1, "Reads an Assessment / Response table pasted from Word.");
    m.def(
        "parse_diagnostic_text",
        [](const std::string& text, const std::string& source, std::optional<Date> as_of, std::string recorded_by,
           std::size_t first_line) {
            io::DiagnosticTextOptions options;
            options.as_of = as_of;
            options.recorded_by = std::move(recorded_by);
            options.first_line = first_line;
            const py::gil_scoped_release release;
            return io::parse_diagnostic_text(text, source, options);
        },
        py::arg("text"), py::arg("source"), py::kw_only(), py::arg("as_of") = py::none(), py::arg("recorded_by") = "",
        py::arg("first_line") = 1);
    m.def("read_self_assessment_text", &io::read_self_assessment_text, py::arg("path"),
          py::call_guard<py::gil_scoped_release>(), "Reads a self-assessment table such as the Prevent template.");
    m.def("parse_self_assessment_text", &io::parse_self_assessment_text, py::arg("text"), py::arg("source"),
          py::arg("first_line") = 1, py::call_guard<py::gil_scoped_release>());
}

} // namespace

void register_plans(py::module_& m) {
    register_schemes(m);
    register_timescales(m);
    register_plan_types(m);
    register_history(m);
    register_summaries(m);
    register_warnings_and_checks(m);
    register_risks(m);
    register_diagnostics(m);
    register_self_assessments(m);
    register_loaders(m);
}

} // namespace boardroom::python
