// Minutes or notes of a meeting (attendance included).
#include "boardroom/io/governance_minutes.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = boardroom::fuzz::as_text(data, size);
    boardroom::fuzz::expect_result_or_error([&] { boardroom::io::parse_minutes(text, "fuzz.txt"); });
    return 0;
}
