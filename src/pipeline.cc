#include "pipeline.h"

namespace dyad {

Result<Models> load_models(const std::string& data_dir) {
  auto text = TextModel::load(data_dir + "/text");
  if (!text.ok()) return text.status();
  return Models{std::move(text).value()};
}

}  // namespace dyad
