// The last check on every public output: one pass over the finished text for
// contact details, after the disclosure gate and the renderers have run.
#pragma once

#include "boardroom/governance/register.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace boardroom::report {

/// The private values recorded in a register (telephone numbers, email
/// addresses and postcodes of everyone's contact details), held in the forms
/// they are compared in: digits only (+44 read as 0), lower case, upper case
/// without spaces.
class PrivateValues {
public:
    explicit PrivateValues(const governance::Register& reg);

    /// Throws DisclosureError, naming `where` and the kind of detail (and
    /// whose, for a recorded value) but never the detail itself, when `text`
    /// shows a recorded telephone number (however spaced), a recorded
    /// postcode, anything that reads as an email address, or anything that
    /// reads as a UK telephone number ("01772 536083", "+44 (0)1772 536083").
    /// Linear in the length of the text: no pattern is retried from every
    /// position, so a megabyte-long word costs what its length does.
    void check(std::string_view text, std::string_view where) const;

private:
    std::unordered_map<std::string, std::string> phones_;     ///< digits -> whose
    std::unordered_set<std::size_t> phone_lengths_;
    std::unordered_map<std::string, std::string> emails_;     ///< lower case -> whose
    std::unordered_map<std::string, std::string> postcodes_;  ///< "PR71BT" -> whose
};

/// PrivateValues(reg).check(text, where).
void check_public_text(std::string_view text, const governance::Register& reg, std::string_view where);

} // namespace boardroom::report
