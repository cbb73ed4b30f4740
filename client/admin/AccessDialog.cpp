#include "admin/AccessDialog.h"

#include "admin/AdminText.h"
#include "customers/CustomerFields.h"
#include "domain/Roles.h"
#include "net/Connection.h"

#include <QCborArray>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cordial::client::admin {

namespace {

QStringList texts(const QCborValue &array)
{
    QStringList out;
    for (const QCborValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

QTableWidget *makeTable(const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

AccessDialog::AccessDialog(Connection *connection, const QCborMap &user, QWidget *parent)
    : QDialog(parent), m_connection(connection)
{
    setObjectName(QStringLiteral("accessDialog"));
    QString name = user.value(QStringLiteral("display_name")).toString();
    if (name.isEmpty())
        name = user.value(QStringLiteral("login")).toString();
    setWindowTitle(tr("Access of %1").arg(name));
    resize(1100, 660);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What %1 may do, and which roles grant it. Several roles together give everything "
                                "any of them grants: the highest level, the widest scope and every extra right; a "
                                "field stays hidden or read-only only if every role that grants the module restricts it.")
                                 .arg(name));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_status = new QLabel(tr("Loading…"));
    m_status->setObjectName(QStringLiteral("accessStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    layout->addWidget(heading(tr("Roles held")));
    m_roles = makeTable(QStringLiteral("accessRoles"), {tr("Role"), tr("Held as")});
    m_roles->setColumnWidth(0, 220);
    m_roles->verticalHeader()->setDefaultSectionSize(m_roles->fontMetrics().height() + 10);
    layout->addWidget(m_roles);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("What the roles allow")));
    m_modules = makeTable(QStringLiteral("accessModules"), {tr("Module"), tr("Access level"), tr("Data scope"),
                                                             tr("Extra rights"), tr("Restricted fields"), tr("Granted by")});
    m_modules->setWordWrap(true);
    // Several roles or restricted fields make a cell of several lines; a little room around them reads easier.
    m_modules->setStyleSheet(QStringLiteral("QTableWidget#accessModules::item { padding: 3px 2px; }"));
    const QList<int> widths{120, 90, 140, 190, 190};
    for (int c = 0; c < widths.size(); ++c)
        m_modules->setColumnWidth(c, widths[c]);
    // Rows take the height their wrapped text needs at the columns' current widths.
    connect(m_modules->horizontalHeader(), &QHeaderView::sectionResized, m_modules, &QTableView::resizeRowsToContents);
    layout->addWidget(m_modules, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    QPointer<AccessDialog> self(this);
    auto part = [this, self] {
        if (self && ++m_parts == 3)
            showAccess(m_access);
    };
    m_pending.append(m_connection->request(QStringLiteral("users.access"),
                                           {{QStringLiteral("id"), user.value(QStringLiteral("id")).toInteger()}},
                                           [this, self, part](const protocol::Reply &reply) {
        if (!self)
            return;
        if (!reply.ok) {
            m_status->setText(tr("Could not read this user's access: %1").arg(AdminText::errorMessage(reply.error)));
            m_loaded = true;
            Q_EMIT loaded();
            return;
        }
        m_access = reply.result.toMap();
        part();
    }));
    // The labels of the customer fields; without them the fields are named by their keys.
    m_pending.append(m_connection->request(QStringLiteral("fields.list"), {}, [this, self, part](const protocol::Reply &reply) {
        if (!self)
            return;
        if (reply.ok) {
            const customers::FieldCatalog catalog = customers::FieldCatalog::fromResult(reply.result.toMap());
            for (const customers::FieldInfo &f : catalog.fields())
                m_fieldTitles.insert(f.key, f.title());
        }
        part();
    }));
    // Contact fields are restricted as "contacts.KEY".
    m_pending.append(m_connection->request(
        QStringLiteral("fields.list"), {{QStringLiteral("entity"), QStringLiteral("contact")}},
        [this, self, part](const protocol::Reply &reply) {
            if (!self)
                return;
            if (reply.ok) {
                const customers::FieldCatalog catalog = customers::FieldCatalog::fromResult(reply.result.toMap());
                for (const customers::FieldInfo &f : catalog.fields())
                    //: A contact's field in the list of a user's restricted fields: %1 the field.
                    m_fieldTitles.insert(domain::contactFieldKey(f.key), tr("Contact's %1").arg(f.title()));
            }
            part();
        }));
}

AccessDialog::~AccessDialog()
{
    for (quint64 id : std::as_const(m_pending))
        m_connection->cancel(id);
}

void AccessDialog::showAccess(const QCborMap &access)
{
    m_pending.clear();
    m_status->hide();
    // How each role is held, to say where a module's grant comes from.
    QHash<QString, QStringList> heldAs;
    const QCborArray roles = access.value(QStringLiteral("roles")).toArray();
    m_roles->setRowCount(int(roles.size()));
    for (int r = 0; r < roles.size(); ++r) {
        const QCborMap m = roles[r].toMap();
        const QString role = m.value(QStringLiteral("role")).toString();
        const QString via = m.value(QStringLiteral("via")).toString();
        const QString viaName = m.value(QStringLiteral("via_name")).toString();
        const QString how = AdminText::roleSource(via, m.value(QStringLiteral("primary")).toBool(), viaName);
        // The modules table says it briefly: "department Shanghai", "group Trade fair", "primary role".
        heldAs[role].append(via == QLatin1String("department") ? tr("department %1").arg(viaName)
                            : via == QLatin1String("group")    ? tr("group %1").arg(viaName)
                                                               : how);
        m_roles->setItem(r, 0, new QTableWidgetItem(AdminText::roleName(role)));
        m_roles->setItem(r, 1, new QTableWidgetItem(how));
    }
    // As tall as its rows, so that the modules below get the rest.
    m_roles->setFixedHeight(m_roles->horizontalHeader()->sizeHint().height()
                            + m_roles->verticalHeader()->defaultSectionSize() * qBound(1, int(roles.size()), 6)
                            + 2 * m_roles->frameWidth());

    const QCborMap modules = access.value(QStringLiteral("modules")).toMap();
    const QList<domain::Module> &all = domain::allModules();
    m_modules->setRowCount(int(all.size()));
    for (int r = 0; r < all.size(); ++r) {
        const QString key = domain::moduleName(all[r]);
        const QCborMap m = modules.value(key).toMap();
        QStringList cells{AdminText::moduleName(key)};
        if (m.isEmpty()) {
            cells << AdminText::levelName(QStringLiteral("none")) << QString() << QString() << QString() << QString();
        } else {
            QStringList extras;
            for (const QString &e : texts(m.value(QStringLiteral("extras"))))
                extras.append(AdminText::extraName(e));
            QStringList hidden, readOnly;
            const QCborMap fields = m.value(QStringLiteral("fields")).toMap();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                const QString field = it.key().toString();
                (it.value().toString() == QLatin1String("hidden") ? hidden : readOnly)
                    .append(m_fieldTitles.value(field, field));
            }
            QStringList restricted;
            //: In the list of a user's restricted fields: %1 hidden / read-only, %2 the fields.
            if (!hidden.isEmpty())
                restricted.append(tr("%1: %2").arg(AdminText::fieldAccessName(QStringLiteral("hidden")),
                                                   hidden.join(tr(", "))));
            if (!readOnly.isEmpty())
                restricted.append(tr("%1: %2").arg(AdminText::fieldAccessName(QStringLiteral("read_only")),
                                                   readOnly.join(tr(", "))));
            QStringList sources;
            for (const QString &role : texts(m.value(QStringLiteral("sources"))))
                //: Which role grants a module and how the user holds it: "Exporter (department Shanghai)".
                sources.append(tr("%1 (%2)").arg(AdminText::roleName(role), heldAs.value(role).join(tr(", "))));
            cells << AdminText::levelName(m.value(QStringLiteral("level")).toString())
                  << AdminText::scopeName(m.value(QStringLiteral("scope")).toString()) << extras.join(tr(", "))
                  << restricted.join(QLatin1Char('\n')) << sources.join(QLatin1Char('\n'));
        }
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (m.isEmpty())
                item->setForeground(QBrush(Qt::gray));
            m_modules->setItem(r, c, item);
        }
    }
    m_modules->resizeRowsToContents();
    m_loaded = true;
    Q_EMIT loaded();
}

} // namespace cordial::client::admin
