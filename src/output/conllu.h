// CoNLL-U views of sentences, as `dyad tokens` (and later `dyad parse`) print
// them. Columns after FORM stay "_" until the syntax stage fills them; MISC
// carries SpaceAfter=No and the token's byte range as TokenRange=start:end
// (UDPipe's convention), plus Norm=... where normalisation changed the form.
#pragma once

#include <string>

#include "core/document.h"

namespace dyad {

// The sentence's comment lines, token lines and the blank line after them.
std::string sentence_conllu(const Story& story, size_t index);

}  // namespace dyad
