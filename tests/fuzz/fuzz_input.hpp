// What every fuzz target checks: a loader given any bytes either returns or
// throws a boardroom::Error whose message is valid UTF-8. Anything else (a
// crash, a sanitizer report, another exception, a bad message) is a finding.
#pragma once

#include "../../src/core/text.hpp"
#include "boardroom/core/error.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace boardroom::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

template <class F>
void expect_result_or_error(F&& load) {
    try {
        load();
    } catch (const InputError& e) {
        if (text_detail::invalid_utf8_at(e.what()) || text_detail::invalid_utf8_at(e.file()) ||
            text_detail::invalid_utf8_at(e.record()) || text_detail::invalid_utf8_at(e.field()))
            std::abort();
    } catch (const Error& e) {
        if (text_detail::invalid_utf8_at(e.what())) std::abort();
    }
}

} // namespace boardroom::fuzz
