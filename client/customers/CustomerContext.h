// What the customer widgets share once the page has asked the server: the catalogs
// of customer and contact fields, the caller's rights and field access, and the users
// one may follow. The one place the form, the list and its dialogs learn what the
// caller's role lets them see, change and copy.
#pragma once

#include "customers/CustomerFields.h"
#include "domain/Roles.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

namespace cordial::client {

class Connection;

namespace customers {

struct CustomerContext {
    Connection *connection = nullptr;
    // As the caller's role sees them (setCustomerFields, setContactFields): no hidden
    // fields, read-only ones marked.
    FieldCatalog customerFields;
    FieldCatalog contactFields;
    QStringList rights;
    // The fields the caller's roles hide or make read-only (auth.whoami
    // access.customers.fields): customer fields by key, contact fields as
    // "contacts.KEY"; the server leaves hidden ones out of what it sends.
    QHash<QString, domain::FieldAccess> fieldAccess;
    // Editor or above in customers: may change every customer in scope, not only those
    // the caller follows or created (an author).
    bool editAll = false;
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
    // From fields.list: the catalog restricted to what fieldAccess allows.
    void setCustomerFields(const FieldCatalog &catalog) { customerFields = catalog.restrictedTo(fieldAccess); }
    // From fields.list with entity contact, likewise.
    void setContactFields(const FieldCatalog &catalog)
    {
        QHash<QString, domain::FieldAccess> contactAccess;
        for (auto it = fieldAccess.cbegin(); it != fieldAccess.cend(); ++it)
            if (it.key().startsWith(domain::kContactFieldPrefix))
                contactAccess.insert(it.key().mid(domain::kContactFieldPrefix.size()), it.value());
        contactFields = catalog.restrictedTo(contactAccess);
    }
    // Reads rights and field access from an auth.whoami result.
    void setAccess(const QCborMap &whoami)
    {
        rights.clear();
        for (const QCborValue &r : whoami.value(QStringLiteral("rights")).toArray())
            rights.append(r.toString());
        fieldAccess.clear();
        const QCborMap customers = whoami.value(QStringLiteral("access")).toMap().value(QStringLiteral("customers")).toMap();
        const QCborMap fields = customers.value(QStringLiteral("fields")).toMap();
        const auto level = domain::accessLevelFromName(customers.value(QStringLiteral("level")).toString());
        editAll = level && *level >= domain::AccessLevel::Editor;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            if (const auto access = domain::fieldAccessFromName(it.value().toString()))
                fieldAccess.insert(it.key().toString(), *access);
        userId = whoami.value(QStringLiteral("user")).toMap().value(QStringLiteral("id")).toInteger();
    }
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
