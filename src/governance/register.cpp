#include "boardroom/governance/register.hpp"

#include "boardroom/core/error.hpp"
#include "../text.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace boardroom::governance {

namespace {

template <class Record>
const void* data_of(const std::vector<Record>& records) {
    return static_cast<const void*>(records.data());
}

// id -> position of the first record with that id, and the largest id, over
// records[0, covered). Rebuilt when the vector was reallocated or shrunk;
// extended over records appended since.
struct IdTable {
    const void* data{nullptr};
    std::size_t covered{0};
    std::unordered_map<std::int64_t, std::size_t> at;
    std::int64_t max_id{0};

    template <class Record>
    void sync(const std::vector<Record>& records, bool force = false) {
        // The last record indexed must still be where it was: a record removed and another
        // appended leave the size and the buffer as they were, but move the records.
        if (force || data != data_of(records) || records.size() < covered ||
            (covered > 0 && records[covered - 1].id.value() != last)) {
            at.clear();
            covered = 0;
            max_id = 0;
            data = data_of(records);
        }
        for (; covered < records.size(); ++covered) {
            const auto id = records[covered].id.value();
            at.emplace(id, covered);
            max_id = std::max(max_id, id);
            last = id;
        }
    }
    std::int64_t last{0};  ///< the id of records[covered - 1]
};

// key -> positions of the records with that key, in the order stored.
struct GroupTable {
    const void* data{nullptr};
    std::size_t covered{0};
    std::unordered_map<std::int64_t, std::vector<std::size_t>> at;

    template <class Record, class Key>
    void sync(const std::vector<Record>& records, Key key, bool force = false) {
        if (force || data != data_of(records) || records.size() < covered ||
            (covered > 0 && key(records[covered - 1]).value() != last)) {
            at.clear();
            covered = 0;
            data = data_of(records);
        }
        for (; covered < records.size(); ++covered) {
            last = key(records[covered]).value();
            at[last].push_back(covered);
        }
    }
    std::int64_t last{0};  ///< the key of records[covered - 1]
};

} // namespace

namespace detail {

struct RegisterIndex {
    IdTable organisations, people, boards, meetings, actions;
    GroupTable meetings_by_board, attendance_by_meeting, actions_by_meeting, memberships_by_board,
        interests_by_meeting;
};

IndexCache::IndexCache() noexcept = default;
IndexCache::IndexCache(const IndexCache&) noexcept {}
IndexCache::IndexCache(IndexCache&&) noexcept {}
IndexCache& IndexCache::operator=(const IndexCache&) noexcept {
    const std::lock_guard lock(mutex_);
    index_.reset();
    return *this;
}
IndexCache& IndexCache::operator=(IndexCache&&) noexcept {
    const std::lock_guard lock(mutex_);
    index_.reset();
    return *this;
}
IndexCache::~IndexCache() = default;

struct IndexAccess {
    // Runs `use(index)` with the cache locked, the index created if need be.
    template <class F>
    static auto with(const Register& reg, F use) {
        const std::lock_guard lock(reg.index.mutex_);
        if (!reg.index.index_) reg.index.index_ = std::make_unique<RegisterIndex>();
        return use(*reg.index.index_);
    }
    static void reset(const Register& reg) {
        const std::lock_guard lock(reg.index.mutex_);
        reg.index.index_.reset();
    }
};

} // namespace detail

