# Installs dyad into a scratch prefix, moves nothing else, and checks that the
# installed binary finds its data and reads the example story.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX} RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
# Run from an unrelated directory, with no DYAD_DATA, so only the install
# layout can be what finds the data.
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DYAD_DATA ${PREFIX}/bin/dyad sentences ${EXAMPLE}
  WORKING_DIRECTORY ${PREFIX} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "installed dyad failed (${rc}): ${err}")
endif()
string(REGEX MATCHALL "\"story\":" lines "${out}")
list(LENGTH lines n)
if(NOT n EQUAL 9)
  message(FATAL_ERROR "expected 9 sentences from the installed dyad, got ${n}:\n${out}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DYAD_DATA ${PREFIX}/bin/dyad info
  WORKING_DIRECTORY ${PREFIX} RESULT_VARIABLE rc OUTPUT_VARIABLE out)
file(REAL_PATH ${PREFIX}/share/dyad want)
string(FIND "${out}" "data ${want} " at)
if(NOT rc EQUAL 0 OR at EQUAL -1)
  message(FATAL_ERROR "installed dyad should use ${want}; dyad info says:\n${out}")
endif()
