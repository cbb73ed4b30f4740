#include "customers/RegionOps.h"

#include <QCborArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cordial::server::customers {

const QList<Province> &regions()
{
    static const QList<Province> list = [] {
        QList<Province> out;
        QFile file(QStringLiteral(":/regions/regions.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QJsonArray provinces = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("provinces")).toArray();
        for (const QJsonValue &p : provinces) {
            Province province;
            province.name = p.toObject().value(QStringLiteral("province")).toString();
            for (const QJsonValue &c : p.toObject().value(QStringLiteral("cities")).toArray())
                province.cities.append(c.toString());
            out.append(province);
        }
        return out;
    }();
    return list;
}

OpOutcome listRegions(OpContext &)
{
    static const QCborArray items = [] {
        QCborArray out;
        for (const Province &p : regions())
            out.append(QCborMap{{QStringLiteral("province"), p.name},
                                {QStringLiteral("cities"), QCborArray::fromStringList(p.cities)}});
        return out;
    }();
    if (items.isEmpty())
        return protocol::makeError(protocol::ErrorCode::Internal, QStringLiteral("the region list is missing"));
    return QCborMap{{QStringLiteral("items"), items}};
}

} // namespace cordial::server::customers
