#include "pipeline.h"

namespace dyad {

Result<Models> load_models(const std::string& data_dir, ModelNeeds needs) {
  auto text = TextModel::load(data_dir + "/text");
  if (!text.ok()) return text.status();
  Models models{std::move(text).value(), std::nullopt, std::nullopt};
  if (needs.ontology) {
    auto ontology = coding::Ontology::load(data_dir + "/ontology");
    if (!ontology.ok()) return ontology.status();
    models.ontology.emplace(std::move(ontology).value());
  }
  if (needs.syntax) {
    auto syntax = SyntaxModels::load(data_dir + "/syntax");
    if (!syntax.ok()) return syntax.status();
    models.syntax.emplace(std::move(syntax).value());
  }
  return models;
}

}  // namespace dyad
