# The desktop files and the metainfo, translated from the catalogues
# (translations/interposer_<lang>.ts, context DesktopEntry; the texts are
# listed for lupdate in app/gui/desktopentrytexts.h): the files in this
# directory hold the English only, and the installed ones get a line per
# language after each translatable line, so their words are the window's.

# Reads LANG's DesktopEntry translations into the variables
# _desktop_<lang>_<hash of the English text>.
function(_interposer_read_desktop_catalogue lang)
  set(ts "${PROJECT_SOURCE_DIR}/translations/interposer_${lang}.ts")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${ts}")
  file(READ "${ts}" text)
  string(FIND "${text}" "<name>DesktopEntry</name>" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${ts} has no DesktopEntry context: run the update_translations target")
  endif()
  string(SUBSTRING "${text}" ${at} -1 text)
  string(FIND "${text}" "</context>" end)
  string(SUBSTRING "${text}" 0 ${end} text)
  # Semicolons (the keywords') would split the list of pairs.
  string(ASCII 1 semicolon)
  string(REPLACE ";" "${semicolon}" text "${text}")
  string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<extracomment>[^<]*</extracomment>[^<]*)?<translation>[^<]*</translation>"
    pairs "${text}")
  foreach(pair IN LISTS pairs)
    string(REGEX REPLACE ".*<source>([^<]*)</source>.*" "\\1" english "${pair}")
    string(REGEX REPLACE ".*<translation>([^<]*)</translation>.*" "\\1" translated "${pair}")
    string(REPLACE "${semicolon}" ";" english "${english}")
    string(REPLACE "${semicolon}" ";" translated "${translated}")
    # Kept escaped: the metainfo takes them as they are, the desktop
    # files unescaped.
    string(MD5 key "${english}")
    set(_desktop_${lang}_${key} "${translated}" PARENT_SCOPE)
  endforeach()
endfunction()

function(_interposer_unescape_xml out text)
  foreach(pair "&lt;=<" "&gt;=>" "&quot;=\"" "&apos;='" "&amp;=&")
    string(REGEX REPLACE "^([^=]+)=(.*)$" "\\1" from "${pair}")
    string(REGEX REPLACE "^([^=]+)=(.*)$" "\\2" to "${pair}")
    string(REPLACE "${from}" "${to}" text "${text}")
  endforeach()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# As lupdate writes a source text.
function(_interposer_escape_xml out text)
  string(REPLACE "&" "&amp;" text "${text}")
  string(REPLACE "<" "&lt;" text "${text}")
  string(REPLACE ">" "&gt;" text "${text}")
  string(REPLACE "'" "&apos;" text "${text}")
  string(REPLACE "\"" "&quot;" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

foreach(lang IN LISTS INTERPOSER_DESKTOP_LANGUAGES)
  _interposer_read_desktop_catalogue(${lang})
endforeach()

# The translation of ENGLISH (escaped as in a .ts) into LANG, or a fatal
# error naming FILE.
macro(_interposer_desktop_translation out lang english file)
  string(MD5 _key "${english}")
  if(NOT DEFINED _desktop_${lang}_${_key} OR "${_desktop_${lang}_${_key}}" STREQUAL "")
    message(FATAL_ERROR "${file}: “${english}” has no ${lang} translation in translations/interposer_${lang}.ts (context DesktopEntry; list it in app/gui/desktopentrytexts.h)")
  endif()
  set(${out} "${_desktop_${lang}_${_key}}")
endmacro()

# TEXT as a CMake list of its lines, its semicolons (list separators)
# kept as the character \x01; _interposer_restore undoes it.
function(_interposer_lines out text)
  string(ASCII 1 semicolon)
  string(REPLACE ";" "${semicolon}" text "${text}")
  string(REGEX REPLACE "\n$" "" text "${text}")
  string(REPLACE "\n" ";" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(_interposer_restore out text)
  string(ASCII 1 semicolon)
  string(REPLACE "${semicolon}" ";" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# IN (a desktop file) into OUT, with Key[lang]= lines after the Name,
# GenericName, Comment and Keywords of its main group.
function(interposer_translate_desktop_file in out)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${in}")
  file(READ "${in}" text)
  _interposer_lines(lines "${text}")
  set(result "")
  foreach(line IN LISTS lines)
    _interposer_restore(line "${line}")
    string(APPEND result "${line}\n")
    if(line MATCHES "^(Name|GenericName|Comment|Keywords)=(.*)$")
      set(key "${CMAKE_MATCH_1}")
      _interposer_escape_xml(english "${CMAKE_MATCH_2}")
      foreach(lang IN LISTS INTERPOSER_DESKTOP_LANGUAGES)
        _interposer_desktop_translation(translated ${lang} "${english}" "${in}")
        _interposer_unescape_xml(translated "${translated}")
        string(APPEND result "${key}[${lang}]=${translated}\n")
      endforeach()
    endif()
  endforeach()
  file(CONFIGURE OUTPUT "${out}" CONTENT "${result}" @ONLY)
endfunction()

# TEXT (a metainfo) into the variable OUT, with xml:lang elements after
# its <name>, <summary> and <caption> lines.
function(interposer_translate_metainfo out text file)
  _interposer_lines(lines "${text}")
  set(result "")
  foreach(line IN LISTS lines)
    _interposer_restore(line "${line}")
    string(APPEND result "${line}\n")
    if(line MATCHES "^( *)<(name|summary|caption)>([^<]*)</(name|summary|caption)>$")
      set(indent "${CMAKE_MATCH_1}")
      set(element "${CMAKE_MATCH_2}")
      # As lupdate escapes it: the XML may have a ' where the .ts has &apos;.
      _interposer_unescape_xml(english "${CMAKE_MATCH_3}")
      _interposer_escape_xml(english "${english}")
      foreach(lang IN LISTS INTERPOSER_DESKTOP_LANGUAGES)
        _interposer_desktop_translation(translated ${lang} "${english}" "${file}")
        string(APPEND result "${indent}<${element} xml:lang=\"${lang}\">${translated}</${element}>\n")
      endforeach()
    endif()
  endforeach()
  set(${out} "${result}" PARENT_SCOPE)
endfunction()
