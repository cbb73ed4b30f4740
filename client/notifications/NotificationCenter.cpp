#include "notifications/NotificationCenter.h"

#include "admin/AdminText.h"
#include "net/Connection.h"

#include <QCborArray>
#include <QPointer>

namespace cordial::client::notifications {

NotificationCenter::NotificationCenter(Connection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
    connect(m_connection, &Connection::authenticated, this, &NotificationCenter::reload);
    connect(m_connection, &Connection::pushReceived, this, &NotificationCenter::onPush);
    connect(m_connection, &Connection::stateChanged, this, [this](Connection::State state) {
        // While reconnecting the list stays; the resume reloads it with what was missed.
        if (state != Connection::State::Authenticated && state != Connection::State::Reconnecting)
            clear();
    });
    if (m_connection->state() == Connection::State::Authenticated)
        reload();
}

void NotificationCenter::clear()
{
    ++m_generation;
    const bool had = m_loaded || !m_items.isEmpty() || m_unread;
    m_items.clear();
    m_unread = 0;
    m_loaded = false;
    if (had)
        Q_EMIT changed();
}

void NotificationCenter::reload()
{
    const quint64 generation = ++m_generation;
    m_connection->request(QStringLiteral("notifications.list"), {{QStringLiteral("limit"), kPageSize}},
                          [this, self = QPointer(this), generation](const protocol::Reply &reply) {
                              if (!self || generation != m_generation)
                                  return;
                              if (!reply.ok) {
                                  Q_EMIT failed(admin::AdminText::errorMessage(reply.error));
                                  return;
                              }
                              const QCborMap result = reply.result.toMap();
                              m_items.clear();
                              for (const QCborValue &v : result.value(QStringLiteral("items")).toArray())
                                  m_items.append(Notification::fromCbor(v.toMap()));
                              m_unread = int(result.value(QStringLiteral("unread")).toInteger());
                              m_loaded = true;
                              Q_EMIT changed();
                          });
}

void NotificationCenter::onPush(const QString &event, const QCborMap &data)
{
    if (event != QLatin1String("notification"))
        return;
    const Notification n = Notification::fromCbor(data);
    for (const Notification &known : std::as_const(m_items))
        if (known.id == n.id)
            return; // already listed by a reload that overtook the push
    m_items.prepend(n);
    if (!n.read)
        ++m_unread;
    Q_EMIT changed();
    Q_EMIT arrived(n);
}

void NotificationCenter::markRead(qint64 id)
{
    for (Notification &n : m_items) {
        if (n.id == id && !n.read) {
            markReadWith({{QStringLiteral("ids"), QCborArray{id}}});
            return;
        }
    }
}

void NotificationCenter::markAllRead()
{
    markReadWith({{QStringLiteral("all"), true}});
}

void NotificationCenter::markReadWith(const QCborMap &args)
{
    m_connection->request(QStringLiteral("notifications.mark_read"), args,
                          [this, self = QPointer(this)](const protocol::Reply &reply) {
                              if (!self)
                                  return;
                              if (!reply.ok) {
                                  Q_EMIT failed(admin::AdminText::errorMessage(reply.error));
                                  return;
                              }
                              // The server's list is the truth: one that came meanwhile stays unread.
                              reload();
                          });
}

} // namespace cordial::client::notifications
