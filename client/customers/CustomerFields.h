// The field catalog as the client reads it from fields.list, and how values of each
// field type are shown: translated choice labels, money, dates, names of users.
#pragma once

#include "domain/Roles.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cordial::client::customers {

struct FieldInfo {
    QString key;
    QString type; // "text", "money", "choice", … as on the wire
    QString tab;  // "basic", "company", … "contact"
    QString label; // English source text
    bool required = false;
    int maxLength = 0;
    QList<QPair<QString, QString>> choices; // key, English label
    bool listable = false;
    bool searchable = false;
    bool sortable = false;
    bool bulkEditable = false;
    bool readOnly = false;
    bool readOnlyForRole = false; // read-only because of the caller's role, not by its nature
    bool custom = false;

    // The label in the user's language ("Field" context).
    QString title() const;
    QString choiceTitle(const QString &choiceKey) const;
    bool isText() const;
};

class FieldCatalog
{
public:
    FieldCatalog() = default;
    // From the result of fields.list.
    static FieldCatalog fromResult(const QCborMap &result);
    // The built-in catalog (common/domain/FieldCatalog), for when the server is not asked.
    static FieldCatalog builtIn(bool contacts);

    bool isEmpty() const { return m_fields.isEmpty(); }
    const QList<FieldInfo> &fields() const { return m_fields; }
    const FieldInfo *find(const QString &key) const;
    QList<FieldInfo> ofTab(const QString &tab) const;
    // The catalog as a role sees it: fields it hides left out, those it makes read-only
    // marked so (readOnly and readOnlyForRole). `access` holds only restricted fields.
    FieldCatalog restrictedTo(const QHash<QString, domain::FieldAccess> &access) const;

private:
    QList<FieldInfo> m_fields;
    QHash<QString, int> m_index;
};

class FieldText
{
    Q_DECLARE_TR_FUNCTIONS(FieldText)
public:
    // The value of a field as shown in a list cell or a conflict table.
    // `record` gives the names behind ids (owner_name, department_name, creator_name).
    static QString display(const FieldInfo &field, const QCborValue &value, const QCborMap &record = {});
    static QString money(const QCborValue &value);
    static QString date(const QString &isoDate);
    static QString dateTime(const QString &isoTime);
    static bool isRightAligned(const FieldInfo &field);
    // The provinces, municipalities and regions of China, in the user's language.
    static QStringList provinces();
};

} // namespace cordial::client::customers
