// Helpers for widget tests: type like a person (Chinese through the input method),
// click, find a named child or fail the test.
#pragma once

#include "TestServer.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCborArray>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QTest>
#include <QToolBar>
#include <QWidget>
#include <catch2/catch.hpp>

namespace cordial::test {

// Latin-1 text goes in as key clicks; anything else is committed through the input
// method, as a Chinese IME does.
inline void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QString latin;
    auto flush = [&] {
        if (!latin.isEmpty())
            QTest::keyClicks(widget, latin);
        latin.clear();
    };
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            latin += c;
            continue;
        }
        flush();
        QInputMethodEvent event;
        event.setCommitString(QString(c));
        QApplication::sendEvent(widget, &event);
    }
    flush();
}

template <typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    INFO("child " << name.toStdString());
    REQUIRE(found);
    return found;
}

inline void click(QWidget *widget)
{
    REQUIRE(widget->isVisible());
    REQUIRE(widget->isEnabled());
    QTest::mouseClick(widget, Qt::LeftButton);
}

// Clicks the toolbar button of an action, as a person would.
inline void clickAction(QAction *action)
{
    // A toolbar shows the button of an action made visible a moment ago (say, when the
    // rights arrived) only once it has laid itself out again, which it does when the event
    // loop delivers its layout request; a person never sees the toolbar before that.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    for (QObject *o : action->associatedObjects()) {
        if (auto *toolbar = qobject_cast<QToolBar *>(o)) {
            if (QWidget *button = toolbar->widgetForAction(action)) {
                click(button);
                return;
            }
        }
    }
    FAIL("no toolbar button for action " << action->text().toStdString());
}

inline void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text, Qt::MatchContains);
    INFO("combo item " << text.toStdString());
    REQUIRE(index >= 0);
    combo->setFocus();
    combo->setCurrentIndex(index);
}

// Chooses the item that carries this data (a role's or an entity's key), whatever the
// language of the text shown for it.
inline void chooseData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    INFO("combo item with data " << data.toString().toStdString());
    REQUIRE(index >= 0);
    combo->setFocus();
    combo->setCurrentIndex(index);
}

inline qint64 createDepartment(client::Connection &connection, const QString &name, qint64 parentId = 0)
{
    QCborMap args{{QStringLiteral("name"), name}};
    if (parentId)
        args.insert(QStringLiteral("parent_id"), parentId);
    const protocol::Reply reply = call(connection, QStringLiteral("departments.create"), args);
    INFO(reply.error.message.toStdString());
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

// A user made by an administrator's connection; logs in with `password`.
inline qint64 createUser(client::Connection &connection, const QString &login, const QString &displayName,
                         const QString &role, qint64 department, const QString &password = QStringLiteral("first-pass-1"))
{
    const protocol::Reply reply = call(connection, QStringLiteral("users.create"),
                                       {{QStringLiteral("login"), login},
                                        {QStringLiteral("display_name"), displayName},
                                        {QStringLiteral("password"), password},
                                        {QStringLiteral("role"), role},
                                        {QStringLiteral("department_id"), department}});
    INFO(reply.error.message.toStdString());
    REQUIRE(reply.ok);
    return reply.result.toMap().value(QStringLiteral("id")).toInteger();
}

// The user record with that login, or an empty map.
inline QCborMap findUser(client::Connection &connection, const QString &login)
{
    const protocol::Reply reply = call(connection, QStringLiteral("users.list"),
                                       {{QStringLiteral("query"), login}, {QStringLiteral("include_disabled"), true}});
    REQUIRE(reply.ok);
    for (const QCborValue &v : reply.result.toMap().value(QStringLiteral("items")).toArray())
        if (v.toMap().value(QStringLiteral("login")).toString() == login)
            return v.toMap();
    return {};
}

// Loads `customers` demo customers into the server's database (cordialctl demo).
inline void loadDemoCustomers(TestServer &server, int customers)
{
    int exitCode = -1;
    server.ctl({QStringLiteral("demo"), QStringLiteral("--customers"), QString::number(customers)}, {}, &exitCode);
    REQUIRE(exitCode == 0);
}

// The ids of the whole name-sorted customer list, read with plain customers.list requests.
inline QList<qint64> listedIds(client::Connection &connection)
{
    QList<qint64> ids;
    QString cursor;
    do {
        QCborMap args{{QStringLiteral("limit"), 500}, {QStringLiteral("columns"), QCborArray{QStringLiteral("name")}}};
        if (!cursor.isEmpty())
            args.insert(QStringLiteral("cursor"), cursor);
        const protocol::Reply reply = call(connection, QStringLiteral("customers.list"), args);
        REQUIRE(reply.ok);
        const QCborMap result = reply.result.toMap();
        for (const QCborValue &item : result.value(QStringLiteral("items")).toArray())
            ids.append(item.toMap().value(QStringLiteral("id")).toInteger());
        cursor = result.value(QStringLiteral("next_cursor")).toString();
    } while (!cursor.isEmpty());
    return ids;
}

inline std::unique_ptr<client::Connection> startAndLogin(TestServer &server)
{
    REQUIRE(server.start());
    auto connection = loginTo(server, kAdminLogin, kAdminPassword);
    REQUIRE(connection);
    return connection;
}

} // namespace cordial::test
