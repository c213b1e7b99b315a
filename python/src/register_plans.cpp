#include "pybind11.hpp"

namespace boardroom::python {

void register_plans(py::module_&) {}

} // namespace boardroom::python
