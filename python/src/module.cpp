#include "pybind11.hpp"

#include "boardroom/version.hpp"

PYBIND11_MODULE(_core, m) {
    m.doc() = "boardroom's compiled core; use the boardroom package, not this module.";
    m.attr("__version__") = boardroom::version;

    auto core = m.def_submodule("core", "Errors, dates and ids.");
    boardroom::python::register_core(core);
    auto governance = m.def_submodule("governance", "Boards, meetings and agendas.");
    boardroom::python::register_governance(governance);
    auto indicators = m.def_submodule("indicators", "Indicator statistics kernels over numpy arrays.");
    boardroom::python::register_indicators(indicators);
    boardroom::python::register_indicators_standardised(indicators);
    boardroom::python::register_indicators_variation(indicators);
    auto plans = m.def_submodule("plans", "Action plans, RAG ratings and their history, risk registers.");
    boardroom::python::register_plans(plans);
    // After governance and plans: the store and JSON functions take their types.
    auto io = m.def_submodule("io", "Loading, the store and JSON interchange.");
    boardroom::python::register_io(io);
    auto report = m.def_submodule("report", "What may be published, and how.");
    boardroom::python::register_report(report);
}
