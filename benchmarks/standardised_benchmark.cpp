// Standardised rates, life tables and funnels at the sizes of the statistics issue's
// speed bar: DSR over 20,000 areas x 19 bands, life expectancy over 10,000 areas x 20
// bands, funnel limits and significance for 1e6 points. The kernels alone, on data
// already grouped (benchmarks/bench_standardised.py times the pandas front end too).
#include "boardroom/indicators.hpp"

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>
#include <vector>

namespace ind = boardroom::indicators;

namespace {

struct Banded {
    std::vector<double> x, n, ages;
    std::vector<std::size_t> offsets;
};

// Populations of 500-8,000 a band and death rates rising with age, 19 ESP bands an area.
Banded make_dsr(std::size_t areas) {
    std::mt19937_64 rng(20151210);
    std::uniform_int_distribution<int> people(500, 8000);
    Banded b;
    const std::size_t bands = ind::esp2013.size();
    for (std::size_t a = 0; a < areas; ++a) {
        b.offsets.push_back(a * bands);
        for (std::size_t k = 0; k < bands; ++k) {
            const double n = people(rng);
            const double rate = 0.0002 * std::exp(5.5 * static_cast<double>(k) / (bands - 1));
            b.n.push_back(n);
            b.x.push_back(std::poisson_distribution<int>(n * rate)(rng) + (k == 0 ? 1 : 0));
        }
    }
    b.offsets.push_back(areas * bands);
    return b;
}

// The 20 life-table bands, 2,000-6,000 people a five-year band, realistic mortality.
Banded make_life(std::size_t areas) {
    std::mt19937_64 rng(20150917);
    std::uniform_int_distribution<int> per_year(400, 1200);
    Banded b;
    const auto& ages = ind::life_table_start_ages;
    for (std::size_t a = 0; a < areas; ++a) {
        b.offsets.push_back(a * ages.size());
        for (std::size_t k = 0; k < ages.size(); ++k) {
            const double width = k + 1 < ages.size() ? ages[k + 1] - ages[k] : 5.0;
            const double n = k + 1 < ages.size() ? per_year(rng) * width : per_year(rng) / 2.0;
            const double rate = k == 0 ? 0.004 : 0.00005 * std::exp(0.095 * ages[k]);
            b.n.push_back(n);
            b.x.push_back(std::max(k + 1 < ages.size() ? 0.0 : 1.0,
                                   static_cast<double>(std::poisson_distribution<int>(n * rate)(rng))));
            b.ages.push_back(ages[k]);
        }
    }
    b.offsets.push_back(areas * ages.size());
    return b;
}

void BM_Dsr(benchmark::State& state) {
    const auto areas = static_cast<std::size_t>(state.range(0));
    const Banded b = make_dsr(areas);
    const double levels[] = {0.95};
    const ind::DsrData data{b.x, b.n, ind::esp2013, b.offsets, ind::StandardLayout::per_band};
    for (auto _ : state) {
        auto table = ind::dsr_intervals(data, levels, ind::DsrOptions{});
        benchmark::DoNotOptimize(table.intervals.upper.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_LifeExpectancy(benchmark::State& state) {
    const auto areas = static_cast<std::size_t>(state.range(0));
    const Banded b = make_life(areas);
    const double levels[] = {0.95};
    const ind::LifeTableData data{b.x, b.n, b.ages, b.offsets};
    for (auto _ : state) {
        auto table = ind::life_expectancy_intervals(data, levels);
        benchmark::DoNotOptimize(table.intervals.upper.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

struct Points {
    std::vector<double> x, n, rate;
    std::vector<std::size_t> offsets;
};

Points make_points(std::size_t rows, bool rates) {
    std::mt19937_64 rng(20150619);
    Points p;
    for (std::size_t i = 0; i < rows; ++i) {
        if (rates) {
            const double n = std::uniform_int_distribution<int>(5000, 300000)(rng);
            const double x = std::poisson_distribution<int>(n * 4e-4)(rng) + 1;
            p.n.push_back(n);
            p.x.push_back(x);
            p.rate.push_back(x / n * 100000.0);
        } else {
            const double n = std::uniform_int_distribution<int>(200, 50000)(rng);
            p.n.push_back(n);
            p.x.push_back(std::binomial_distribution<int>(static_cast<int>(n), 0.08)(rng));
        }
    }
    p.offsets = {0, rows};
    return p;
}

void funnel(benchmark::State& state, bool rates) {
    const auto rows = static_cast<std::size_t>(state.range(0));
    const Points p = make_points(rows, rates);
    ind::FunnelOptions options;
    if (rates) {
        options.statistic = ind::FunnelStatistic::rate;
        options.rate_type = ind::FunnelRateType::crude;
        options.multiplier = 100000.0;
    }
    const ind::FunnelData data{p.x, p.n, p.rate};
    std::vector<ind::FunnelSignificance> out(rows);
    for (auto _ : state) {
        auto limits = ind::funnel_limits(data, p.offsets, options);
        ind::funnel_significance(data, p.offsets, options, out);
        benchmark::DoNotOptimize(limits.groups);
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_FunnelProportions(benchmark::State& state) { funnel(state, false); }
void BM_FunnelCrudeRates(benchmark::State& state) { funnel(state, true); }

} // namespace

BENCHMARK(BM_Dsr)->Arg(20'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LifeExpectancy)->Arg(10'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FunnelProportions)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FunnelCrudeRates)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