namespace {

using detail::IndexAccess;
using detail::RegisterIndex;

template <class Record, class IdType>
const Record* lookup(const Register& reg, IdTable RegisterIndex::*table, const std::vector<Record>& records, IdType id) {
    if (!id.valid()) return nullptr;
    const auto position = IndexAccess::with(reg, [&](RegisterIndex& index) -> std::optional<std::size_t> {
        IdTable& t = index.*table;
        for (int attempt = 0; attempt < 2; ++attempt) {
            t.sync(records, attempt > 0);
            const auto it = t.at.find(id.value());
            if (it == t.at.end()) return std::nullopt;
            // A record whose id was changed in place: rebuild once and look again.
            if (it->second < records.size() && records[it->second].id == id) return it->second;
        }
        return std::nullopt;
    });
    return position ? &records[*position] : nullptr;
}

template <class Record, class Key>
std::vector<const Record*> group(const Register& reg, GroupTable RegisterIndex::*table,
                                 const std::vector<Record>& records, std::int64_t wanted, Key key) {
    return IndexAccess::with(reg, [&](RegisterIndex& index) {
        GroupTable& t = index.*table;
        std::vector<const Record*> out;
        for (int attempt = 0; attempt < 2; ++attempt) {
            t.sync(records, key, attempt > 0);
            out.clear();
            const auto it = t.at.find(wanted);
            if (it == t.at.end()) return out;
            bool stale = false;
            for (const auto position : it->second) {
                if (position >= records.size() || key(records[position]).value() != wanted) {
                    stale = true;
                    break;
                }
                out.push_back(&records[position]);
            }
            if (!stale) break;
        }
        return out;
    });
}

const Organisation* find_organisation_record(const Register& reg, OrganisationId id) {
    return lookup(reg, &RegisterIndex::organisations, reg.organisations, id);
}
const Person* find_person_record(const Register& reg, PersonId id) {
    return lookup(reg, &RegisterIndex::people, reg.people, id);
}
const Board* find_board_record(const Register& reg, BoardId id) {
    return lookup(reg, &RegisterIndex::boards, reg.boards, id);
}
const Meeting* find_meeting_record(const Register& reg, MeetingId id) {
    return lookup(reg, &RegisterIndex::meetings, reg.meetings, id);
}
const Action* find_action_record(const Register& reg, ActionId id) {
    return lookup(reg, &RegisterIndex::actions, reg.actions, id);
}

// The next free id (one past the largest) and whether `wanted` is taken, from the index.
template <class Record, class IdType>
IdType allocate(const Register& reg, IdTable RegisterIndex::*table, const std::vector<Record>& records,
                IdType wanted, std::string_view what) {
    if (wanted.value() < 0) throw ValidationError(std::string(what) + " ids must be positive");
    if (wanted.valid()) {
        if (lookup(reg, table, records, wanted))
            throw ValidationError(std::string(what) + " id " + std::to_string(wanted.value()) + " is already in use");
        return wanted;
    }
    const auto largest = IndexAccess::with(reg, [&](RegisterIndex& index) {
        IdTable& t = index.*table;
        t.sync(records);
        return t.max_id;
    });
    return IdType{std::max<typename IdType::value_type>(largest, 0) + 1};
}

[[noreturn]] void not_found(std::string_view what, std::int64_t id) {
    throw NotFoundError("no " + std::string(what) + " with id " + std::to_string(id) + " in the register");
}

// Edges "reports to" from reporting lines and task-group parents.
std::multimap<BoardId, BoardId> reporting_edges(const Register& reg) {
    std::multimap<BoardId, BoardId> edges;
    for (const auto& line : reg.reporting_lines) edges.emplace(line.from, line.to);
    for (const auto& b : reg.boards)
        if (b.parent.valid()) edges.emplace(b.id, b.parent);
    return edges;
}

std::optional<std::vector<BoardId>> cycle_in(const std::multimap<BoardId, BoardId>& edges) {
    enum class Mark { None, Active, Done };
    std::map<BoardId, Mark> mark;
    std::vector<BoardId> path;
    std::optional<std::vector<BoardId>> found;
    auto visit = [&](auto&& self, BoardId at) -> void {
        if (found) return;
        mark[at] = Mark::Active;
        path.push_back(at);
        auto [first, last] = edges.equal_range(at);
        for (auto it = first; it != last && !found; ++it) {
            const BoardId next = it->second;
            if (mark[next] == Mark::Active) {
                auto start = std::find(path.begin(), path.end(), next);
                found = std::vector<BoardId>(start, path.end());
                found->push_back(next);
                return;
            }
            if (mark[next] == Mark::None) self(self, next);
        }
        path.pop_back();
        mark[at] = Mark::Done;
    };
    for (const auto& [from, to] : edges) {
        (void)to;
        if (mark[from] == Mark::None) visit(visit, from);
        if (found) break;
    }
    return found;
}

std::string describe_cycle(const Register& reg, const std::vector<BoardId>& cycle) {
    std::string out;
    for (const auto id : cycle) {
        if (!out.empty()) out += " -> ";
        const Board* b = find_board_record(reg, id);
        out += b ? b->name : "board " + std::to_string(id.value());
    }
    return out;
}

} // namespace

