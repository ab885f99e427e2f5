// dyad: political event data from news stories. The command line.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <vector>

#include "cli/common.h"

int main(int argc, char** argv) {
  using namespace dyad::cli;
  CLI::App app{"dyad: political event data (who did what to whom, when and where) from news stories", "dyad"};
  app.set_version_flag("--version", "dyad " DYAD_VERSION);
  app.require_subcommand(1);
  std::vector<Command> commands = {add_sentences(app), add_tokens(app),     add_parse(app),
                                   add_code(app),      add_throughput(app), add_info(app),
                                   add_eval(app),      add_dict(app),       add_train(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "dyad: %s (see dyad --help)\n", e.what());
    return kExitUsage;
  }
  for (auto& c : commands)
    if (c.app->parsed()) return c.run();
  return kExitUsage;
}
