#include "admin/RoleList.h"

#include "admin/AdminText.h"

#include <QCborArray>
#include <QCborMap>
#include <QStyle>

namespace cordial::client::admin {

namespace {
constexpr int kNameRole = Qt::UserRole;
}

QString RoleInfo::title() const
{
    return builtin ? AdminText::roleName(name) : name;
}

RoleInfo parseRole(const QCborMap &m)
{
    RoleInfo r;
    r.id = m.value(QStringLiteral("id")).toInteger();
    r.name = m.value(QStringLiteral("name")).toString();
    r.description = m.value(QStringLiteral("description")).toString();
    r.builtin = m.value(QStringLiteral("builtin")).toBool();
    r.version = m.value(QStringLiteral("version")).toInteger();
    r.holders = int(m.value(QStringLiteral("holders")).toInteger());
    // The grants travel in the same shape the domain type reads from its stored form.
    r.definition = domain::RoleDefinition::fromJson(m.toJsonObject());
    r.definition.name = r.name;
    r.definition.description = r.description;
    return r;
}

QList<RoleInfo> parseRoles(const QCborValue &result)
{
    QList<RoleInfo> out;
    for (const QCborValue &v : result.toMap().value(QStringLiteral("items")).toArray())
        out.append(parseRole(v.toMap()));
    return out;
}

RoleChecklist::RoleChecklist(QWidget *parent) : QListWidget(parent)
{
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_rebuilding)
            return;
        const QString name = item->data(kNameRole).toString();
        m_checked.removeAll(name);
        if (item->checkState() == Qt::Checked)
            m_checked.append(name);
        Q_EMIT checkedChanged();
    });
}

void RoleChecklist::setRoles(const QList<RoleInfo> &roles)
{
    m_roles = roles;
    rebuild();
}

void RoleChecklist::setChecked(const QStringList &names)
{
    m_checked = names;
    rebuild();
}

void RoleChecklist::setExcluded(const QString &name)
{
    m_excluded = name;
    rebuild();
}

QStringList RoleChecklist::checked() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        if (item(i)->checkState() == Qt::Checked && item(i)->data(kNameRole).toString() != m_excluded)
            out.append(item(i)->data(kNameRole).toString());
    return out;
}

void RoleChecklist::rebuild()
{
    m_rebuilding = true;
    clear();
    QStringList listed;
    auto add = [this](const QString &name, const QString &title, const QString &tip) {
        auto *item = new QListWidgetItem(title, this);
        item->setData(kNameRole, name);
        item->setToolTip(tip);
        Qt::ItemFlags flags = Qt::ItemIsUserCheckable | Qt::ItemIsEnabled;
        if (name == m_excluded) {
            flags &= ~Qt::ItemIsEnabled;
            item->setToolTip(tr("The primary role, chosen above."));
        }
        item->setFlags(flags);
        item->setCheckState(m_checked.contains(name) || name == m_excluded ? Qt::Checked : Qt::Unchecked);
    };
    for (const RoleInfo &r : std::as_const(m_roles)) {
        add(r.name, r.title(), AdminText::roleDescription(r.name, r.description));
        listed.append(r.name);
    }
    for (const QString &name : std::as_const(m_checked))
        if (!listed.contains(name))
            add(name, AdminText::roleName(name), {});
    m_rebuilding = false;
}

QSize RoleChecklist::sizeHint() const
{
    // The same before and after the roles arrive, so that a dialog laid out while they
    // load keeps room for them.
    constexpr int kRowsShown = 7;
    const int row = qMax(fontMetrics().height(), style()->pixelMetric(QStyle::PM_IndicatorHeight)) + 4;
    return {QListWidget::sizeHint().width(), kRowsShown * row + 2 * frameWidth()};
}

} // namespace cordial::client::admin