OrganisationId add_organisation(Register& reg, Organisation organisation) {
    if (text::trim(organisation.name).empty()) throw ValidationError("an organisation needs a name");
    organisation.id = allocate(reg, &RegisterIndex::organisations, reg.organisations, organisation.id, "organisation");
    reg.organisations.push_back(std::move(organisation));
    return reg.organisations.back().id;
}

PersonId add_person(Register& reg, Person p) {
    if (text::trim(p.family_name).empty()) throw ValidationError("a person needs at least a family name");
    if (p.organisation.valid() && !has_organisation(reg, p.organisation))
        not_found("organisation", p.organisation.value());
    p.id = allocate(reg, &RegisterIndex::people, reg.people, p.id, "person");
    reg.people.push_back(std::move(p));
    return reg.people.back().id;
}

BoardId add_board(Register& reg, Board b) {
    if (text::trim(b.name).empty()) throw ValidationError("a board needs a name");
    std::vector<std::string> names{b.name};
    names.insert(names.end(), b.aliases.begin(), b.aliases.end());
    for (const auto& existing : reg.boards)
        for (const auto& name : names)
            if (existing.is_called(name))
                throw ValidationError("'" + name + "' already names the board '" + existing.name + "'");
    if (b.parent.valid() && !has_board(reg, b.parent)) not_found("board", b.parent.value());
    b.id = allocate(reg, &RegisterIndex::boards, reg.boards, b.id, "board");
    reg.boards.push_back(std::move(b));
    // A new board cannot close a cycle through its parent (nothing reports to it
    // yet), unless its id was given and lines already refer to it.
    if (auto cycle = find_reporting_cycle(reg)) {
        const std::string described = describe_cycle(reg, *cycle);
        reg.boards.pop_back();
        throw ValidationError("reporting lines would form a cycle: " + described);
    }
    return reg.boards.back().id;
}

MeetingId add_meeting(Register& reg, Meeting m) {
    const Board& b = board(reg, m.board_id);
    if (m.board.empty()) m.board = b.name;
    if (!m.date.ok()) throw ValidationError("a meeting of " + b.name + " needs a valid date");
    m.id = allocate(reg, &RegisterIndex::meetings, reg.meetings, m.id, "meeting");
    reg.meetings.push_back(std::move(m));
    return reg.meetings.back().id;
}

ActionId add_action(Register& reg, Action a) {
    (void)meeting(reg, a.raised_at);
    for (const auto owner : a.owners) (void)person(reg, owner);
    if (text::trim(a.text).empty()) throw ValidationError("an action needs its text");
    a.id = allocate(reg, &RegisterIndex::actions, reg.actions, a.id, "action");
    reg.actions.push_back(std::move(a));
    return reg.actions.back().id;
}

void add_reporting_line(Register& reg, BoardId from, BoardId to) {
    const Board& a = board(reg, from);
    const Board& b = board(reg, to);
    if (from == to) throw ValidationError("'" + a.name + "' cannot report to itself");
    for (const auto& line : reg.reporting_lines)
        if (line.from == from && line.to == to) return;
    auto edges = reporting_edges(reg);
    edges.emplace(from, to);
    if (auto cycle = cycle_in(edges)) {
        // Read the cycle from the board that was to report: "from -> to -> ... -> from".
        cycle->pop_back();
        const auto start = std::find(cycle->begin(), cycle->end(), from);
        if (start != cycle->end()) std::rotate(cycle->begin(), start, cycle->end());
        cycle->push_back(cycle->front());
        throw ValidationError("'" + a.name + "' cannot report to '" + b.name +
                              "': the reporting lines would form a cycle: " + describe_cycle(reg, *cycle));
    }
    reg.reporting_lines.push_back(ReportingLine{from, to});
}

