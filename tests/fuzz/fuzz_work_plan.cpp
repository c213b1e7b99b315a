// A forward work plan.
#include "boardroom/io/governance_work_plan.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = boardroom::fuzz::as_text(data, size);
    boardroom::fuzz::expect_result_or_error([&] { boardroom::io::parse_work_plan(text, "fuzz.txt"); });
    return 0;
}
