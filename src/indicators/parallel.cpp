#include "boardroom/indicators/parallel.hpp"

#include "kernels.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace boardroom::indicators {

namespace {

std::atomic<unsigned> requested_threads{0};

} // namespace

void set_kernel_threads(unsigned threads) noexcept { requested_threads.store(threads); }

unsigned kernel_threads() noexcept {
    const unsigned requested = requested_threads.load();
    if (requested != 0) return requested;
    return std::max(1U, std::thread::hardware_concurrency());
}

namespace detail {

void for_blocks(std::size_t count, std::size_t block,
                const std::function<void(std::size_t, std::size_t)>& work) {
    if (count == 0) return;
    const std::size_t blocks = (count + block - 1) / block;
    const std::size_t threads =
        count < parallel_min_rows ? 1 : std::min<std::size_t>(kernel_threads(), blocks);
    if (threads <= 1) {
        for (std::size_t b = 0; b < blocks; ++b) work(b * block, std::min(count, (b + 1) * block));
        return;
    }
    // Blocks are handed out in order; each records its own failure and the first
    // failing block's error is the one reported.
    std::atomic<std::size_t> next{0};
    std::vector<std::exception_ptr> errors(blocks);
    auto run = [&] {
        for (std::size_t b = next.fetch_add(1); b < blocks; b = next.fetch_add(1)) {
            try {
                work(b * block, std::min(count, (b + 1) * block));
            } catch (...) {
                errors[b] = std::current_exception();
            }
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    try {
        for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(run);
    } catch (...) {
        // No more threads to be had: the caller's thread does the rest.
    }
    run();
    for (auto& thread : pool) thread.join();
    for (const auto& error : errors)
        if (error) std::rethrow_exception(error);
}

} // namespace detail

} // namespace boardroom::indicators
