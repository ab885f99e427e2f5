#include "ingest/ingest_test_util.h"

namespace dyad::testing {

Output read_all(const std::vector<std::string>& paths, const ReaderOptions& options) {
  Output out;
  auto reader = open_stories(paths, options);
  Story story;
  Status problem;
  for (;;) {
    const auto next = reader->next(story, problem);
    if (next == StoryReader::Next::kEnd) break;
    if (next == StoryReader::Next::kStory) {
      out.stories.push_back(story);
    } else {
      out.problems.push_back(problem.message());
    }
  }
  return out;
}

}  // namespace dyad::testing
