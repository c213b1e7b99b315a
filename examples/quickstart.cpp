#include <boardroom/boardroom.hpp>
#include <iostream>

int main(int argc, char** argv) {
    namespace br = boardroom;
    try {
        const auto meeting = br::io::load_meeting_folder(argc > 1 ? argv[1] : "examples/cpb-2015-12-10");
        std::cout << meeting.board << "\n" << br::to_long_string(meeting.date) << "\n";
        for (const auto& item : meeting.agenda)
            std::cout << item.number << ". " << item.title << " (" << br::governance::to_string(item.purpose) << ")\n";
    } catch (const br::Error& error) {  // every error names the file, line and field at fault
        std::cerr << "quickstart: error: " << error.what() << "\n";
        return 1;
    }
}
