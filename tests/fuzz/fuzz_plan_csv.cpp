// An action plan as CSV.
#include "boardroom/io/plan_csv.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = boardroom::fuzz::as_text(data, size);
    boardroom::fuzz::expect_result_or_error([&] { boardroom::io::parse_plan_csv(text, "fuzz.csv"); });
    return 0;
}
