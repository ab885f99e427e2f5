#!/usr/bin/env bash
# Joins the verb fragments (data/dict/verbs/*.txt, one per range of CAMEO
# roots) into the bundled data/dict/dyad.verbs.txt:
#   scripts/merge-verbs.sh data/dict/verbs/*.txt
set -euo pipefail
cd "$(dirname "$0")/.."
out=data/dict/dyad.verbs.txt
{
cat <<'H'
# dyad-dictionary verbs 1
# dyad's bundled verb dictionary, in the PETRARCH 2 verb format, covering
# CAMEO 1.1b3's event codes (data/ontology/cameo.tsv). Written for dyad
# (issue 6) from the CAMEO codebook's definitions; no entry is copied from
# another dictionary. Sections follow the CAMEO roots: 01-05 (statements,
# appeals, intent, consultation, diplomatic cooperation), 06-11 (material
# cooperation, aid, yielding, investigation, demands, disapproval), 12-14
# (rejection, threats, protest), 15-20 (force posture, reduced relations,
# coercion, assault, fighting, mass violence). Each section is tested by
# the sentences in tests/dict/bundled/<range>.xml.
#
#   &NAME and "+" lines      a synset: words a pattern can name as &NAME
#                            (plurals are made unless the word or the label ends in "_")
#   --- NAME [CODE] ---      a block of verbs that share patterns; CODE is the
#                            CAMEO code of a verb alone ("---": no event)
#   VERB {FORMS} [CODE]      a verb; its -S, -ED and -ING forms are made unless
#                            {FORMS} lists them all; "+" marks the verb word
#                            of a multi-word verb (+CALL_ON)
#   - PRE * POST [CODE]      a pattern: * is the verb, $ the source, + the
#                            target, {...} a noun phrase, (...) a prepositional phrase
H
for f in "$@"; do
  echo
  echo "# ======================================================================"
  echo "# Roots $(basename "$f" .txt)"
  echo "# ======================================================================"
  grep -v '^# dyad-dictionary' "$f"
done
} > "$out"
