#include "pybind11.hpp"

#include "boardroom/io/meeting_csv.hpp"

namespace boardroom::python {

void register_io(py::module_& m) {
    m.def("load_meeting_folder", &io::load_meeting_folder, py::arg("folder"),
          py::call_guard<py::gil_scoped_release>(),
          "Loads meeting.csv and agenda.csv from a folder; raises InputError naming file, line and field.");
}

} // namespace boardroom::python
