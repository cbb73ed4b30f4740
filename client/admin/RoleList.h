// Roles as roles.list returns them, and the checkable list of roles that the user
// editor (extra roles), the department roles dialog and the group editor share.
#pragma once

#include "domain/Roles.h"

#include <QCborValue>
#include <QList>
#include <QListWidget>
#include <QString>
#include <QStringList>

namespace cordial::client::admin {

struct RoleInfo {
    qint64 id = 0;
    QString name;
    QString description;
    bool builtin = false;
    qint64 version = 0;
    int holders = 0;
    domain::RoleDefinition definition; // name, description, grants, address restrictions

    // The name as shown: built-in roles in the person's language.
    QString title() const;
};

// One role as roles.list gives it.
RoleInfo parseRole(const QCborMap &role);
// Reads the items of a roles.list result, in the server's order (built-in roles first).
QList<RoleInfo> parseRoles(const QCborValue &result);

// One check box per role. Names that are checked but not (or no longer) listed stay
// checked and are shown at the end, so that saving never drops a role silently.
class RoleChecklist : public QListWidget
{
    Q_OBJECT
public:
    explicit RoleChecklist(QWidget *parent = nullptr);

    void setRoles(const QList<RoleInfo> &roles);
    void setChecked(const QStringList &names);
    QStringList checked() const; // in list order
    // A role the person cannot tick here (the user's primary role): shown greyed out.
    void setExcluded(const QString &name);
    // Tall enough for a few roles without scrolling.
    QSize sizeHint() const override;

Q_SIGNALS:
    void checkedChanged();

private:
    void rebuild();

    QList<RoleInfo> m_roles;
    QStringList m_checked;
    QString m_excluded;
    bool m_rebuilding = false;
};

} // namespace cordial::client::admin
