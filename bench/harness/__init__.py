"""The benchmark harness behind bench/run: processes, systems under test and the report."""
