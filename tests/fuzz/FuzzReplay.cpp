// The main of the corpus tests: feeds every file under the folders (or files) named on the
// command line to the harness's LLVMFuzzerTestOneInput, in name order, without libFuzzer. So a
// crash once found and added to the corpus stays fixed in every build, gcc included.
// Exit 0 when every input passed (a harness that finds a problem aborts), 1 when no input was found.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    namespace fs = std::filesystem;
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path root(argv[i]);
        std::error_code ec;
        if (fs::is_regular_file(root, ec)) {
            inputs.push_back(root);
            continue;
        }
        for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
            if (it->is_regular_file(ec))
                inputs.push_back(it->path());
        }
        if (ec)
            std::fprintf(stderr, "cannot read %s: %s\n", argv[i], ec.message().c_str());
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "no inputs found (give corpus folders or files)\n");
        return 1;
    }
    std::sort(inputs.begin(), inputs.end());
    for (const fs::path &path : inputs) {
        std::ifstream in(path, std::ios::binary);
        const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof()) {
            std::fprintf(stderr, "cannot read %s\n", path.c_str());
            return 1;
        }
        std::fprintf(stderr, "%s (%zu bytes)\n", path.c_str(), bytes.size());
        // A null pointer for an empty input, as libFuzzer itself may pass.
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.empty() ? nullptr : bytes.data()), bytes.size());
    }
    std::fprintf(stderr, "replayed %zu inputs\n", inputs.size());
    return 0;
}
