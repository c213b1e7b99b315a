// The one helper every loader and kernel test needs: run a call that should fail with an
// InputError and hand the error back, so the test can check its file, line and field.
#pragma once

#include "boardroom/core/error.hpp"

#include <gtest/gtest.h>

namespace boardroom::test {

/// The InputError `f` throws; a test failure if it throws none.
template <typename F>
boardroom::InputError input_error(F&& f) {
    try {
        f();
    } catch (const boardroom::InputError& error) {
        return error;
    }
    ADD_FAILURE() << "no InputError thrown";
    return boardroom::InputError({}, "none");
}

} // namespace boardroom::test
