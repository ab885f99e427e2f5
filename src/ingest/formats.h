// Ingest internals: format detection and one reader per format, each over a
// single opened input. reader.cc chains them across paths and directories.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/byte_source.h"
#include "ingest/reader.h"

namespace dyad::ingest {

// From the file name after dropping .gz/.zst: .jsonl/.ndjson/.json, .xml, .txt.
std::optional<InputFormat> format_from_name(std::string_view path);
// From the first non-whitespace byte of the (decompressed) content.
InputFormat format_from_content(std::string_view head);

// The text reader's story id: the file name without directory, .gz/.zst and .txt.
std::string text_story_id(std::string_view path);

// Replaces the five XML entities and numeric references (&#65; &#x41;);
// anything else that starts with '&' is kept as written.
std::string decode_xml_entities(std::string_view s);

std::unique_ptr<StoryReader> text_reader(Input in, const ReaderOptions& options);
std::unique_ptr<StoryReader> jsonl_reader(Input in, const ReaderOptions& options);
std::unique_ptr<StoryReader> xml_reader(Input in, const ReaderOptions& options);

}  // namespace dyad::ingest
