// The store's schema, as the ordered list of migrations that build it. A
// migration is never edited once released: a change is a new migration, so a
// store of any earlier version can be brought forward.
//
// Conventions: every record keeps `seq`, its position in the model's vector,
// so a load gives back the vectors in the same order; ids are the model's ids;
// an unassigned id (0) is NULL; dates are ISO text ("2015-09-17") and
// enumerations are their words ("in progress"), so the tables read well in
// any SQLite tool. References are DEFERRABLE INITIALLY DEFERRED: checked at
// COMMIT, so records can be written in model order (a board before its parent).
#include "store_tables.hpp"

#include <array>

namespace boardroom::io::store_detail {

namespace {

constexpr std::string_view kGovernance = R"sql(
-- The migrations applied, for people reading the file; PRAGMA user_version is what boardroom trusts.
CREATE TABLE schema_migrations (
  version INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  applied_at TEXT NOT NULL);
CREATE TABLE organisations (
  id INTEGER PRIMARY KEY CHECK (id > 0),
  seq INTEGER NOT NULL UNIQUE,
  name TEXT NOT NULL,
  classification TEXT NOT NULL);
CREATE TABLE organisation_aliases (
  organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY (organisation_id, seq));
CREATE TABLE people (
  id INTEGER PRIMARY KEY CHECK (id > 0),
  seq INTEGER NOT NULL UNIQUE,
  honorific TEXT NOT NULL,
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  initials TEXT NOT NULL,
  organisation_id INTEGER REFERENCES organisations(id) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE person_other_names (
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (person_id, seq));
CREATE TABLE person_titles (
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  title TEXT NOT NULL,
  from_date TEXT,
  to_date TEXT,
  seen_on TEXT,
  PRIMARY KEY (person_id, seq));
-- Private data in a table of its own, so that a public extract can leave it out whole.
CREATE TABLE contact_details (
  person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  phone TEXT NOT NULL,
  email TEXT NOT NULL);
CREATE TABLE boards (
  id INTEGER PRIMARY KEY CHECK (id > 0),
  seq INTEGER NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('board', 'committee', 'task and finish group')),
  parent_id INTEGER REFERENCES boards(id) DEFERRABLE INITIALLY DEFERRED,
  host_id INTEGER REFERENCES organisations(id) DEFERRABLE INITIALLY DEFERRED,
  remit TEXT NOT NULL,
  established TEXT,
  planned_end TEXT,
  ended TEXT,
  quorum_kind TEXT CHECK (quorum_kind IN ('count', 'fraction')),
  quorum_count INTEGER,
  quorum_numerator INTEGER,
  quorum_denominator INTEGER,
  quorum_minimum INTEGER);
CREATE TABLE board_aliases (
  board_id INTEGER NOT NULL REFERENCES boards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY (board_id, seq));
CREATE TABLE reporting_lines (
  seq INTEGER PRIMARY KEY,
  from_board_id INTEGER NOT NULL REFERENCES boards(id) DEFERRABLE INITIALLY DEFERRED,
  to_board_id INTEGER NOT NULL REFERENCES boards(id) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE memberships (
  seq INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  board_id INTEGER NOT NULL REFERENCES boards(id) DEFERRABLE INITIALLY DEFERRED,
  role TEXT NOT NULL CHECK (role IN ('chair', 'deputy chair', 'member', 'co-opted', 'officer', 'adviser')),
  on_behalf_of_id INTEGER REFERENCES organisations(id) DEFERRABLE INITIALLY DEFERRED,
  start_date TEXT,
  end_date TEXT,
  voting INTEGER CHECK (voting IN (0, 1)),
  note TEXT NOT NULL);
CREATE TABLE meetings (
  id INTEGER PRIMARY KEY CHECK (id > 0),
  seq INTEGER NOT NULL UNIQUE,
  board_id INTEGER REFERENCES boards(id) DEFERRABLE INITIALLY DEFERRED,
  board_name TEXT NOT NULL,
  date TEXT,
  start_time TEXT,
  end_time TEXT,
  venue TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('scheduled', 'to be confirmed', 'held', 'cancelled')));
-- A meeting's agenda, and a board's standing items (board_id and place set).
CREATE TABLE agenda_items (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER REFERENCES meetings(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  board_id INTEGER REFERENCES boards(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  place TEXT CHECK (place IN ('opening', 'body', 'closing')),
  number TEXT NOT NULL,
  title TEXT NOT NULL,
  purpose TEXT NOT NULL CHECK (purpose IN ('Information', 'Action', 'Discuss', 'Decision')),
  intended_outcome TEXT NOT NULL,
  page_first INTEGER,
  page_last INTEGER,
  part TEXT NOT NULL CHECK (part IN ('I', 'II')),
  exempt_paragraph INTEGER NOT NULL,
  standing INTEGER NOT NULL CHECK (standing IN (0, 1)),
  CHECK ((meeting_id IS NULL) <> (board_id IS NULL)),
  CHECK ((board_id IS NULL) = (place IS NULL)),
  UNIQUE (meeting_id, seq),
  UNIQUE (board_id, seq));
CREATE TABLE agenda_item_leads (
  item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  lead TEXT NOT NULL,
  PRIMARY KEY (item_id, seq));
CREATE TABLE attendance (
  seq INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) DEFERRABLE INITIALLY DEFERRED,
  person_id INTEGER NOT NULL REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  status TEXT NOT NULL CHECK (status IN ('present', 'apologies', 'absent', 'substitute', 'in attendance')),
  replaces_id INTEGER REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  capacity TEXT NOT NULL,
  organisation_id INTEGER REFERENCES organisations(id) DEFERRABLE INITIALLY DEFERRED,
  chaired INTEGER NOT NULL CHECK (chaired IN (0, 1)));
CREATE INDEX attendance_by_meeting ON attendance(meeting_id);
CREATE TABLE interest_records (
  seq INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) DEFERRABLE INITIALLY DEFERRED,
  none_disclosed INTEGER NOT NULL CHECK (none_disclosed IN (0, 1)),
  as_minuted TEXT NOT NULL);
CREATE TABLE declarations (
  record_seq INTEGER NOT NULL REFERENCES interest_records(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  member_id INTEGER NOT NULL REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  item TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('pecuniary', 'non-pecuniary', 'other')),
  text TEXT NOT NULL,
  PRIMARY KEY (record_seq, seq));
CREATE TABLE minutes (
  seq INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) DEFERRABLE INITIALLY DEFERRED,
  number TEXT NOT NULL,
  title TEXT NOT NULL);
CREATE TABLE minute_paragraphs (
  minute_seq INTEGER NOT NULL REFERENCES minutes(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (minute_seq, seq));
CREATE TABLE resolutions (
  id INTEGER PRIMARY KEY,
  minute_seq INTEGER NOT NULL REFERENCES minutes(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  preamble TEXT NOT NULL,
  UNIQUE (minute_seq, seq));
CREATE TABLE resolution_parts (
  resolution_id INTEGER NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (resolution_id, seq));
CREATE TABLE minutes_approvals (
  seq INTEGER PRIMARY KEY,
  at_meeting_id INTEGER NOT NULL REFERENCES meetings(id) DEFERRABLE INITIALLY DEFERRED,
  item TEXT NOT NULL,
  minutes_of TEXT,
  minutes_of_meeting_id INTEGER REFERENCES meetings(id) DEFERRABLE INITIALLY DEFERRED,
  as_correct_record INTEGER NOT NULL CHECK (as_correct_record IN (0, 1)),
  as_minuted TEXT NOT NULL);
CREATE TABLE actions (
  id INTEGER PRIMARY KEY CHECK (id > 0),
  seq INTEGER NOT NULL UNIQUE,
  raised_at_meeting_id INTEGER REFERENCES meetings(id) DEFERRABLE INITIALLY DEFERRED,
  item TEXT NOT NULL,
  text TEXT NOT NULL,
  owners_as_printed TEXT NOT NULL,
  due_kind TEXT NOT NULL CHECK (due_kind IN ('unspecified', 'on date', 'next meeting')),
  due_date TEXT);
CREATE TABLE action_owners (
  action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  person_id INTEGER NOT NULL REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (action_id, seq));
CREATE TABLE action_status_history (
  action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  date TEXT,
  status TEXT NOT NULL CHECK (status IN ('open', 'in progress', 'done', 'dropped')),
  note TEXT NOT NULL,
  PRIMARY KEY (action_id, seq));
CREATE TABLE forward_plan (
  seq INTEGER PRIMARY KEY,
  board_id INTEGER REFERENCES boards(id) DEFERRABLE INITIALLY DEFERRED,
  meeting_date TEXT,
  topic TEXT NOT NULL,
  notes TEXT NOT NULL);
CREATE TABLE forward_plan_leads (
  entry_seq INTEGER NOT NULL REFERENCES forward_plan(seq) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  lead TEXT NOT NULL,
  PRIMARY KEY (entry_seq, seq));
CREATE TABLE data_quality_notes (
  seq INTEGER PRIMARY KEY,
  file TEXT NOT NULL,
  line INTEGER NOT NULL,
  message TEXT NOT NULL);
)sql";

// Plans, risk registers, diagnostics and self-assessments. Each owns its RAG
// scheme (a scheme is part of the document it was printed with).
constexpr std::string_view kPlans = R"sql(
CREATE TABLE rag_schemes (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL);
CREATE TABLE rag_statuses (
  scheme_id INTEGER NOT NULL REFERENCES rag_schemes(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  code TEXT NOT NULL,
  label TEXT NOT NULL,
  description TEXT NOT NULL,
  colour TEXT NOT NULL,
  complete INTEGER NOT NULL CHECK (complete IN (0, 1)),
  PRIMARY KEY (scheme_id, seq));
CREATE TABLE plans (
  id INTEGER PRIMARY KEY CHECK (id > 0),
  seq INTEGER NOT NULL UNIQUE,
  title TEXT NOT NULL,
  board TEXT NOT NULL,
  period_start TEXT,
  period_end TEXT,
  period_text TEXT NOT NULL,
  scheme_id INTEGER NOT NULL REFERENCES rag_schemes(id) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE plan_notes (
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (plan_id, seq));
CREATE TABLE plan_sections (
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  title TEXT NOT NULL,
  statement TEXT NOT NULL,
  position_heading TEXT NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (plan_id, number),
  UNIQUE (plan_id, seq));
CREATE TABLE plan_actions (
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  section TEXT NOT NULL,
  text TEXT NOT NULL,
  outcomes TEXT NOT NULL,
  leads_text TEXT NOT NULL,
  timescale_kind TEXT NOT NULL
    CHECK (timescale_kind IN ('unspecified', 'due by', 'review by', 'ongoing', 'unrecognised')),
  timescale_date TEXT,
  timescale_text TEXT NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (plan_id, number),
  UNIQUE (plan_id, seq),
  FOREIGN KEY (plan_id, section) REFERENCES plan_sections(plan_id, number) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE plan_action_leads (
  plan_id INTEGER NOT NULL,
  action TEXT NOT NULL,
  seq INTEGER NOT NULL,
  lead TEXT NOT NULL,
  PRIMARY KEY (plan_id, action, seq),
  FOREIGN KEY (plan_id, action) REFERENCES plan_actions(plan_id, number) ON DELETE CASCADE
    DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE position_updates (
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  action TEXT NOT NULL,
  date TEXT,
  text TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (plan_id, seq),
  FOREIGN KEY (plan_id, action) REFERENCES plan_actions(plan_id, number) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE rag_ratings (
  plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  action TEXT NOT NULL,
  date TEXT,
  status TEXT NOT NULL,
  rated_by TEXT NOT NULL,
  note TEXT NOT NULL,
  PRIMARY KEY (plan_id, seq),
  UNIQUE (plan_id, action, date),
  FOREIGN KEY (plan_id, action) REFERENCES plan_actions(plan_id, number) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE risk_registers (
  id INTEGER PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  title TEXT NOT NULL UNIQUE CHECK (title <> ''),
  board TEXT NOT NULL,
  scheme_id INTEGER NOT NULL REFERENCES rag_schemes(id) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE risk_bands (
  register_id INTEGER NOT NULL REFERENCES risk_registers(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  min_score INTEGER NOT NULL,
  status TEXT NOT NULL,
  PRIMARY KEY (register_id, seq));
CREATE TABLE risks (
  register_id INTEGER NOT NULL REFERENCES risk_registers(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  reference TEXT NOT NULL,
  description TEXT NOT NULL,
  owner TEXT NOT NULL,
  inherent_likelihood INTEGER NOT NULL CHECK (inherent_likelihood BETWEEN 1 AND 5),
  inherent_impact INTEGER NOT NULL CHECK (inherent_impact BETWEEN 1 AND 5),
  residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 5),
  residual_impact INTEGER CHECK (residual_impact BETWEEN 1 AND 5),
  last_reviewed TEXT,
  next_review TEXT,
  PRIMARY KEY (register_id, reference),
  UNIQUE (register_id, seq));
CREATE TABLE risk_mitigations (
  register_id INTEGER NOT NULL,
  reference TEXT NOT NULL,
  seq INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (register_id, reference, seq),
  FOREIGN KEY (register_id, reference) REFERENCES risks(register_id, reference) ON DELETE CASCADE
    DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE risk_mitigating_actions (
  register_id INTEGER NOT NULL,
  reference TEXT NOT NULL,
  seq INTEGER NOT NULL,
  action TEXT NOT NULL,
  PRIMARY KEY (register_id, reference, seq),
  FOREIGN KEY (register_id, reference) REFERENCES risks(register_id, reference) ON DELETE CASCADE
    DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE diagnostics (
  id INTEGER PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  title TEXT NOT NULL UNIQUE CHECK (title <> ''),
  scheme_id INTEGER NOT NULL REFERENCES rag_schemes(id) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE diagnostic_notes (
  diagnostic_id INTEGER NOT NULL REFERENCES diagnostics(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (diagnostic_id, seq));
CREATE TABLE diagnostic_findings (
  diagnostic_id INTEGER NOT NULL REFERENCES diagnostics(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  number INTEGER NOT NULL,
  assessment TEXT NOT NULL,
  response TEXT NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (diagnostic_id, number),
  UNIQUE (diagnostic_id, seq));
CREATE TABLE finding_references (
  diagnostic_id INTEGER NOT NULL,
  finding INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  text TEXT NOT NULL,
  target INTEGER NOT NULL,
  direction TEXT NOT NULL,
  PRIMARY KEY (diagnostic_id, finding, seq),
  FOREIGN KEY (diagnostic_id, finding) REFERENCES diagnostic_findings(diagnostic_id, number) ON DELETE CASCADE
    DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE finding_progress (
  diagnostic_id INTEGER NOT NULL REFERENCES diagnostics(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  finding INTEGER NOT NULL,
  date TEXT,
  note TEXT NOT NULL,
  status TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (diagnostic_id, seq),
  FOREIGN KEY (diagnostic_id, finding) REFERENCES diagnostic_findings(diagnostic_id, number)
    DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE self_assessments (
  id INTEGER PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  title TEXT NOT NULL UNIQUE CHECK (title <> ''),
  scheme_id INTEGER NOT NULL REFERENCES rag_schemes(id) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE self_assessment_notes (
  assessment_id INTEGER NOT NULL REFERENCES self_assessments(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (assessment_id, seq));
CREATE TABLE self_assessment_items (
  assessment_id INTEGER NOT NULL REFERENCES self_assessments(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  area TEXT NOT NULL,
  question TEXT NOT NULL,
  at_risk INTEGER CHECK (at_risk IN (0, 1)),
  action_taken TEXT NOT NULL,
  owner TEXT NOT NULL,
  when_kind TEXT NOT NULL
    CHECK (when_kind IN ('unspecified', 'due by', 'review by', 'ongoing', 'unrecognised')),
  when_date TEXT,
  when_text TEXT NOT NULL,
  status TEXT NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (assessment_id, number),
  UNIQUE (assessment_id, seq));
)sql";

// Urgent business: the reason the chair recorded for admitting an item not on
// the published agenda. NULL for every item that was on it, so the stores of
// version 2 keep their meaning.
constexpr std::string_view kUrgentBusiness = R"sql(
ALTER TABLE agenda_items ADD COLUMN urgent_reason TEXT CHECK (urgent_reason IS NULL OR trim(urgent_reason) <> '');
)sql";

// Parts: minutes, actions and declarations carry their own part (NULL where
// the papers did not establish it, so stores of version 3 keep that meaning
// and a public output asks), forward-plan topics may be Part II, and a
// private postcode may be recorded with the contact details.
constexpr std::string_view kRecordParts = R"sql(
ALTER TABLE minutes ADD COLUMN part TEXT CHECK (part IS NULL OR part IN ('I', 'II'));
ALTER TABLE minutes ADD COLUMN exempt_paragraph INTEGER NOT NULL DEFAULT 0 CHECK (exempt_paragraph BETWEEN 0 AND 7);
ALTER TABLE actions ADD COLUMN part TEXT CHECK (part IS NULL OR part IN ('I', 'II'));
ALTER TABLE actions ADD COLUMN exempt_paragraph INTEGER NOT NULL DEFAULT 0 CHECK (exempt_paragraph BETWEEN 0 AND 7);
ALTER TABLE declarations ADD COLUMN part TEXT CHECK (part IS NULL OR part IN ('I', 'II'));
ALTER TABLE declarations ADD COLUMN exempt_paragraph INTEGER NOT NULL DEFAULT 0 CHECK (exempt_paragraph BETWEEN 0 AND 7);
ALTER TABLE forward_plan ADD COLUMN part TEXT NOT NULL DEFAULT 'I' CHECK (part IN ('I', 'II'));
ALTER TABLE forward_plan ADD COLUMN exempt_paragraph INTEGER NOT NULL DEFAULT 0 CHECK (exempt_paragraph BETWEEN 0 AND 7);
ALTER TABLE contact_details ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
)sql";

// The audit trail: one row per changed field (or per record added or removed)
// of every write, with the revision the write made, so a transaction's rows
// read together. Written in the same transaction as the change itself.
constexpr std::string_view kAuditTrail = R"sql(
CREATE TABLE audit_trail (
  seq INTEGER PRIMARY KEY,
  revision INTEGER NOT NULL,
  at TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  operation TEXT NOT NULL,
  record TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT NOT NULL,
  new_value TEXT NOT NULL);
CREATE INDEX audit_trail_by_time ON audit_trail(at);
)sql";

// Indicators: a plan action or a risk may name the indicator series whose data should bear its
// rating out. Empty for every record of an older store, which named none.
constexpr std::string_view kIndicators = R"sql(
ALTER TABLE plan_actions ADD COLUMN indicator TEXT NOT NULL DEFAULT '';
ALTER TABLE risks ADD COLUMN indicator TEXT NOT NULL DEFAULT '';
)sql";

// Reading one board (Store::load_board): the child tables a board's records are
// found by, indexed on the board or meeting they belong to, so a board's
// records cost what that board holds, not what the whole store holds.
// (attendance has had its index since version 1; agenda items are found by
// their UNIQUE (meeting_id, seq) and (board_id, seq).)
constexpr std::string_view kBoardIndexes = R"sql(
CREATE INDEX meetings_by_board ON meetings(board_id, seq);
CREATE INDEX memberships_by_board ON memberships(board_id);
CREATE INDEX interest_records_by_meeting ON interest_records(meeting_id);
CREATE INDEX minutes_by_meeting ON minutes(meeting_id);
CREATE INDEX minutes_approvals_by_meeting ON minutes_approvals(at_meeting_id);
CREATE INDEX actions_by_meeting ON actions(raised_at_meeting_id, seq);
CREATE INDEX forward_plan_by_board ON forward_plan(board_id);
)sql";

constexpr std::array kMigrations{
    Migration{1, "governance records: boards, people, meetings, agendas, attendance, minutes, actions, forward plans",
              kGovernance},
    Migration{2, "plans, RAG schemes and histories, risk registers, diagnostics, self-assessments", kPlans},
    Migration{3, "urgent business: the chair's recorded reason on agenda items", kUrgentBusiness},
    Migration{4, "record parts: Part I / Part II of minutes, actions, declarations and forward-plan topics; "
                 "private postcodes",
              kRecordParts},
    Migration{5, "audit trail: who changed which record, when, from what to what", kAuditTrail},
    Migration{6, "indicators: the indicator series a plan action or a risk names", kIndicators},
    Migration{7, "indexes for reading one board: meetings, memberships and forward plan by board; interests, "
                 "minutes, approvals and actions by meeting",
              kBoardIndexes},
};

} // namespace

std::span<const Migration> migrations() noexcept { return kMigrations; }

} // namespace boardroom::io::store_detail
