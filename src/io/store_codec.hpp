// The text the store and the JSON document use for enumerations, shared so
// that a value reads the same in an SQLite column and a JSON member. Reading
// is exact (only the text written is accepted), unlike the lenient parse_*
// functions of the model, which read what officers type.
#pragma once

#include "boardroom/governance/action.hpp"
#include "boardroom/governance/board.hpp"
#include "boardroom/governance/meeting.hpp"
#include "boardroom/governance/membership.hpp"
#include "boardroom/governance/minutes.hpp"
#include "boardroom/plans/timescale.hpp"

#include <array>
#include <optional>
#include <string_view>

namespace boardroom::io::codec {

// The model has no text for these three; these are the format's own.
inline std::string_view text_of(governance::StandingPlace place) noexcept {
    switch (place) {
    case governance::StandingPlace::Opening: return "opening";
    case governance::StandingPlace::Body: return "body";
    case governance::StandingPlace::Closing: return "closing";
    }
    return "body";
}

inline std::string_view text_of(governance::QuorumRule::Kind kind) noexcept {
    return kind == governance::QuorumRule::Kind::Count ? "count" : "fraction";
}

inline std::string_view text_of(governance::Due::Kind kind) noexcept {
    switch (kind) {
    case governance::Due::Kind::Unspecified: return "unspecified";
    case governance::Due::Kind::OnDate: return "on date";
    case governance::Due::Kind::NextMeeting: return "next meeting";
    }
    return "unspecified";
}

/// Model enumerations: the model's own to_string (found by ADL).
template <class E>
    requires requires(E e) { to_string(e); }
std::string_view text_of(E value) noexcept {
    return to_string(value);
}

template <class E>
struct Values;

template <>
struct Values<governance::ItemPurpose> {
    using E = governance::ItemPurpose;
    static constexpr std::array all{E::Information, E::Action, E::Discuss, E::Decision};
};
template <>
struct Values<governance::AgendaPart> {
    using E = governance::AgendaPart;
    static constexpr std::array all{E::Public, E::Exempt};
};
template <>
struct Values<governance::MeetingStatus> {
    using E = governance::MeetingStatus;
    static constexpr std::array all{E::Scheduled, E::ToBeConfirmed, E::Held, E::Cancelled};
};
template <>
struct Values<governance::ActionStatus> {
    using E = governance::ActionStatus;
    static constexpr std::array all{E::Open, E::InProgress, E::Done, E::Dropped};
};
template <>
struct Values<governance::BoardKind> {
    using E = governance::BoardKind;
    static constexpr std::array all{E::Board, E::Committee, E::TaskAndFinishGroup};
};
template <>
struct Values<governance::Role> {
    using E = governance::Role;
    static constexpr std::array all{E::Chair, E::DeputyChair, E::Member, E::CoOpted, E::Officer, E::Adviser};
};
template <>
struct Values<governance::AttendanceStatus> {
    using E = governance::AttendanceStatus;
    static constexpr std::array all{E::Present, E::Apologies, E::Absent, E::Substitute, E::InAttendance};
};
template <>
struct Values<governance::InterestKind> {
    using E = governance::InterestKind;
    static constexpr std::array all{E::Pecuniary, E::NonPecuniary, E::Other};
};
template <>
struct Values<governance::StandingPlace> {
    using E = governance::StandingPlace;
    static constexpr std::array all{E::Opening, E::Body, E::Closing};
};
template <>
struct Values<governance::QuorumRule::Kind> {
    using E = governance::QuorumRule::Kind;
    static constexpr std::array all{E::Count, E::Fraction};
};
template <>
struct Values<governance::Due::Kind> {
    using E = governance::Due::Kind;
    static constexpr std::array all{E::Unspecified, E::OnDate, E::NextMeeting};
};
template <>
struct Values<plans::TimescaleKind> {
    using E = plans::TimescaleKind;
    static constexpr std::array all{E::Unspecified, E::DueBy, E::ReviewBy, E::Ongoing, E::Unrecognised};
};

/// The value whose text is exactly `text`; std::nullopt otherwise.
template <class E>
std::optional<E> value_of(std::string_view text) noexcept {
    for (const E value : Values<E>::all)
        if (text_of(value) == text) return value;
    return std::nullopt;
}

/// "'a', 'b' or 'c'": the texts accepted, for error messages.
template <class E>
std::string expected_texts() {
    std::string out;
    const auto& all = Values<E>::all;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (i > 0) out += i + 1 == all.size() ? " or " : ", ";
        out.append("'").append(text_of(all[i])).append("'");
    }
    return out;
}

} // namespace boardroom::io::codec
