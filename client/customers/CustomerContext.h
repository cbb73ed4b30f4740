// What the customer widgets share once the page has asked the server: the catalogs
// of customer and contact fields, the caller's rights and the users one may follow.
#pragma once

#include "customers/CustomerFields.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace cordial::client {

class Connection;

namespace customers {

struct CustomerContext {
    Connection *connection = nullptr;
    FieldCatalog customerFields;
    FieldCatalog contactFields;
    QStringList rights;
    qint64 userId = 0;
    QList<QPair<qint64, QString>> users; // id, display name
    // regions.list: provinces in official order with their cities; empty when the
    // server does not offer it (then the form offers the provinces alone).
    QList<QPair<QString, QStringList>> regions;

    QStringList provinces() const
    {
        QStringList list;
        for (const auto &r : regions)
            list.append(r.first);
        return list.isEmpty() ? FieldText::provinces() : list;
    }
    QStringList cities(const QString &province) const
    {
        for (const auto &r : regions)
            if (r.first == province)
                return r.second;
        return {};
    }

    bool can(const QString &right) const { return rights.contains(right); }
    QString userName(qint64 id) const
    {
        for (const auto &u : users)
            if (u.first == id)
                return u.second;
        return {};
    }
};

} // namespace customers
} // namespace cordial::client
