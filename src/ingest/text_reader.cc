// The text reader: a whole file is one story. The content is kept byte for
// byte (bar a leading BOM, dropped when the input was opened) because datelines,
// paragraphs and broken UTF-8 are the text stage's business, and offsets into
// Story::text must point at what the user supplied. An empty file is a story
// with empty text, not a problem: the text stage gives it zero sentences.
#include "ingest/formats.h"

namespace dyad::ingest {
namespace {

class TextReader : public StoryReader {
 public:
  TextReader(Input in, const ReaderOptions& options) : in_(std::move(in)), options_(options) {}

  Next next(Story& story, Status& problem) override {
    if (done_) return Next::kEnd;
    done_ = true;
    while (in_.window().size() <= options_.max_story_bytes && in_.more()) {
    }
    if (!in_.error().ok()) {
      problem = in_.error();
      return Next::kSkipped;
    }
    if (in_.window().size() > options_.max_story_bytes) {
      problem = Status::Invalid(in_.name() + ": story is larger than " +
                                std::to_string(options_.max_story_bytes) + " bytes; skipped");
      return Next::kSkipped;
    }
    story.reset();
    story.id = text_story_id(in_.name());
    story.origin = in_.name();
    story.text = in_.take();
    story.date = options_.default_date;
    return Next::kStory;
  }

 private:
  Input in_;
  ReaderOptions options_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<StoryReader> text_reader(Input in, const ReaderOptions& options) {
  return std::make_unique<TextReader>(std::move(in), options);
}

}  // namespace dyad::ingest