std::optional<std::vector<BoardId>> find_reporting_cycle(const Register& reg) {
    return cycle_in(reporting_edges(reg));
}

const Organisation& organisation(const Register& reg, OrganisationId id) {
    if (const auto* r = find_organisation_record(reg, id)) return *r;
    not_found("organisation", id.value());
}
Organisation& organisation(Register& reg, OrganisationId id) {
    return const_cast<Organisation&>(organisation(std::as_const(reg), id));
}
const Person& person(const Register& reg, PersonId id) {
    if (const auto* r = find_person_record(reg, id)) return *r;
    not_found("person", id.value());
}
Person& person(Register& reg, PersonId id) { return const_cast<Person&>(person(std::as_const(reg), id)); }
const Board& board(const Register& reg, BoardId id) {
    if (const auto* r = find_board_record(reg, id)) return *r;
    not_found("board", id.value());
}
Board& board(Register& reg, BoardId id) { return const_cast<Board&>(board(std::as_const(reg), id)); }
const Meeting& meeting(const Register& reg, MeetingId id) {
    if (const auto* r = find_meeting_record(reg, id)) return *r;
    not_found("meeting", id.value());
}
Meeting& meeting(Register& reg, MeetingId id) { return const_cast<Meeting&>(meeting(std::as_const(reg), id)); }
const Action& action(const Register& reg, ActionId id) {
    if (const auto* r = find_action_record(reg, id)) return *r;
    not_found("action", id.value());
}
Action& action(Register& reg, ActionId id) { return const_cast<Action&>(action(std::as_const(reg), id)); }

void reindex(const Register& reg) { IndexAccess::reset(reg); }

bool has_organisation(const Register& reg, OrganisationId id) { return find_organisation_record(reg, id) != nullptr; }
bool has_person(const Register& reg, PersonId id) { return find_person_record(reg, id) != nullptr; }
bool has_board(const Register& reg, BoardId id) { return find_board_record(reg, id) != nullptr; }
bool has_meeting(const Register& reg, MeetingId id) { return find_meeting_record(reg, id) != nullptr; }
bool has_action(const Register& reg, ActionId id) { return find_action_record(reg, id) != nullptr; }

std::vector<const Meeting*> meetings_of_board(const Register& reg, BoardId b) {
    return group(reg, &RegisterIndex::meetings_by_board, reg.meetings, b.value(),
                 [](const Meeting& m) { return m.board_id; });
}
std::vector<const Attendance*> attendance_records(const Register& reg, MeetingId m) {
    return group(reg, &RegisterIndex::attendance_by_meeting, reg.attendance, m.value(),
                 [](const Attendance& a) { return a.meeting; });
}
std::vector<const Action*> actions_raised_at(const Register& reg, MeetingId m) {
    return group(reg, &RegisterIndex::actions_by_meeting, reg.actions, m.value(),
                 [](const Action& a) { return a.raised_at; });
}
std::vector<const Membership*> memberships_of_board(const Register& reg, BoardId b) {
    return group(reg, &RegisterIndex::memberships_by_board, reg.memberships, b.value(),
                 [](const Membership& ms) { return ms.board; });
}

std::optional<OrganisationId> find_organisation(const Register& reg, std::string_view name) {
    const std::string key = normalise_name(name);
    if (key.empty()) return std::nullopt;
    for (const auto& o : reg.organisations) {
        if (normalise_name(o.name) == key) return o.id;
        for (const auto& alias : o.aliases)
            if (normalise_name(alias) == key) return o.id;
    }
    return std::nullopt;
}

std::optional<BoardId> find_board(const Register& reg, std::string_view name) {
    for (const auto& b : reg.boards)
        if (b.is_called(name)) return b.id;
    return std::nullopt;
}

