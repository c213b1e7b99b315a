// Strongly typed identifiers: a PersonId cannot be passed where a BoardId is
// expected, though both are integers underneath (as in the store).
#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace boardroom {

template <class Tag>
class Id {
public:
    using value_type = std::int64_t;

    constexpr Id() = default;
    constexpr explicit Id(value_type value) : value_(value) {}

    constexpr value_type value() const noexcept { return value_; }
    /// Ids start at 1; 0 means "not yet assigned".
    constexpr bool valid() const noexcept { return value_ > 0; }

    friend constexpr auto operator<=>(const Id&, const Id&) = default;

private:
    value_type value_{0};
};

using OrganisationId = Id<struct OrganisationTag>;
using PersonId = Id<struct PersonTag>;
using BoardId = Id<struct BoardTag>;
using MeetingId = Id<struct MeetingTag>;
using AgendaItemId = Id<struct AgendaItemTag>;
using ActionId = Id<struct ActionTag>;
using PlanId = Id<struct PlanTag>;

} // namespace boardroom

template <class Tag>
struct std::hash<boardroom::Id<Tag>> {
    std::size_t operator()(const boardroom::Id<Tag>& id) const noexcept {
        return std::hash<std::int64_t>{}(id.value());
    }
};
