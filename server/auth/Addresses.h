// Client address ranges: "allowed from" restrictions of roles and users.
#pragma once

#include <QString>
#include <QStringList>

namespace cordial::server::auth {

// True when `range` is a CIDR range (192.168.1.0/24, 2001:db8::/32) or a single address.
bool isAddressRange(const QString &range);
// True when the client address lies in one of the ranges. IPv4-mapped IPv6 addresses
// (::ffff:10.1.2.3, as a dual-stack listener reports IPv4 clients) and mapped ranges
// match their IPv4 forms. An empty list allows every address; "local" (cordialctl)
// matches no range.
bool addressInRanges(const QString &address, const QStringList &ranges);

} // namespace cordial::server::auth
