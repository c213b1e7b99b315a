// boardroom._core.plans, second part: risk registers, diagnostics, Prevent-style
// self-assessments and the loaders of plans and their records.
#include "register_plans.hpp"

#include "boardroom/core/error.hpp"

namespace boardroom::python::plans_binding {

namespace pl = boardroom::plans;

namespace {

// Rows of a sheet as Python hands them over, (row number, cells), as CsvRows.
std::vector<io::CsvRow> table_rows(std::vector<std::pair<std::size_t, std::vector<std::string>>> rows) {
    std::vector<io::CsvRow> out;
    out.reserve(rows.size());
    for (auto& [line, cells] : rows) out.push_back({line, std::move(cells)});
    return out;
}

} // namespace

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
        .def_readwrite("indicator", &pl::Risk::indicator,
                       "The indicator series that shows whether the risk is materialising; empty if none.")
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
        "plan_from_rows",
        [csv_options](std::vector<std::pair<std::size_t, std::vector<std::string>>> rows, std::string source,
                      std::string title, std::string board, std::string period, std::optional<pl::RagScheme> scheme,
                      std::optional<Date> as_of) {
            const auto options =
                csv_options(std::move(title), std::move(board), std::move(period), std::move(scheme), as_of);
            const py::gil_scoped_release release;
            return io::parse_plan_csv(io::CsvTable::from_rows(table_rows(std::move(rows)), std::move(source)), options);
        },
        py::arg("rows"), py::arg("source"), py::kw_only(), py::arg("title") = "", py::arg("board") = "",
        py::arg("period") = "", py::arg("scheme") = py::none(), py::arg("as_of") = py::none(),
        "Reads a plan from a spreadsheet's rows, (row number, cells as text), the first non-blank row the header "
        "of the CSV form; errors name `source`, the row number and the column.");
    m.def(
        "format_plan_csv",
        [](const pl::Plan& p, std::optional<Date> as_of) {
            return io::format_plan_csv(p, as_of);
        },
        py::arg("plan"), py::arg("as_of") = py::none(),
        "The plan as CSV, each action's position and rating as of the date (the latest if None).");

    auto risk_options = [](std::string title, std::string board, std::optional<pl::RagScheme> scheme,
                           std::optional<pl::RiskThresholds> thresholds) {
        io::RiskCsvOptions o;
        o.title = std::move(title);
        o.board = std::move(board);
        if (scheme) o.scheme = std::move(*scheme);
        if (thresholds) o.thresholds = std::move(*thresholds);
        return o;
    };
    m.def(
        "read_risk_register_csv",
        [risk_options](const std::filesystem::path& path, std::string title, std::string board,
                       std::optional<pl::RagScheme> scheme, std::optional<pl::RiskThresholds> thresholds) {
            const auto options =
                risk_options(std::move(title), std::move(board), std::move(scheme), std::move(thresholds));
            const py::gil_scoped_release release;
            return io::read_risk_register_csv(path, options);
        },
        py::arg("path"), py::kw_only(), py::arg("title") = "", py::arg("board") = "", py::arg("scheme") = py::none(),
        py::arg("thresholds") = py::none(),
        "Reads a risk register kept as CSV, one row per risk (scheme None: the seed's RAG key; thresholds None: "
        "the default banding).");
    m.def(
        "parse_risk_register_csv",
        [risk_options](const std::string& text, const std::string& source, std::string title, std::string board,
                       std::optional<pl::RagScheme> scheme, std::optional<pl::RiskThresholds> thresholds) {
            const auto options =
                risk_options(std::move(title), std::move(board), std::move(scheme), std::move(thresholds));
            const py::gil_scoped_release release;
            return io::parse_risk_register_csv(text, source, options);
        },
        py::arg("text"), py::arg("source"), py::kw_only(), py::arg("title") = "", py::arg("board") = "",
        py::arg("scheme") = py::none(), py::arg("thresholds") = py::none());
    m.def(
        "risk_register_from_rows",
        [risk_options](std::vector<std::pair<std::size_t, std::vector<std::string>>> rows, std::string source,
                       std::string title, std::string board, std::optional<pl::RagScheme> scheme,
                       std::optional<pl::RiskThresholds> thresholds) {
            const auto options =
                risk_options(std::move(title), std::move(board), std::move(scheme), std::move(thresholds));
            const py::gil_scoped_release release;
            return io::parse_risk_register_csv(io::CsvTable::from_rows(table_rows(std::move(rows)), std::move(source)),
                                               options);
        },
        py::arg("rows"), py::arg("source"), py::kw_only(), py::arg("title") = "", py::arg("board") = "",
        py::arg("scheme") = py::none(), py::arg("thresholds") = py::none(),
        "Reads a risk register from a spreadsheet's rows, (row number, cells as text).");
    m.def(
        "format_risk_register_csv",
        [](const pl::RiskRegister& r) {
            const py::gil_scoped_release release;
            return io::format_risk_register_csv(r);
        },
        py::arg("register"), "The register as CSV, in the form read_risk_register_csv reads.");

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

} // namespace boardroom::python::plans_binding
