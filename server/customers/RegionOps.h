// regions.list: China's provincial-level divisions and their prefecture-level
// cities, from the resource :/regions/regions.json (resources/regions/).
#pragma once

#include "net/OpTable.h"

#include <QList>
#include <QStringList>

namespace cordial::server::customers {

struct Province {
    QString name;       // e.g. 广东省, 北京市, 香港特别行政区
    QStringList cities; // prefecture-level divisions; districts for the municipalities
};

// Parsed once per process; empty only if the resource is missing or broken.
const QList<Province> &regions();

OpOutcome listRegions(OpContext &context);

} // namespace cordial::server::customers
