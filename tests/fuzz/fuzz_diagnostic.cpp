// A diagnostic table and, on the same bytes, a self-assessment table.
#include "boardroom/io/plan_diagnostic.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = boardroom::fuzz::as_text(data, size);
    boardroom::fuzz::expect_result_or_error([&] { boardroom::io::parse_diagnostic_text(text, "fuzz.txt"); });
    boardroom::fuzz::expect_result_or_error([&] { boardroom::io::parse_self_assessment_text(text, "fuzz.txt"); });
    return 0;
}
