#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

namespace parley::bench {

// Nearest-rank percentiles: every figure printed is a latency that was actually observed, not an
// interpolation between two of them.
class Percentiles {
public:
    explicit Percentiles(std::vector<double> samples) : m_sorted(std::move(samples))
    {
        std::sort(m_sorted.begin(), m_sorted.end());
    }

    bool empty() const { return m_sorted.empty(); }
    std::size_t count() const { return m_sorted.size(); }
    double max() const { return m_sorted.empty() ? 0 : m_sorted.back(); }

    // `p` in (0, 100].
    double at(double p) const
    {
        if (m_sorted.empty())
            return 0;
        const auto rank = std::size_t(std::ceil(p / 100.0 * double(m_sorted.size())));
        return m_sorted[std::clamp<std::size_t>(rank, 1, m_sorted.size()) - 1];
    }

private:
    std::vector<double> m_sorted;
};

} // namespace parley::bench
