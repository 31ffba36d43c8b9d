// The outermost frame of every front end's main(): whatever escapes the program's work becomes one
// line on stderr, "PROGRAM: ...", and the exit status that goes with it. Front-end code only.
#pragma once

#include <cstdio>
#include <exception>
#include <iostream>
#include <string>

#include <boost/program_options/errors.hpp>

#include <mss/error.h>
#include <mss/terminal_text.h>

#include "error_line.h"
#include "exit_status.h"

namespace mss::cli {

// How a front end words a library error, and the status it exits with.
struct ErrorReport {
    std::string line;
    ExitStatus status;
};

// The tools' usual report: error_line() and the status of the error's kind (exit_status.h).
inline ErrorReport report_by_kind(const Error& error) {
    return {error_line(error), exit_status_of(error.kind())};
}

// Returns what `run` returns (the exit status of a run that ended normally). A library error is
// reported as `report` words it, a bad command line (boost::program_options::error) as a usage
// error, anything else as an internal error. What the program wrote to stdout is flushed before
// the line, so the line comes after it.
template <typename Run, typename Report = ErrorReport (*)(const Error&)>
int run_main(const char* program, Run run, Report report = report_by_kind) {
    try {
        return run();
    } catch (const Error& e) {
        const ErrorReport reported = report(e);
        std::fflush(stdout);
        std::cout.flush();
        std::cerr << program << ": " << reported.line << '\n';
        return code(reported.status);
    } catch (const boost::program_options::error& e) {
        std::cerr << program << ": " << terminal_text(e.what()) << '\n';
        return code(ExitStatus::kUsage);
    } catch (const std::exception& e) {
        std::cerr << program << ": internal error: " << e.what() << '\n';
        return code(ExitStatus::kFailure);
    }
}

}  // namespace mss::cli
