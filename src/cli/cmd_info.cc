// dyad info: the version, where the bundled data was found, and what is in it.
#include <cstdio>

#include "cli/common.h"
#include "core/data_dir.h"

namespace dyad::cli {

Command add_info(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("info", "Show dyad's version and where its bundled data is");
  return {cmd, []() {
            Problems problems;
            auto dir = find_data_dir();
            if (!dir.ok()) {
              problems.report(dir.status());
              return kExitInput;
            }
            auto models = load_models_or_report(problems);
            if (!models) return kExitInput;
            std::printf("dyad %s\ndata %s (format %d)\nabbreviations %zu\n", DYAD_VERSION, dir->c_str(),
                        data_format_version(), models->text.abbreviation_count());
            return kExitOk;
          }};
}

}  // namespace dyad::cli
