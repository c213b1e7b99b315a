// Problems worth telling the user about that do not stop the work: a lead
// missing from an action, a cross reference to an action that does not exist,
// a deadline earlier than the plan. Errors throw; warnings are returned.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace boardroom::plans {

struct Warning {
    std::string file;     ///< source file, or empty for a plan built in memory
    std::size_t line{0};  ///< 1-based line in `file`; 0 if unknown
    std::string code;     ///< stable machine-readable kind: "missing-lead", "unknown-reference", ...
    std::string subject;  ///< what it is about: "action 7.4", "finding 7", "risk R3"
    std::string field;    ///< column or field: "Lead", "Timescales"; may be empty
    std::string message;  ///< a sentence for people

    friend bool operator==(const Warning&, const Warning&) = default;
};

/// "plan.txt:112: action 7.4: field 'Anticipated Outcomes': refers to action 3.7, ..."
std::string to_string(const Warning& warning);

/// The warnings with a given code, in order.
std::vector<Warning> with_code(const std::vector<Warning>& warnings, const std::string& code);

} // namespace boardroom::plans
