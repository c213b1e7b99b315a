// boardroom._core.plans: action plans, RAG schemes and histories, summaries,
// and summaries; register_plans_records.cpp binds risk registers, diagnostics,
// self-assessments and the loaders.
//
// Value types are bound as classes whose list members are copied in and out
// (a Python list that pointed into a C++ vector would dangle once add_rating
// reallocates it); change a plan through the functions (add_rating, ...), which
// validate first and leave it unchanged if they raise.
//
// Queries over a whole plan run with the GIL released on a copy of the plan
// taken while it is held: another thread may call add_rating on the same plan
// meanwhile, and that must not swap the vectors under a running query.
#include "register_plans.hpp"

#include "boardroom/core/error.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace boardroom::python {

namespace {

using namespace plans_binding;
namespace pl = boardroom::plans;

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
                         std::string leads, std::string timescale, std::string indicator) {
                 pl::PlanAction a;
                 a.number = std::move(number);
                 a.section = std::move(section_number);
                 a.text = std::move(text);
                 a.outcomes = std::move(outcomes);
                 a.leads_text = std::move(leads);
                 a.timescale = pl::parse_timescale(timescale);
                 a.indicator = std::move(indicator);
                 return a;
             }),
             py::arg("number"), py::arg("section"), py::arg("text"), py::arg("outcomes") = "",
             py::arg("leads") = "", py::arg("timescale") = "", py::arg("indicator") = "",
             "An action; `leads` is the Lead cell as printed, `timescale` the printed timescale, `indicator` "
             "the indicator series whose data should bear its rating out, named as the data names it.")
        .def_readwrite("number", &pl::PlanAction::number)
        .def_readwrite("section", &pl::PlanAction::section)
        .def_readwrite("text", &pl::PlanAction::text)
        .def_readwrite("outcomes", &pl::PlanAction::outcomes)
        .def_readwrite("leads_text", &pl::PlanAction::leads_text);
    list_property(action, "leads", &pl::PlanAction::leads, "The Lead cell split into leads (a copy).");
    action.def_readwrite("timescale", &pl::PlanAction::timescale)
        .def_readwrite("line", &pl::PlanAction::line)
        .def_readwrite("indicator", &pl::PlanAction::indicator,
                       "The indicator series whose data should bear the rating out; empty if none.")
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

// The plan queries run on the plan itself with the GIL held, so no other Python thread can
// change it meanwhile; they are linear in the plan, so a copy to release the GIL would cost as
// much as the query.
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
            return pl::state_as_of(p, date);
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
            return pl::movement_between(p, from, to);
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
        .def_readonly("reported_complete", &pl::OverdueAction::reported_complete,
                      "The latest position says the action is done though no rating does.")
        .def_readonly("position", &pl::OverdueAction::position)
        .def("__repr__", [](const pl::OverdueAction& o) {
            return "<OverdueAction " + o.action + ": due " + to_iso_string(o.due) + ", " +
                   std::to_string(o.days_overdue) + " days overdue>";
        });
    m.def(
        "overdue_as_of",
        [](const pl::Plan& p, const Date& date) {
            return pl::overdue_as_of(p, date);
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
            return pl::rag_counts_by_section(p, date);
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
            return pl::movement_since_last_report(p, date);
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
            return pl::overdue_by_lead(p, date);
        },
        py::arg("plan"), py::arg("date"), "Overdue actions grouped by lead, most overdue first.");
    m.def("lead_key", &pl::lead_key, py::arg("lead"),
          "A lead as counted: case, runs of spaces and trailing punctuation ignored.");
    m.def("is_sentence_lead", &pl::is_sentence_lead, py::arg("lead"),
          "True when a piece of a Lead cell reads as a sentence, not a role, group or person.");
    m.def("reads_complete", &pl::reads_complete, py::arg("position"),
          "True when a position or evidence text says the action is done and nothing else.");
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
            return pl::check_plan(p, file);
        },
        py::arg("plan"), py::arg("file") = "", "Every check of the plan, as warnings.");
}

} // namespace

void register_plans(py::module_& m) {
    register_schemes(m);
    register_timescales(m);
    register_plan_types(m);
    register_history(m);
    register_summaries(m);
    register_warnings_and_checks(m);
    plans_binding::register_risks(m);
    plans_binding::register_diagnostics(m);
    plans_binding::register_self_assessments(m);
    plans_binding::register_loaders(m);
}

} // namespace boardroom::python
