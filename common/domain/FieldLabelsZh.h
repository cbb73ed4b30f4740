// Simplified Chinese labels and header aliases of the built-in fields. The server has
// no translator, yet the files it writes (export, import template) are read by
// Chinese-speaking staff, and import files name their columns in Chinese or English.
#pragma once

#include "domain/FieldCatalog.h"

namespace cordial::domain {

// Fills labelZh, aliases and the choices' labelZh of built-in fields.
QList<FieldDef> withChineseLabels(FieldEntity entity, QList<FieldDef> fields);

} // namespace cordial::domain
