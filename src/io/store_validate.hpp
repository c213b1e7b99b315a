// The checks a bundle passes before it is stored or accepted from JSON: the
// model's own rules (check_references, plans::validate, and the add_* functions
// of the other documents, replayed on a copy), plus what the store needs to
// key documents (a title, unique within its kind).
#pragma once

#include "boardroom/io/store_bundle.hpp"

namespace boardroom::io::store_detail {

/// Throws ValidationError naming the document and the rule it breaks.
void validate_for_store(const plans::RiskRegister& register_);
void validate_for_store(const plans::Diagnostic& diagnostic);
void validate_for_store(const plans::SelfAssessment& assessment);
/// Every part of the bundle, and unique titles within each kind of document.
void validate_bundle(const BoardBundle& bundle);

} // namespace boardroom::io::store_detail
