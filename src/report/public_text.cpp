#include "boardroom/report/public_text.hpp"

#include "boardroom/core/error.hpp"

#include "../text.hpp"

#include <algorithm>

namespace boardroom::report {


namespace {

bool is_ascii_alnum(char c) noexcept { return text::is_digit(c) || text::is_alpha(c); }
// Bytes of UTF-8 sequences count as word characters, as letters of any script do.
bool is_word(char c) noexcept { return is_ascii_alnum(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80; }
bool is_local(char c) noexcept { return is_word(c) || c == '.' || c == '+' || c == '-' || c == '%'; }
bool is_domain(char c) noexcept { return is_word(c) || c == '-' || c == '.'; }

/// "+44 (0)1772 536083" -> "01772536083"; "01772-536083" -> "01772536083".
std::string phone_digits(std::string_view printed) {
    std::string digits;
    for (const char c : printed)
        if (text::is_digit(c)) digits += c;
    const auto plus = printed.find('+');
    if (plus != std::string_view::npos && digits.rfind("44", 0) == 0) {
        digits.erase(0, 2);
        if (digits.rfind('0', 0) != 0) digits.insert(digits.begin(), '0');
    }
    return digits;
}

std::string postcode_key(std::string_view printed) {
    std::string key;
    for (const char c : printed)
        if (!text::is_space(c)) key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return key;
}

/// A UK postcode's shape, spaces removed: outward code of 2-4 characters
/// starting with a letter, inward code of a digit and two letters.
bool is_postcode_shape(std::string_view key) noexcept {
    if (key.size() < 5 || key.size() > 7 || !text::is_alpha(key.front())) return false;
    const auto inward = key.substr(key.size() - 3);
    if (!text::is_digit(inward[0]) || !text::is_alpha(inward[1]) || !text::is_alpha(inward[2])) return false;
    return std::all_of(key.begin(), key.end(), [](char c) { return is_ascii_alnum(c); });
}

/// Groups of digits separated by single spaces or hyphens ("01772 536083"),
/// with what stands before the first group ("+44 (0)").
struct DigitRun {
    std::size_t begin{0};
    std::size_t end{0};
    std::vector<std::string> groups;
    bool international{false};  ///< "+44" before it; its first group is then the rest of the number
};

} // namespace

PrivateValues::PrivateValues(const governance::Register& reg) {
    for (const auto& person : reg.people) {
        if (!person.contact) continue;
        const std::string whose = governance::full_name(person);
        if (const auto digits = phone_digits(person.contact->phone); digits.size() >= 5) {
            phones_.emplace(digits, whose);
            phone_lengths_.insert(digits.size());
        }
        if (!person.contact->email.empty()) emails_.emplace(text::lower(text::trim(person.contact->email)), whose);
        if (const auto key = postcode_key(person.contact->postcode); !key.empty()) postcodes_.emplace(key, whose);
    }
}

void PrivateValues::check(std::string_view s, std::string_view where) const {
    auto refuse = [where](const std::string& what) {
        throw DisclosureError(std::string(where) + ": the public version would show " + what);
    };

    // Email addresses: every '@' looks left over the local part and right over
    // the domain. A left scan stops at the previous '@' and a right scan at
    // the next, so each byte is looked at a bounded number of times.
    std::size_t previous_at = 0;
    for (std::size_t at = s.find('@'); at != std::string_view::npos; at = s.find('@', at + 1)) {
        std::size_t left = at;
        while (left > previous_at && is_local(s[left - 1])) --left;
        std::size_t right = at + 1;
        bool dotted = false;
        while (right < s.size() && is_domain(s[right])) {
            dotted = dotted || (s[right] == '.' && right + 1 < s.size() && is_word(s[right + 1]) && right > at + 1);
            ++right;
        }
        previous_at = at + 1;
        if (left == at || !dotted) continue;
        std::string address = text::lower(s.substr(left, right - left));
        while (!address.empty() && (address.back() == '.' || address.back() == '-')) address.pop_back();
        if (const auto found = emails_.find(address); found != emails_.end())
            refuse(found->second + "'s email address");
        refuse("an email address");
    }

    // Telephone numbers: runs of digit groups, each digit read once.
    std::size_t i = 0;
    while (i < s.size()) {
        if (!text::is_digit(s[i])) {
            ++i;
            continue;
        }
        DigitRun run;
        run.begin = i;
        std::size_t j = i;
        while (j < s.size()) {
            std::size_t k = j;
            while (k < s.size() && text::is_digit(s[k])) ++k;
            run.groups.emplace_back(s.substr(j, k - j));
            j = k;
            if (j + 1 < s.size() && (s[j] == ' ' || s[j] == '-') && text::is_digit(s[j + 1])) {
                ++j;
                continue;
            }
            // "+44 (0)1772": a bracketed 0 between groups.
            if (j + 4 < s.size() && s.substr(j, 4) == " (0)" && text::is_digit(s[j + 4])) {
                j += 4;
                continue;
            }
            break;
        }
        run.end = j;
        i = j;
        std::string digits;
        for (const auto& g : run.groups) digits += g;
        run.international = run.begin >= 1 && s[run.begin - 1] == '+' && digits.rfind("44", 0) == 0;
        if (run.international) {
            // "+44 1772 ..." and "+44 (0)1772 ..." are both "01772 ...".
            const std::size_t country = digits.size() > 2 && digits[2] == '0' ? 3 : 2;
            std::string national(1, '0');
            national.append(digits, std::min(country, digits.size()), std::string::npos);
            digits = std::move(national);
        }

        // A recorded number anywhere in the run, however it is spaced.
        for (const auto length : phone_lengths_)
            for (std::size_t start = 0; start + length <= digits.size(); ++start)
                if (const auto found = phones_.find(digits.substr(start, length)); found != phones_.end())
                    refuse(found->second + "'s telephone number");

        // A UK number: from a group starting with 0, whole groups making 10 or
        // 11 digits, standing alone (not inside a word, a path or a range).
        const bool alone_after = run.end == s.size() ||
                                 !(is_word(s[run.end]) || s[run.end] == '/' || s[run.end] == '-');
        if (run.international) {
            if ((digits.size() == 10 || digits.size() == 11) && alone_after) refuse("a telephone number");
            continue;
        }
        const bool alone_before = run.begin == 0 || !(is_word(s[run.begin - 1]) || s[run.begin - 1] == '/' ||
                                                      s[run.begin - 1] == '.' || s[run.begin - 1] == '-');
        for (std::size_t g = 0; g < run.groups.size(); ++g) {
            if (run.groups[g].front() != '0' || (g == 0 && !alone_before)) continue;
            std::size_t total = 0;
            for (std::size_t h = g; h < run.groups.size() && total < 11; ++h) {
                total += run.groups[h].size();
                const bool ends_here = h + 1 == run.groups.size() ? alone_after : true;
                if ((total == 10 || total == 11) && ends_here) refuse("a telephone number");
            }
        }
    }

    // Postcodes recorded as private: one word ("PR71BT") or two ("PR7 1BT").
    if (postcodes_.empty()) return;
    std::string_view previous;
    std::size_t previous_end = 0;
    for (std::size_t p = 0; p < s.size();) {
        if (!is_ascii_alnum(s[p])) {
            ++p;
            continue;
        }
        std::size_t q = p;
        while (q < s.size() && is_ascii_alnum(s[q])) ++q;
        const std::string_view word = s.substr(p, q - p);
        if (word.size() <= 7) {
            const std::string key = postcode_key(word);
            if (is_postcode_shape(key))
                if (const auto found = postcodes_.find(key); found != postcodes_.end())
                    refuse(found->second + "'s postcode");
            if (!previous.empty() && previous_end + 1 == p && previous.size() <= 4 && word.size() == 3) {
                const std::string joined = postcode_key(previous) + postcode_key(word);
                if (const auto found = postcodes_.find(joined); found != postcodes_.end())
                    refuse(found->second + "'s postcode");
            }
        }
        previous = word;
        previous_end = q;
        p = q;
    }
}

void check_public_text(std::string_view text, const governance::Register& reg, std::string_view where) {
    PrivateValues(reg).check(text, where);
}

} // namespace boardroom::report
