// The JSON interchange document.
#include "boardroom/io/json.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = boardroom::fuzz::as_text(data, size);
    boardroom::fuzz::expect_result_or_error([&] { boardroom::io::bundle_from_json_text(text, "fuzz.json"); });
    return 0;
}