std::vector<PersonId> find_people(const Register& reg, const PersonName& printed) {
    std::vector<PersonId> out;
    for (const auto& p : reg.people)
        if (name_matches(p, printed)) out.push_back(p.id);
    return out;
}

std::optional<MeetingId> find_meeting(const Register& reg, BoardId b, Date date) {
    for (const Meeting* m : meetings_of_board(reg, b))
        if (m->date == date) return m->id;
    return std::nullopt;
}

std::vector<Attendance> attendance_at(const Register& reg, MeetingId m) {
    std::vector<Attendance> out;
    for (const Attendance* a : attendance_records(reg, m)) out.push_back(*a);
    return out;
}

const InterestsRecord* interests_at(const Register& reg, MeetingId m) {
    const auto found = group(reg, &RegisterIndex::interests_by_meeting, reg.interests, m.value(),
                             [](const InterestsRecord& r) { return r.meeting; });
    return found.empty() ? nullptr : found.front();
}

std::vector<MeetingId> meetings_of(const Register& reg, BoardId b) {
    std::vector<const Meeting*> found = meetings_of_board(reg, b);
    std::stable_sort(found.begin(), found.end(), [](const Meeting* x, const Meeting* y) { return x->date < y->date; });
    std::vector<MeetingId> out;
    for (const auto* m : found) out.push_back(m->id);
    return out;
}

OrganisationId find_or_add_organisation(Register& reg, std::string_view name) {
    if (auto found = find_organisation(reg, name)) return *found;
    Organisation o;
    o.name = std::string(text::trim(name));
    return add_organisation(reg, std::move(o));
}

PersonMatch find_or_add_person(Register& reg, const PersonName& printed, OrganisationId org) {
    auto candidates = find_people(reg, printed);
    if (candidates.size() > 1 && org.valid()) {
        std::vector<PersonId> same_org;
        for (const auto id : candidates) {
            const auto their = person(reg, id).organisation;
            if (their == org || !their.valid()) same_org.push_back(id);
        }
        if (!same_org.empty()) candidates = same_org;
    }
    if (candidates.size() == 1) {
        Person& p = person(reg, candidates.front());
        if (printed.given_name.size() > p.given_name.size()) p.given_name = printed.given_name;
        if (p.honorific.empty()) p.honorific = printed.honorific;
        if (!p.organisation.valid()) p.organisation = org;
        return PersonMatch{p.id, false, false};
    }
    Person p;
    p.honorific = printed.honorific;
    p.given_name = printed.given_name;
    p.family_name = printed.family_name;
    p.organisation = org;
    return PersonMatch{add_person(reg, std::move(p)), true, candidates.size() > 1};
}

Register board_records(const Register& reg, BoardId board_id) {
    (void)board(reg, board_id);
    Register out;
    out.organisations = reg.organisations;
    out.boards = reg.boards;
    out.reporting_lines = reg.reporting_lines;
    std::unordered_set<std::int64_t> boards{board_id.value()};
    for (const auto& b : reg.boards)
        if (b.parent == board_id) boards.insert(b.id.value());
    auto kept_board = [&boards](BoardId id) { return boards.count(id.value()) > 0; };
    std::unordered_set<std::int64_t> meetings, people;
    for (const auto& m : reg.meetings)
        if (kept_board(m.board_id)) {
            meetings.insert(m.id.value());
            out.meetings.push_back(m);
        }
    auto kept_meeting = [&meetings](MeetingId id) { return meetings.count(id.value()) > 0; };
    auto name = [&people](PersonId id) {
        if (id.valid()) people.insert(id.value());
    };
    for (const auto& ms : reg.memberships)
        if (kept_board(ms.board)) {
            name(ms.person);
            out.memberships.push_back(ms);
        }
    for (const auto& a : reg.attendance)
        if (kept_meeting(a.meeting)) {
            name(a.person);
            name(a.replaces);
            out.attendance.push_back(a);
        }
    for (const auto& r : reg.interests)
        if (kept_meeting(r.meeting)) {
            for (const auto& d : r.declarations) name(d.member);
            out.interests.push_back(r);
        }
    for (const auto& item : reg.minutes)
        if (kept_meeting(item.meeting)) out.minutes.push_back(item);
    for (const auto& a : reg.approvals)
        if (kept_meeting(a.at)) out.approvals.push_back(a);
    for (const auto& a : reg.actions)
        if (kept_meeting(a.raised_at)) {
            for (const auto owner : a.owners) name(owner);
            out.actions.push_back(a);
        }
    for (const auto& e : reg.forward_plan)
        if (kept_board(e.board)) out.forward_plan.push_back(e);
    for (const auto& p : reg.people)
        if (people.count(p.id.value())) out.people.push_back(p);
    return out;
}

