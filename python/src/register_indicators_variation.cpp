#include "pybind11.hpp"

namespace boardroom::python {

void register_indicators_variation(py::module_&) {}

} // namespace boardroom::python
