// Departments as departments.list returns them, and the tree order the widgets show.
#pragma once

#include <QCborValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace cordial::client::admin {

struct Department {
    qint64 id = 0;
    QString name;
    qint64 parentId = 0; // 0: top level
    int userCount = 0;
    QStringList roles; // given to every member of the department and of those below it
    int depth = 0; // filled in by treeOrder()
};

// Reads the items of a departments.list result.
QList<Department> parseDepartments(const QCborValue &result);

// Depth-first order (parents before children, siblings by name) with depth set;
// departments whose parent is outside the caller's scope are shown at the top level.
QList<Department> treeOrder(const QList<Department> &departments);

// The ids of a department and everything below it.
QList<qint64> subtreeIds(const QList<Department> &departments, qint64 root);

} // namespace cordial::client::admin
