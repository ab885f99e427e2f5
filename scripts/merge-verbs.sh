#!/bin/bash
# Merge verb fragments into data/dict/dyad.verbs.txt
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
  echo "# Roots $(basename $f .txt)"
  echo "# ======================================================================"
  grep -v '^# dyad-dictionary' "$f"
done
} > $out
python3 - <<'PY'
p='data/dict/dyad.verbs.txt'
lines=open(p).read().split('\n')
extra=['# "told rebels to leave": telling an actor to yield is a demand (from the 06-11 section).',
       '- * + (TO &YIELD_MILITARY) [1056]','- * + (TO &RELEASE_WORDS) [1053]','- * + (TO STOP) [105]','- * + (TO END) [105]']
i=lines.index('--- SAY [010] ---')
j=i+1
while not lines[j].startswith('---'): j+=1
while lines[j-1].strip()=='' : j-=1
lines[j:j]=extra
open(p,'w').write('\n'.join(lines))
PY
