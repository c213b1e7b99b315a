// Included first by every binding file: one place for the pybind11 includes,
// the `py` alias and the casters boardroom's value types need.
#pragma once

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "boardroom/core/date.hpp"

#include <datetime.h>

namespace py = pybind11;

namespace pybind11::detail {

/// boardroom::Date <-> datetime.date.
template <>
struct type_caster<boardroom::Date> {
    PYBIND11_TYPE_CASTER(boardroom::Date, const_name("datetime.date"));

    bool load(handle src, bool) {
        if (!PyDateTimeAPI) PyDateTime_IMPORT;
        if (!src || !PyDate_Check(src.ptr())) return false;
        value = boardroom::Date{std::chrono::year{PyDateTime_GET_YEAR(src.ptr())},
                                std::chrono::month{static_cast<unsigned>(PyDateTime_GET_MONTH(src.ptr()))},
                                std::chrono::day{static_cast<unsigned>(PyDateTime_GET_DAY(src.ptr()))}};
        return true;
    }

    static handle cast(const boardroom::Date& date, return_value_policy, handle) {
        if (!PyDateTimeAPI) PyDateTime_IMPORT;
        return PyDate_FromDate(static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
                               static_cast<int>(static_cast<unsigned>(date.day())));
    }
};

/// boardroom::TimeOfDay <-> datetime.time.
template <>
struct type_caster<boardroom::TimeOfDay> {
    PYBIND11_TYPE_CASTER(boardroom::TimeOfDay, const_name("datetime.time"));

    bool load(handle src, bool) {
        if (!PyDateTimeAPI) PyDateTime_IMPORT;
        if (!src || !PyTime_Check(src.ptr())) return false;
        value = boardroom::TimeOfDay{PyDateTime_TIME_GET_HOUR(src.ptr()), PyDateTime_TIME_GET_MINUTE(src.ptr())};
        return true;
    }

    static handle cast(const boardroom::TimeOfDay& time, return_value_policy, handle) {
        if (!PyDateTimeAPI) PyDateTime_IMPORT;
        return PyTime_FromTime(time.hour(), time.minute(), 0, 0);
    }
};

} // namespace pybind11::detail

namespace boardroom::python {
void register_core(py::module_& m);
void register_governance(py::module_& m);
void register_io(py::module_& m);
void register_report(py::module_& m);
void register_indicators(py::module_& m);
void register_indicators_standardised(py::module_& m);
void register_indicators_variation(py::module_& m);
void register_plans(py::module_& m);
} // namespace boardroom::python
