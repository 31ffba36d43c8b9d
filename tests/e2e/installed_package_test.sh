# An outside project uses the installed package: cmake --install into a scratch prefix, build
# examples/ against it with find_package(mss), and run the C++ and Python examples on the seeds.
# Man pages and bash completion are installed too.
. "$(dirname "$0")/lib.sh"
: "${MSS_BUILD_DIR:?set by ctest}"
index_seeds
prefix="$SCRATCH/prefix"

run cmake --install "$MSS_BUILD_DIR" --prefix "$prefix"
assert_status 0 "cmake --install"
for file in share/man/man1/mss-search.1 share/man/man1/mss-index.1 \
    share/bash-completion/completions/mss-search share/bash-completion/completions/mss-index \
    include/mss/search.h; do
    [ -f "$prefix/$file" ] || fail "not installed: $file"
done

flags=()
if [ "${MSS_SANITIZE:-0}" = 1 ]; then
    flags=(-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined
        -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined)
fi
run cmake -S "$MSS_SOURCE_DIR/examples" -B "$SCRATCH/example" -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_BUILD_TYPE=Release "${flags[@]}"
assert_status 0 "configuring examples/ against the installed package"
run cmake --build "$SCRATCH/example"
assert_status 0 "building examples/"

run "$SCRATCH/example/search_example" "$SEED_INDEX" "Murkomen contingent"
assert_status 0 "C++ example"
assert_contains "$OUT" "3 matching articles" "C++ example"
assert_contains "$OUT" "[Murkomen]" "C++ example highlights"
assert_contains "$OUT" '"schema":1' "C++ example JSON"
run "$SCRATCH/example/search_example" "$SCRATCH/nowhere" "Murkomen"
assert_status 3 "C++ example on a missing index"

if [ -n "${MSS_PYTHON:-}" ]; then
    module_dir=$(dirname "$(find "$prefix" -name 'mss*.so' | head -n 1)")
    PYTHONPATH="$module_dir" run "$MSS_PYTHON" "$MSS_SOURCE_DIR/examples/search_example.py" \
        "$SEED_INDEX" "Cherizier"
    assert_status 0 "Python example"
    # The whole name is one highlight: "Jimmy Chérizier" is an alias in the stored registry.
    assert_contains "$OUT" "[Jimmy Chérizier]" "Python example highlights"
    PYTHONPATH="$module_dir" run "$MSS_PYTHON" "$MSS_SOURCE_DIR/examples/search_example.py" \
        "$SEED_INDEX" '"" ...'
    assert_status 2 "Python example on a bad query"
    assert_contains "$ERR" "bad query at character 1" "Python example on a bad query"
else
    echo "skipping the Python example: no Python module in this build"
fi

finish
