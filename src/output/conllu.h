// CoNLL-U views of sentences, as `dyad tokens` and `dyad parse` print them.
// LEMMA, UPOS, XPOS, HEAD and DEPREL are the syntax stage's (HEAD and DEPREL
// only when a parser ran) and "_" when it has not run; FEATS and DEPS are
// always "_". FORM is the text as written; MISC carries SpaceAfter=No and the
// token's byte range as TokenRange=start:end (UDPipe's convention), plus
// Norm=... where normalisation changed the form (the models read Norm).
#pragma once

#include <string>

#include "core/document.h"

namespace dyad {

// The sentence's comment lines, token lines and the blank line after them.
std::string sentence_conllu(const Story& story, size_t index);

}  // namespace dyad
