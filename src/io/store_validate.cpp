// Checks before storing: replaying a document's records through the model's
// own add_* functions applies exactly the rules the model enforces when the
// document is built, without restating them here.
#include "store_validate.hpp"

#include "boardroom/core/error.hpp"

#include <set>
#include <string>

namespace boardroom::io::store_detail {

namespace {

void require_title(const std::string& title, std::string_view what) {
    if (title.empty()) throw ValidationError("a " + std::string(what) + " needs a title to be stored");
}

/// Runs `check`, prefixing any ValidationError with the document it is about.
template <class F>
void about(std::string_view what, const std::string& title, F check) {
    try {
        check();
    } catch (const ValidationError& e) {
        throw ValidationError(std::string(what) + " '" + title + "': " + e.what());
    }
}

template <class Documents>
void unique_titles(const Documents& documents, std::string_view what) {
    std::set<std::string> seen;
    for (const auto& d : documents)
        if (!seen.insert(d.title).second)
            throw ValidationError("two " + std::string(what) + "s are titled '" + d.title + "'");
}

} // namespace

void validate_for_store(const plans::RiskRegister& register_) {
    require_title(register_.title, "risk register");
    about("risk register", register_.title, [&register_] {
        plans::validate(register_.scheme);
        plans::validate(register_.thresholds, register_.scheme);
        plans::RiskRegister copy;
        copy.scheme = register_.scheme;
        copy.thresholds = register_.thresholds;
        for (const auto& risk : register_.risks) plans::add_risk(copy, risk);
    });
}

void validate_for_store(const plans::Diagnostic& diagnostic) {
    require_title(diagnostic.title, "diagnostic");
    about("diagnostic", diagnostic.title, [&diagnostic] {
        plans::validate(diagnostic.scheme);
        plans::Diagnostic copy;
        copy.scheme = diagnostic.scheme;
        for (const auto& finding : diagnostic.findings) plans::add_finding(copy, finding);
        for (const auto& progress : diagnostic.progress) plans::add_progress(copy, progress);
    });
}

void validate_for_store(const plans::SelfAssessment& assessment) {
    require_title(assessment.title, "self-assessment");
    about("self-assessment", assessment.title, [&assessment] {
        plans::validate(assessment.scheme);
        plans::SelfAssessment copy;
        copy.scheme = assessment.scheme;
        for (const auto& item : assessment.items) plans::add_item(copy, item);
    });
}

void validate_bundle(const BoardBundle& bundle) {
    governance::check_references(bundle.records);
    for (const auto& plan : bundle.plans) about("plan", plan.title, [&plan] { plans::validate(plan); });
    for (const auto& r : bundle.risk_registers) validate_for_store(r);
    for (const auto& d : bundle.diagnostics) validate_for_store(d);
    for (const auto& a : bundle.self_assessments) validate_for_store(a);
    unique_titles(bundle.risk_registers, "risk register");
    unique_titles(bundle.diagnostics, "diagnostic");
    unique_titles(bundle.self_assessments, "self-assessment");
}

} // namespace boardroom::io::store_detail
