// The one helper every loader and kernel test needs: run a call that should fail with an
// InputError and hand the error back, so the test can check its file, line and field.
#pragma once

#include "boardroom/core/error.hpp"

#include <gtest/gtest.h>

#include <string>

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

/// The message of the error of type E that `f` throws; a test failure if it throws none.
template <typename E, typename F>
std::string message_of(F&& f) {
    try {
        f();
    } catch (const E& error) {
        return error.what();
    }
    ADD_FAILURE() << "no error of the expected type thrown";
    return {};
}

} // namespace boardroom::test
