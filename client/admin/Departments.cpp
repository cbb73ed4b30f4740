#include "admin/Departments.h"

#include <QCborArray>
#include <QCborMap>
#include <QCollator>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <functional>

namespace cordial::client::admin {

QList<Department> parseDepartments(const QCborValue &result)
{
    QList<Department> out;
    const QCborArray items = result.toMap().value(QStringLiteral("items")).toArray();
    for (const QCborValue &v : items) {
        const QCborMap m = v.toMap();
        Department d;
        d.id = m.value(QStringLiteral("id")).toInteger();
        d.name = m.value(QStringLiteral("name")).toString();
        d.parentId = m.value(QStringLiteral("parent_id")).toInteger(0);
        d.userCount = int(m.value(QStringLiteral("user_count")).toInteger(0));
        for (const QCborValue &role : m.value(QStringLiteral("roles")).toArray())
            d.roles.append(role.toString());
        out.append(d);
    }
    return out;
}

QList<Department> treeOrder(const QList<Department> &departments)
{
    QSet<qint64> known;
    for (const Department &d : departments)
        known.insert(d.id);
    QHash<qint64, QList<Department>> children;
    for (const Department &d : departments)
        children[known.contains(d.parentId) ? d.parentId : 0].append(d);

    QCollator collator;
    collator.setNumericMode(true);
    QList<Department> out;
    QSet<qint64> visited; // guards against a cycle in bad data
    std::function<void(qint64, int)> walk = [&](qint64 parent, int depth) {
        QList<Department> list = children.value(parent);
        std::sort(list.begin(), list.end(), [&](const Department &a, const Department &b) {
            return collator.compare(a.name, b.name) < 0;
        });
        for (Department d : list) {
            if (visited.contains(d.id))
                continue;
            visited.insert(d.id);
            d.depth = depth;
            out.append(d);
            walk(d.id, depth + 1);
        }
    };
    walk(0, 0);
    return out;
}

QList<qint64> subtreeIds(const QList<Department> &departments, qint64 root)
{
    QList<qint64> out{root};
    for (int i = 0; i < out.size(); ++i)
        for (const Department &d : departments)
            if (d.parentId == out[i] && !out.contains(d.id))
                out.append(d.id);
    return out;
}

} // namespace cordial::client::admin
