#include "pybind11.hpp"

namespace boardroom::python {

void register_indicators_standardised(py::module_&) {}

} // namespace boardroom::python
