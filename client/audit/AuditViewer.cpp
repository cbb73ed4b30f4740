#include "audit/AuditViewer.h"

#include "admin/AdminText.h"
#include "admin/ListTools.h"
#include "admin/MessageBanner.h"
#include "admin/PagedListModel.h"
#include "app/Feedback.h"
#include "net/Connection.h"

#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <set>

namespace cordial::client {

namespace {

// The texts below are looked up with AuditViewer::tr(), whose context is the class's
// full name; the markers name the same context so lupdate files them where tr() looks.

QString opName(const QString &op)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("auth.login"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Log in")},
        {QStringLiteral("auth.logout"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Log out")},
        {QStringLiteral("auth.change_password"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Change password")},
        {QStringLiteral("auth.refused"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Login refused")},
        {QStringLiteral("sessions.revoke"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Revoke session")},
        {QStringLiteral("bans.lift"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Lift login ban")},
        {QStringLiteral("departments.create"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Create department")},
        {QStringLiteral("departments.update"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Edit department")},
        {QStringLiteral("departments.delete"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Delete department")},
        {QStringLiteral("users.create"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Create user")},
        {QStringLiteral("users.update"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Edit user")},
        {QStringLiteral("users.disable"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Disable user")},
        {QStringLiteral("users.enable"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Enable user")},
        {QStringLiteral("users.reset_password"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Reset password")},
        {QStringLiteral("roles.create"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Create role")},
        {QStringLiteral("roles.update"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Edit role")},
        {QStringLiteral("roles.delete"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Delete role")},
        {QStringLiteral("groups.create"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Create user group")},
        {QStringLiteral("groups.update"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Edit user group")},
        {QStringLiteral("groups.delete"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Delete user group")},
    };
    const char *name = names.value(op);
    return name ? AuditViewer::tr(name) : op;
}

const QList<QPair<QString, const char *>> &entities()
{
    static const QList<QPair<QString, const char *>> list{
        {QStringLiteral("session"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Session")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "User")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Department")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Role")},
        {QStringLiteral("group"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "User group")},
        {QStringLiteral("ban"), QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Login ban")},
    };
    return list;
}

QString entityName(const QString &entity)
{
    for (const auto &e : entities())
        if (e.first == entity)
            return AuditViewer::tr(e.second);
    return entity;
}

QString valueText(const QCborValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isBool())
        return value.toBool() ? AuditViewer::tr("Yes") : AuditViewer::tr("No");
    if (value.isString())
        return value.toString();
    if (value.isInteger())
        return QString::number(value.toInteger());
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
}

// Field names of the before/after images as a person reads them.
QString fieldName(const QString &key)
{
    // A source text and its disambiguation: "Name" is a person's name or a department's.
    struct Text {
        const char *source = nullptr;
        const char *disambiguation = nullptr;
    };
    static const QHash<QString, Text> names{
        {QStringLiteral("id"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "ID")}},
        {QStringLiteral("login"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Login")}},
        {QStringLiteral("display_name"), QT_TRANSLATE_NOOP3("cordial::client::AuditViewer", "Name", "of a person")},
        {QStringLiteral("role"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Role")}},
        {QStringLiteral("department_id"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Department ID")}},
        {QStringLiteral("department_name"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Department")}},
        {QStringLiteral("email"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Email")}},
        {QStringLiteral("mobile"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Mobile")}},
        {QStringLiteral("title"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Job title")}},
        {QStringLiteral("disabled"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Disabled")}},
        {QStringLiteral("must_change_password"),
         {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Must change password at next login")}},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP3("cordial::client::AuditViewer", "Name", "of a department")},
        {QStringLiteral("parent_id"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Parent department ID")}},
        {QStringLiteral("user_count"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Number of users")}},
        {QStringLiteral("created_at"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Created")}},
        {QStringLiteral("updated_at"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Last changed")}},
        // A login's session record.
        {QStringLiteral("user_id"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "User ID")}},
        {QStringLiteral("machine"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Computer")}},
        {QStringLiteral("address"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Address")}},
        {QStringLiteral("expires_at"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Expires")}},
        // "reset" or "age": why the password had to be changed before anything else.
        {QStringLiteral("password_expired"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Password to be changed")}},
        {QStringLiteral("reason"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Reason")}},
        // A login ban: "login" or "address", and which.
        {QStringLiteral("kind"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Kind")}},
        {QStringLiteral("key"), {QT_TRANSLATE_NOOP("cordial::client::AuditViewer", "Login or address")}},
    };
    const Text name = names.value(key);
    return name.source ? AuditViewer::tr(name.source, name.disambiguation) : key;
}

QList<PagedListModel::Column> auditColumns()
{
    auto text = [](const char *key) {
        return [key = QString::fromLatin1(key)](const QCborMap &row, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return valueText(row.value(key));
            return {};
        };
    };
    return {
        {AuditViewer::tr("ID"), text("id")},
        {AuditViewer::tr("Time"),
         [](const QCborMap &row, int role) -> QVariant {
             const QString at = row.value(QStringLiteral("at")).toString();
             if (role == Qt::DisplayRole)
                 return AuditViewer::localTime(at);
             if (role == Qt::ToolTipRole)
                 return at;
             return {};
         }},
        {AuditViewer::tr("User"), text("user_login")},
        {AuditViewer::tr("Action"),
         [](const QCborMap &row, int role) -> QVariant {
             const QString op = row.value(QStringLiteral("op")).toString();
             if (role == Qt::DisplayRole)
                 return opName(op);
             if (role == Qt::ToolTipRole)
                 return op;
             return {};
         }},
        //: Column header: the kind of record the action concerns (session, user, department).
        {AuditViewer::tr("Object"),
         [](const QCborMap &row, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return entityName(row.value(QStringLiteral("entity")).toString());
             return {};
         }},
        {AuditViewer::tr("Object ID"), text("entity_id")},
        //: Column header: the network address the action came from.
        {AuditViewer::tr("Address"), text("address")},
        {AuditViewer::tr("Computer"), text("machine")},
    };
}

} // namespace

AuditViewer::AuditViewer(Connection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection)
{
    m_model = new PagedListModel(connection, QStringLiteral("audit.list"), auditColumns(), this);

    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    auto *userLabel = new QLabel(tr("&User:"));
    m_user = new QComboBox;
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setMinimumContentsLength(10);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_user->addItem(tr("All users"));
    userLabel->setBuddy(m_user);
    filters->addWidget(userLabel);
    filters->addWidget(m_user);

    auto *entityLabel = new QLabel(tr("&Object:"));
    m_entity = new QComboBox;
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_entity->addItem(tr("All"));
    for (const auto &e : entities())
        m_entity->addItem(tr(e.second), e.first);
    entityLabel->setBuddy(m_entity);
    filters->addWidget(entityLabel);
    filters->addWidget(m_entity);

    const QDateTime now = QDateTime::currentDateTime();
    const QString format = QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm");
    m_fromEnabled = new QCheckBox(tr("&From"));
    m_fromEnabled->setObjectName(QStringLiteral("auditFromEnabled"));
    m_from = new QDateTimeEdit(now.addDays(-7));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_toEnabled = new QCheckBox(tr("&To"));
    m_toEnabled->setObjectName(QStringLiteral("auditToEnabled"));
    m_to = new QDateTimeEdit(now);
    m_to->setObjectName(QStringLiteral("auditTo"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format);
        edit->setEnabled(false);
    }
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addWidget(m_toEnabled);
    filters->addWidget(m_to);
    filters->addStretch();

    auto *refreshButton = new QPushButton(tr("Refresh"));
    refreshButton->setShortcut(QKeySequence::Refresh);
    connect(refreshButton, &QPushButton::clicked, this, &AuditViewer::refresh);
    filters->addWidget(refreshButton);
    auto *exportButton = new QPushButton(tr("Export…"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        //: The suggested name of the exported file.
        const QString error = admin::exportShownRows(m_table, tr("Audit log"));
        if (!error.isEmpty())
            m_banner->showError(error);
    });
    filters->addWidget(exportButton);
    m_verify = new QPushButton(tr("Verify audit chain"));
    m_verify->setObjectName(QStringLiteral("verifyChain"));
    m_verify->setToolTip(tr("Check whether records of the audit log have been changed, deleted or inserted"));
    connect(m_verify, &QPushButton::clicked, this, &AuditViewer::verifyChain);
    filters->addWidget(m_verify);
    layout->addLayout(filters);

    m_verifyResult = new QLabel;
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->hide();
    layout->addWidget(m_verifyResult);

    m_banner = new MessageBanner;
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Vertical);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    const QList<int> widths{70, 150, 100, 100, 70, 80, 130, 120};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths[c]);
    admin::installColumnChooser(m_table);
    splitter->addWidget(m_table);

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    m_detailTitle = new QLabel(tr("Select a record to see the values before and after the change."));
    m_detailTitle->setObjectName(QStringLiteral("auditDetailTitle"));
    detailLayout->addWidget(m_detailTitle);
    m_detail = new QTableWidget(0, 3);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_detail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detail->verticalHeader()->hide();
    m_detail->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_detail->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_detail->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    detailLayout->addWidget(m_detail);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &AuditViewer::applyFilter);
    connect(m_user, &QComboBox::activated, this, &AuditViewer::applyFilter);
    connect(m_entity, &QComboBox::activated, this, &AuditViewer::applyFilter);
    connect(m_fromEnabled, &QCheckBox::toggled, this, &AuditViewer::applyFilter);
    connect(m_toEnabled, &QCheckBox::toggled, this, &AuditViewer::applyFilter);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_to, &QDateTimeEdit::dateTimeChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditViewer::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditViewer::showDetail);
    connect(m_model, &PagedListModel::loadFailed, this, [this](const protocol::Error &error) {
        m_banner->showError(tr("Could not load the audit log: %1").arg(admin::AdminText::errorMessage(error)));
    });

    loadUsers();
    applyFilter();
}

QString AuditViewer::localTime(const QString &utc)
{
    QDateTime at = QDateTime::fromString(utc, Qt::ISODateWithMs);
    if (!at.isValid())
        return utc;
    const QLocale locale;
    return locale.toString(at.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm:ss"));
}

void AuditViewer::refresh()
{
    loadUsers();
    m_model->reload();
}

void AuditViewer::loadUsers()
{
    // The filter offers everyone, disabled accounts included: their old actions are logged too.
    m_connection->request(
        QStringLiteral("users.list"), {{QStringLiteral("include_disabled"), true}, {QStringLiteral("limit"), 500}},
        [this, self = QPointer(this)](const protocol::Reply &reply) {
            if (!self || !reply.ok)
                return;
            const QVariant current = m_user->currentData();
            m_user->clear();
            m_user->addItem(tr("All users"));
            const QCborArray items = reply.result.toMap().value(QStringLiteral("items")).toArray();
            for (const QCborValue &v : items) {
                const QCborMap user = v.toMap();
                m_user->addItem(tr("%1 (%2)").arg(user.value(QStringLiteral("display_name")).toString(),
                                                   user.value(QStringLiteral("login")).toString()),
                                user.value(QStringLiteral("id")).toInteger());
            }
            m_user->setCurrentIndex(qMax(0, m_user->findData(current)));
        });
}

void AuditViewer::applyFilter()
{
    m_debounce->stop();
    QCborMap args;
    if (!m_user->currentData().isNull())
        args.insert(QStringLiteral("user_id"), m_user->currentData().toLongLong());
    if (!m_entity->currentData().isNull())
        args.insert(QStringLiteral("entity"), m_entity->currentData().toString());
    auto utc = [](const QDateTime &local) { return local.toUTC().toString(Qt::ISODateWithMs); };
    if (m_fromEnabled->isChecked())
        args.insert(QStringLiteral("from"), utc(m_from->dateTime()));
    if (m_toEnabled->isChecked())
        args.insert(QStringLiteral("to"), utc(m_to->dateTime()));
    m_model->setArgs(args);
}

void AuditViewer::showDetail()
{
    m_detail->setRowCount(0);
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows()
                                                           : QModelIndexList{};
    if (rows.isEmpty()) {
        m_detailTitle->setText(tr("Select a record to see the values before and after the change."));
        return;
    }
    const QCborMap row = m_model->record(rows.first().row());
    m_detailTitle->setText(tr("Record #%1 · %2 · %3 · %4")
                               .arg(row.value(QStringLiteral("id")).toInteger())
                               .arg(localTime(row.value(QStringLiteral("at")).toString()),
                                    row.value(QStringLiteral("user_login")).toString(),
                                    opName(row.value(QStringLiteral("op")).toString())));
    const QCborMap before = row.value(QStringLiteral("before")).toMap();
    const QCborMap after = row.value(QStringLiteral("after")).toMap();
    std::set<QString> keys;
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        keys.insert(it.key().toString());
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        keys.insert(it.key().toString());
    if (keys.empty()) {
        m_detailTitle->setText(m_detailTitle->text() + QStringLiteral(" · ") + tr("no changes recorded"));
        return;
    }
    m_detail->setRowCount(int(keys.size()));
    int r = 0;
    QFont bold = m_detail->font();
    bold.setBold(true);
    for (const QString &key : keys) {
        const QCborValue b = before.value(key);
        const QCborValue a = after.value(key);
        const bool changed = b != a;
        auto shown = [&key](const QCborValue &v) {
            return key == QLatin1String("role") && v.isString() ? admin::AdminText::roleName(v.toString())
                                                                : valueText(v);
        };
        const QStringList cells{fieldName(key), shown(b), shown(a)};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == 0 ? key : cells[c]);
            item->setData(Qt::UserRole, key);
            if (changed) {
                item->setBackground(QColor(0xff, 0xf3, 0xcd));
                item->setForeground(QColor(0x3e, 0x2c, 0x00));
                item->setFont(bold);
            }
            m_detail->setItem(r, c, item);
        }
        ++r;
    }
}

void AuditViewer::verifyChain()
{
    m_verify->setEnabled(false);
    m_verify->setText(tr("Verifying…"));
    m_connection->request(QStringLiteral("audit.verify"), {}, [this, self = QPointer(this)](const protocol::Reply &reply) {
        if (!self)
            return;
        m_verify->setEnabled(true);
        m_verify->setText(tr("Verify audit chain"));
        m_verifyResult->show();
        if (!reply.ok) {
            m_verifyResult->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
            m_verifyResult->setText(tr("Could not verify: %1").arg(admin::AdminText::errorMessage(reply.error)));
            return;
        }
        const QCborMap result = reply.result.toMap();
        const bool ok = result.value(QStringLiteral("ok")).toBool();
        const qint64 rowsChecked = result.value(QStringLiteral("rows")).toInteger();
        const qint64 firstBad = result.value(QStringLiteral("first_bad_id")).toInteger(0);
        if (ok) {
            m_verifyResult->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
            m_verifyResult->setText(tr("✔ The audit chain is intact: %Ln record(s) checked, no tampering found.",
                                       nullptr, int(rowsChecked)));
        } else {
            m_verifyResult->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(feedback::errorColour()));
            m_verifyResult->setText(tr("✘ The audit chain is broken at record #%1: this record, or one next to it, "
                                       "has been changed, deleted or inserted. Tell your system administrator and "
                                       "keep the database backups.")
                                        .arg(firstBad));
            const int row = m_model->rowOfId(firstBad);
            if (row >= 0)
                m_table->selectRow(row);
        }
        Q_EMIT verified(ok, firstBad);
    });
}

} // namespace cordial::client