namespace {

// The ids of one kind of record, for checking references: flags indexed by id when the ids
// are dense (as allocated ids are: one lookup stays in cache however large the register),
// a hash set otherwise. Reports ids used twice, and records without one, as it is built.
class IdSet {
public:
    template <class Record>
    IdSet(const std::vector<Record>& records, std::string_view what, std::vector<std::string>& problems) {
        std::int64_t largest = 0;
        for (const auto& r : records) largest = std::max(largest, r.id.value());
        dense_ = largest <= 4 * static_cast<std::int64_t>(records.size()) + 1024;
        if (dense_) flags_.assign(static_cast<std::size_t>(largest) + 1, 0);
        else sparse_.reserve(records.size());
        for (const auto& r : records) {
            if (!r.id.valid()) {
                problems.push_back(std::string(what) + " without an id");
                continue;
            }
            if (!insert(r.id.value()))
                problems.push_back(std::string(what) + " id " + std::to_string(r.id.value()) + " is used twice");
        }
    }
    bool contains(std::int64_t id) const {
        if (dense_) return id > 0 && id < static_cast<std::int64_t>(flags_.size()) && flags_[static_cast<std::size_t>(id)];
        return sparse_.count(id) > 0;
    }

    bool dense() const noexcept { return dense_; }
    std::size_t span() const noexcept { return flags_.size(); }

private:
    bool insert(std::int64_t id) {
        if (!dense_) return sparse_.insert(id).second;
        char& flag = flags_[static_cast<std::size_t>(id)];
        if (flag) return false;
        flag = 1;
        return true;
    }
    bool dense_{true};
    std::vector<char> flags_;
    std::unordered_set<std::int64_t> sparse_;
};

// For each attendance record, whether an earlier record has the same meeting and person.
// With dense meeting and person ids, in time linear in the records whatever a meeting's size:
// the records are bucketed by meeting (a stable counting sort into two compact arrays), and
// within a bucket a person seen before is one whose stamp is already that bucket's. Records of
// a meeting or person outside the ids present (missing ones, reported as such) go to a hash
// set of their pairs; so does everything when the ids are sparse.
std::vector<bool> recorded_twice(const std::vector<Attendance>& records, const IdSet& meetings, const IdSet& people) {
    std::vector<bool> out(records.size(), false);
    struct PairHash {
        std::size_t operator()(const std::pair<std::int64_t, std::int64_t>& p) const noexcept {
            return std::hash<std::int64_t>{}(p.first * 1000003 ^ p.second);
        }
    };
    std::unordered_set<std::pair<std::int64_t, std::int64_t>, PairHash> seen;
    auto by_pair = [&](std::size_t i) {
        out[i] = !seen.insert({records[i].meeting.value(), records[i].person.value()}).second;
    };
    if (!meetings.dense() || !people.dense()) {
        seen.reserve(records.size());
        for (std::size_t i = 0; i < records.size(); ++i) by_pair(i);
        return out;
    }
    const auto meeting_span = static_cast<std::int64_t>(meetings.span());
    const auto person_span = static_cast<std::int64_t>(people.span());
    auto in_span = [](std::int64_t id, std::int64_t span) { return id > 0 && id < span; };
    const std::size_t buckets = meetings.span();
    std::vector<std::size_t> start(buckets + 1, 0);
    for (const auto& a : records)
        if (in_span(a.meeting.value(), meeting_span) && in_span(a.person.value(), person_span))
            ++start[static_cast<std::size_t>(a.meeting.value())];
    std::size_t total = 0;
    for (auto& s : start) {
        const std::size_t count = s;
        s = total;
        total += count;
    }
    std::vector<std::size_t> index(total);
    std::vector<std::size_t> person(total);
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (std::size_t i = 0; i < records.size(); ++i) {
        const Attendance& a = records[i];
        if (!in_span(a.meeting.value(), meeting_span) || !in_span(a.person.value(), person_span)) {
            by_pair(i);
            continue;
        }
        const std::size_t at = next[static_cast<std::size_t>(a.meeting.value())]++;
        index[at] = i;
        person[at] = static_cast<std::size_t>(a.person.value());
    }
    std::vector<std::size_t> stamp(people.span(), 0);  // bucket + 1 where the person was last seen
    for (std::size_t b = 0; b < buckets; ++b)
        for (std::size_t x = start[b]; x < start[b + 1]; ++x) {
            std::size_t& last = stamp[person[x]];
            if (last == b + 1) out[index[x]] = true;
            last = b + 1;
        }
    return out;
}

} // namespace

