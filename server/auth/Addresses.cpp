#include "auth/Addresses.h"

#include <QHostAddress>

namespace cordial::server::auth {

namespace {

// An IPv4-mapped IPv6 address as IPv4; others unchanged.
QHostAddress unmapped(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(v4);
    return address;
}

std::optional<std::pair<QHostAddress, int>> parseRange(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (!t.contains(QLatin1Char('/'))) {
        QHostAddress single;
        if (!single.setAddress(t))
            return std::nullopt;
        single = unmapped(single);
        return std::pair{single, single.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
    }
    auto subnet = QHostAddress::parseSubnet(t);
    if (subnet.second < 0)
        return std::nullopt;
    // ::ffff:10.0.0.0/104 is 10.0.0.0/8.
    bool mapped = false;
    const quint32 v4 = subnet.first.toIPv4Address(&mapped);
    if (mapped && subnet.first.protocol() == QAbstractSocket::IPv6Protocol && subnet.second >= 96)
        return std::pair{QHostAddress(v4), subnet.second - 96};
    return std::pair{subnet.first, subnet.second};
}

} // namespace

bool isAddressRange(const QString &range)
{
    return parseRange(range).has_value();
}

bool addressInRanges(const QString &address, const QStringList &ranges)
{
    if (ranges.isEmpty())
        return true;
    QHostAddress client;
    if (!client.setAddress(address))
        return false;
    client = unmapped(client);
    for (const QString &r : ranges) {
        const auto range = parseRange(r);
        if (range && range->first.protocol() == client.protocol() && client.isInSubnet(range->first, range->second))
            return true;
    }
    return false;
}

} // namespace cordial::server::auth
