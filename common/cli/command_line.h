// The command line every front end reads the same way: its options, the words after them into one
// positional option, and --help and --version answered before anything else runs.
#pragma once

#include <iostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include <mss/version.h>

namespace mss_cli {

namespace po = boost::program_options;

// Parses `argv` against `visible` and, when `words` is given, every word that is not an option
// into it, as the option `words_name` (not shown in --help). Throws
// boost::program_options::error for a bad command line (a usage error, exit 2).
inline po::variables_map parse_command_line(int argc, char** argv,
                                            const po::options_description& visible,
                                            const char* words_name = nullptr,
                                            std::vector<std::string>* words = nullptr) {
    po::options_description all;
    all.add(visible);
    po::positional_options_description positional;
    if (words != nullptr) {
        all.add_options()(words_name, po::value(words));
        positional.add(words_name, -1);
    }
    po::variables_map options;
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(),
              options);
    po::notify(options);
    return options;
}

// Prints the usage (`usage`, the options, `trailer`) for --help or "PROGRAM VERSION" for
// --version, and returns true when it did: the program then exits 0.
inline bool answered_help_or_version(const po::variables_map& options, const char* program,
                                     const char* usage, const po::options_description& visible,
                                     const char* trailer) {
    if (options.count("help")) {
        std::cout << usage << '\n' << visible << trailer;
        return true;
    }
    if (options.count("version")) {
        std::cout << program << ' ' << mss::kVersion << '\n';
        return true;
    }
    return false;
}

}  // namespace mss_cli