void check_references(const Register& reg) {
    std::vector<std::string> problems;
    // The ids present, built once (reporting duplicates): each check below is one lookup.
    const IdSet org_ids(reg.organisations, "organisation", problems);
    const IdSet person_ids(reg.people, "person", problems);
    const IdSet board_ids(reg.boards, "board", problems);
    const IdSet meeting_ids(reg.meetings, "meeting", problems);
    const IdSet action_ids(reg.actions, "action", problems);

    // Each check builds its message only when it fails.
    auto need = [&problems](bool ok, auto&& message) {
        if (!ok) problems.push_back(message());
    };
    auto known_org = [&org_ids](OrganisationId id) { return org_ids.contains(id.value()); };
    auto known_person = [&person_ids](PersonId id) { return person_ids.contains(id.value()); };
    auto known_board = [&board_ids](BoardId id) { return board_ids.contains(id.value()); };
    auto known_meeting = [&meeting_ids](MeetingId id) { return meeting_ids.contains(id.value()); };
    auto n = [](auto id) { return std::to_string(id.value()); };

    for (const auto& p : reg.people)
        need(!p.organisation.valid() || known_org(p.organisation), [&] { return "person " + n(p.id) + " names missing organisation " + n(p.organisation); });
    for (const auto& b : reg.boards) {
        need(!b.parent.valid() || known_board(b.parent), [&] { return "board '" + b.name + "' has missing parent " + n(b.parent); });
        need(!b.host.valid() || known_org(b.host), [&] { return "board '" + b.name + "' has missing host " + n(b.host); });
    }
    for (const auto& line : reg.reporting_lines)
        need(known_board(line.from) && known_board(line.to), [&] { return "reporting line " + n(line.from) + " -> " + n(line.to) + " names a missing board"; });
    for (const auto& m : reg.memberships) {
        need(known_person(m.person), [&] { return "membership names missing person " + n(m.person); });
        need(known_board(m.board), [&] { return "membership names missing board " + n(m.board); });
        need(!m.on_behalf_of.valid() || known_org(m.on_behalf_of), [&] { return "membership names missing organisation " + n(m.on_behalf_of); });
        need(!(m.start && m.end && *m.end < *m.start), [&] { return "membership of person " + n(m.person) + " ends before it starts"; });
    }
    for (const auto& m : reg.meetings) need(known_board(m.board_id), [&] { return "meeting " + n(m.id) + " has missing board " + n(m.board_id); });
    // Urgent business must keep the reason the chair recorded (validate() for a whole meeting).
    auto reason_recorded = [](const AgendaItem& item) {
        return !item.urgent_reason || item.urgent_reason->find_first_not_of(" \t\r\n") != std::string::npos;
    };
    for (const auto& m : reg.meetings)
        for (const auto& item : m.agenda)
            need(reason_recorded(item), [&] { return "meeting " + n(m.id) + " agenda item '" + item.number +
                                            "' is urgent business but the chair's reason for admitting it is not recorded"; });
    for (const auto& b : reg.boards)
        for (const auto& s : b.standing_items)
            need(reason_recorded(s.item), [&] { return "board '" + b.name + "' standing item '" + s.item.title +
                                              "' is urgent business but the chair's reason is not recorded"; });
    const std::vector<bool> twice = recorded_twice(reg.attendance, meeting_ids, person_ids);
    for (const auto& a : reg.attendance) {
        need(known_meeting(a.meeting), [&] { return "attendance names missing meeting " + n(a.meeting); });
        need(known_person(a.person), [&] { return "attendance names missing person " + n(a.person); });
        need(!a.organisation.valid() || known_org(a.organisation), [&] { return "attendance names missing organisation " + n(a.organisation); });
        need(a.status == AttendanceStatus::Substitute || !a.replaces.valid(), [&] { return "person " + n(a.person) + " replaces someone but is not recorded as a substitute"; });
        need(a.status != AttendanceStatus::Substitute || known_person(a.replaces), [&] { return "substitute " + n(a.person) + " at meeting " + n(a.meeting) + " replaces no known member"; });
        need(!twice[static_cast<std::size_t>(&a - reg.attendance.data())], [&] { return "person " + n(a.person) + " is recorded twice at meeting " + n(a.meeting); });
    }
    // The meetings with an interests record so far: a flag per meeting id when the ids are dense.
    std::vector<char> has_interests(meeting_ids.dense() ? meeting_ids.span() : 0, 0);
    std::unordered_set<std::int64_t> interest_meetings;
    auto first_interests = [&](MeetingId id) {
        const std::int64_t v = id.value();
        if (v > 0 && static_cast<std::size_t>(v) < has_interests.size()) {
            char& flag = has_interests[static_cast<std::size_t>(v)];
            const bool first = !flag;
            flag = 1;
            return first;
        }
        return interest_meetings.insert(v).second;
    };
    for (const auto& r : reg.interests) {
        need(known_meeting(r.meeting), [&] { return "interests record names missing meeting " + n(r.meeting); });
        need(first_interests(r.meeting), [&] { return "meeting " + n(r.meeting) + " has two interests records"; });
        need(!(r.none_disclosed && !r.declarations.empty()), [&] { return "meeting " + n(r.meeting) + " records 'none disclosed' and declarations"; });
        for (const auto& d : r.declarations) need(known_person(d.member), [&] { return "declaration names missing person " + n(d.member); });
    }
    for (const auto& item : reg.minutes) need(known_meeting(item.meeting), [&] { return "minute names missing meeting " + n(item.meeting); });
    for (const auto& a : reg.approvals) {
        need(known_meeting(a.at), [&] { return "approval names missing meeting " + n(a.at); });
        need(!a.minutes_of_meeting.valid() || known_meeting(a.minutes_of_meeting), [&] { return "approval names missing meeting " + n(a.minutes_of_meeting); });
    }
    for (const auto& a : reg.actions) {
        need(known_meeting(a.raised_at), [&] { return "action " + n(a.id) + " names missing meeting " + n(a.raised_at); });
        for (const auto owner : a.owners) need(known_person(owner), [&] { return "action " + n(a.id) + " names missing owner " + n(owner); });
        for (std::size_t i = 1; i < a.history.size(); ++i)
            need(!(a.history[i].date < a.history[i - 1].date), [&] { return "action " + n(a.id) + " has a history out of date order"; });
    }
    for (const auto& e : reg.forward_plan) need(known_board(e.board), [&] { return "forward plan entry '" + e.topic + "' names missing board"; });
    if (problems.empty()) {
        if (auto cycle = find_reporting_cycle(reg))
            problems.push_back("reporting lines form a cycle: " + describe_cycle(reg, *cycle));
    }
    if (!problems.empty()) throw ValidationError("the register has " + std::to_string(problems.size()) +
                                                 " problem(s):\n" + text::join(problems, "\n"));
}

} // namespace boardroom::governance
