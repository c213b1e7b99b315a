#pragma once

#define BOARDROOM_VERSION_MAJOR 0
#define BOARDROOM_VERSION_MINOR 1
#define BOARDROOM_VERSION_PATCH 0

namespace boardroom {
/// "0.1.0"; the Python package and the CMake package carry the same version.
inline constexpr const char* version = "0.1.0";
} // namespace boardroom
