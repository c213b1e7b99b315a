// Kernels of the indicator statistics against the cost of merely moving their bytes:
// reading x and n (16 bytes a row) and writing value, lower and upper (24 bytes a row).
#include "boardroom/indicators.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstring>
#include <random>
#include <vector>

namespace ind = boardroom::indicators;

namespace {

struct Inputs {
    std::vector<double> x, n;
};

// Counts as in indicator data: denominators of 100 to 100,000, proportions around 10%.
Inputs make_proportions(std::size_t rows) {
    std::mt19937_64 rng(20151210);
    std::uniform_int_distribution<int> denominator(100, 100000);
    Inputs in{std::vector<double>(rows), std::vector<double>(rows)};
    for (std::size_t i = 0; i < rows; ++i) {
        in.n[i] = denominator(rng);
        in.x[i] = std::binomial_distribution<int>(static_cast<int>(in.n[i]), 0.1)(rng);
    }
    return in;
}

// Rates: event counts from 0 to a few hundred (a fifth of them below 10, so exact limits).
Inputs make_rates(std::size_t rows) {
    std::mt19937_64 rng(20150917);
    std::uniform_int_distribution<int> population(1000, 300000);
    std::lognormal_distribution<double> mean_count(2.8, 1.0);
    Inputs in{std::vector<double>(rows), std::vector<double>(rows)};
    for (std::size_t i = 0; i < rows; ++i) {
        in.n[i] = population(rng);
        in.x[i] = std::poisson_distribution<int>(mean_count(rng))(rng);
    }
    return in;
}

void BM_CopyBaseline(benchmark::State& state) {
    const auto rows = static_cast<std::size_t>(state.range(0));
    const Inputs in = make_proportions(rows);
    for (auto _ : state) {
        std::vector<double> value(rows), lower(rows), upper(rows);
        std::memcpy(value.data(), in.x.data(), rows * sizeof(double));
        std::memcpy(lower.data(), in.n.data(), rows * sizeof(double));
        std::memcpy(upper.data(), in.x.data(), rows * sizeof(double));
        benchmark::DoNotOptimize(upper.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_ProportionWilson(benchmark::State& state) {
    const auto rows = static_cast<std::size_t>(state.range(0));
    const Inputs in = make_proportions(rows);
    const double levels[] = {0.95};
    for (auto _ : state) {
        auto table = ind::proportion_intervals(in.x, in.n, levels);
        benchmark::DoNotOptimize(table.upper.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_ProportionWilsonTwoLevels(benchmark::State& state) {
    const auto rows = static_cast<std::size_t>(state.range(0));
    const Inputs in = make_proportions(rows);
    for (auto _ : state) {
        auto table = ind::proportion_intervals(in.x, in.n, ind::fingertips_levels);
        benchmark::DoNotOptimize(table.upper.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_Rate(benchmark::State& state) {
    const auto rows = static_cast<std::size_t>(state.range(0));
    const Inputs in = make_rates(rows);
    const double levels[] = {0.95};
    for (auto _ : state) {
        auto table = ind::rate_intervals(in.x, in.n, levels);
        benchmark::DoNotOptimize(table.upper.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

} // namespace

BENCHMARK(BM_CopyBaseline)->Arg(1'000'000)->Arg(10'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProportionWilson)->Arg(1'000'000)->Arg(10'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProportionWilsonTwoLevels)->Arg(1'000'000)->Arg(10'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Rate)->Arg(1'000'000)->Arg(10'000'000)->Unit(benchmark::kMillisecond);
