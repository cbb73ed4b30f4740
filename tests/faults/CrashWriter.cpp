#include "CrashWriter.h"

#include "CrashModel.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <random>
#include <unistd.h>
#include <vector>

namespace cordial::crash {

namespace {

using protocol::Reply;

// Writes `text` to `path` so that the file is either the old or the new one, on disk.
bool writeDurably(const QString &path, const QByteArray &text)
{
    const QByteArray temporary = QFile::encodeName(path + QStringLiteral(".tmp"));
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const bool written = ::write(fd, text.constData(), size_t(text.size())) == text.size() && ::fsync(fd) == 0;
    ::close(fd);
    return written && ::rename(temporary.constData(), QFile::encodeName(path).constData()) == 0;
}

class Writer : public QObject
{
public:
    explicit Writer(const WriterOptions &options) : m_options(options), m_journal(options.journal) {}

    int run()
    {
        QString error;
        if (!m_journal.load(&error))
            return fail(error);
        QFile tokenFile(m_options.tokenFile);
        if (tokenFile.open(QIODevice::ReadOnly))
            m_previousToken = QString::fromLatin1(tokenFile.readAll().trimmed());
        for (int i = 0; i < m_options.connections; ++i) {
            auto slot = std::make_unique<Slot>();
            slot->index = i;
            slot->random.seed(m_options.seed * 1000003u + quint64(m_options.round) * 101u + quint64(i));
            m_slots.push_back(std::move(slot));
        }
        // Each connection goes on with the customers it made in earlier rounds.
        for (const QString &key : m_journal.order()) {
            const RecordState &r = m_journal.records().value(key);
            if (r.kind == Kind::Customer && r.id != 0 && !r.seenAbsent && r.writer < m_options.connections)
                m_slots.at(size_t(r.writer))->customers.append({key, r.id});
        }
        for (auto &slot : m_slots)
            connectSlot(*slot);
        QTimer::singleShot(m_options.maxSeconds * 1000, this, [this] {
            fail(QStringLiteral("the server was still answering after %1 s: the harness never killed it")
                     .arg(m_options.maxSeconds));
        });
        return QCoreApplication::exec();
    }

private:
    struct Slot {
        int index = 0;
        std::unique_ptr<client::Connection> connection;
        std::mt19937_64 random;
        QList<std::pair<QString, qint64>> customers; // key, id
        int sequence = 0;
        bool authenticated = false;
        bool lost = false;
        bool writeInFlight = false;
    };

    int fail(const QString &message)
    {
        std::fprintf(stderr, "crash writer (round %d): %s\n", m_options.round, qUtf8Printable(message));
        std::fflush(stderr);
        // Not through the event loop: nothing else may be journaled after a failure.
        std::_Exit(2);
    }

    void connectSlot(Slot &s)
    {
        s.connection = std::make_unique<client::Connection>(&m_trust);
        client::Connection *c = s.connection.get();
        c->setClientName(QStringLiteral("cordial-crash"));
        c->setMachineName(QStringLiteral("crash-writer-%1").arg(s.index));
        connect(c, &client::Connection::trustRequired, c, [c](const QString &, const QString &) { c->acceptCertificate(); });
        connect(c, &client::Connection::connectionFailed, this,
                [this, &s](const QString &message) { fail(QStringLiteral("connection %1: %2").arg(s.index).arg(message)); });
        connect(c, &client::Connection::ready, this, [this, &s] { authenticate(s); });
        connect(c, &client::Connection::stateChanged, this, [this, &s](client::Connection::State state) {
            if (!s.authenticated || s.lost)
                return; // before: a failure of the login; after: the connection already given up
            if (state == client::Connection::State::Reconnecting || state == client::Connection::State::Disconnected) {
                s.lost = true;
                QTimer::singleShot(0, this, [this, &s] { linkLost(s); });
            }
        });
        c->connectToServer(m_options.server);
    }

    // Connection 0 logs in afresh every round; the others resume the session of the
    // login acknowledged in the round before, which therefore must have survived the kill.
    void authenticate(Slot &s)
    {
        if (s.index == 0) {
            s.connection->login(m_options.login, m_options.password, [this, &s](const Reply &r) {
                if (!r.ok)
                    fail(QStringLiteral("auth.login failed: %1").arg(r.error.message));
                if (!writeDurably(m_options.tokenFile, s.connection->token().toLatin1()))
                    fail(QStringLiteral("cannot write %1").arg(m_options.tokenFile));
                m_newToken = s.connection->token();
                authenticated(s);
                for (auto &other : m_slots)
                    if (other->index != 0 && other->connection->state() == client::Connection::State::Ready
                        && m_previousToken.isEmpty())
                        authenticate(*other);
            });
            return;
        }
        const QString token = m_previousToken.isEmpty() ? m_newToken : m_previousToken;
        if (token.isEmpty())
            return; // the first round: waits for connection 0's login
        s.connection->resume(token, [this, &s](const Reply &r) {
            if (!r.ok)
                fail(QStringLiteral("auth.resume of an acknowledged login failed: %1 %2")
                         .arg(protocol::errorCodeName(r.error.code), r.error.message));
            authenticated(s);
        });
    }

    void authenticated(Slot &s)
    {
        s.authenticated = true;
        for (const auto &slot : m_slots)
            if (!slot->authenticated)
                return;
        if (m_options.setup) {
            call(*m_slots.front(), QStringLiteral("fields.create"),
                 {{QStringLiteral("label"), QStringLiteral("崩溃版本")},
                  {QStringLiteral("type"), QStringLiteral("integer")},
                  {QStringLiteral("key"), kCustomField}},
                 [this](const QCborMap &) { startWriting(); });
            return;
        }
        startWriting();
    }

    void startWriting()
    {
        std::printf("writing\n");
        std::fflush(stdout);
        for (auto &slot : m_slots)
            next(*slot);
    }

    void linkLost(Slot &s)
    {
        if (s.writeInFlight)
            ++m_inFlightAtEnd;
        s.connection->disconnectFromServer(); // no reconnecting: the next round is another writer
        for (const auto &slot : m_slots)
            if (!slot->lost)
                return;
        const QJsonObject figures{{QStringLiteral("acknowledged"), m_acknowledged},
                                  {QStringLiteral("in_flight"), m_inFlightAtEnd}};
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    // A request whose success continues with `onOk`. A failure is either the link
    // going down (the connection fails what was in flight, then changes state) or
    // an error answered by the server, which is a failure of the test: tell them
    // apart once the state change has been seen.
    void call(Slot &s, const QString &op, const QCborMap &args, std::function<void(const QCborMap &)> onOk)
    {
        s.connection->request(op, args, [this, &s, op, onOk = std::move(onOk)](const Reply &r) {
            if (s.lost)
                return;
            if (r.ok) {
                onOk(r.result.toMap());
                return;
            }
            QTimer::singleShot(0, this, [this, &s, op, r] {
                if (!s.lost)
                    fail(QStringLiteral("%1 answered %2: %3")
                             .arg(op, protocol::errorCodeName(r.error.code), r.error.message));
            });
        });
    }

    // A write: journaled as sent before it goes out, acknowledged (on disk) when it is answered.
    void write(Slot &s, const QString &op, const QCborMap &args, QList<Event> sent,
               std::function<QList<Event>(const QCborMap &)> acknowledged)
    {
        for (const Event &e : sent)
            if (!m_journal.append(e, false))
                fail(QStringLiteral("cannot append to the journal"));
        s.writeInFlight = true;
        call(s, op, args, [this, &s, acknowledged = std::move(acknowledged)](const QCborMap &result) {
            s.writeInFlight = false;
            const QList<Event> acks = acknowledged(result);
            for (int i = 0; i < acks.size(); ++i)
                if (!m_journal.append(acks.at(i), i == acks.size() - 1))
                    fail(QStringLiteral("cannot append to the journal"));
            ++m_acknowledged;
            next(s);
        });
    }

    Event event(const Slot &s, const QString &type, Kind kind, const QString &key, qint64 version, qint64 id = 0,
                const QString &parent = {}) const
    {
        Event e;
        e.type = type;
        e.kind = kind;
        e.key = key;
        e.parent = parent;
        e.round = m_options.round;
        e.writer = s.index;
        e.id = id;
        e.version = version;
        return e;
    }

    void expectVersion(const QString &op, const QString &key, const QCborMap &result, qint64 wanted)
    {
        const qint64 got = result.value(QStringLiteral("version")).toInteger();
        if (got != wanted)
            fail(QStringLiteral("%1 of %2 answered version %3, not %4").arg(op, key).arg(got).arg(wanted));
    }

    int roll(Slot &s, int n) { return int(s.random() % quint64(n)); }

    void next(Slot &s)
    {
        if (s.lost)
            return;
        if (s.customers.isEmpty() || roll(s, 100) < 30)
            return createCustomer(s);
        const auto [key, id] = s.customers.at(roll(s, int(s.customers.size())));
        call(s, QStringLiteral("customers.get"), {{QStringLiteral("id"), id}},
             [this, &s, key = key](const QCborMap &customer) { changeCustomer(s, key, customer); });
    }

    void createCustomer(Slot &s)
    {
        const QString key = QStringLiteral("r%1w%2n%3").arg(m_options.round).arg(s.index).arg(++s.sequence);
        const QString contactKey = key + QLatin1Char('a');
        QCborMap contact = contactFields(contactKey, 1);
        contact.insert(QStringLiteral("name"), contactName(contactKey));
        contact.insert(QStringLiteral("primary"), true);
        QCborMap args = customerFields(key, 1);
        args.insert(QStringLiteral("name"), customerName(key));
        args.insert(QStringLiteral("kind"), QStringLiteral("company"));
        args.insert(QStringLiteral("contacts"), QCborArray{contact});
        write(s, QStringLiteral("customers.create"), args,
              {event(s, QStringLiteral("send"), Kind::Customer, key, 1),
               event(s, QStringLiteral("send"), Kind::Contact, contactKey, 1, 0, key)},
              [this, &s, key, contactKey](const QCborMap &result) {
                  expectVersion(QStringLiteral("customers.create"), key, result, 1);
                  const qint64 id = result.value(QStringLiteral("id")).toInteger();
                  s.customers.append({key, id});
                  return QList<Event>{event(s, QStringLiteral("ack"), Kind::Customer, key, 1, id),
                                      event(s, QStringLiteral("ack"), Kind::Contact, contactKey, 1, 0, key)};
              });
    }

    // After customers.get: the customer read must be whole and no older than what
    // was acknowledged; then one of its writes.
    void changeCustomer(Slot &s, const QString &key, const QCborMap &customer)
    {
        if (const QStringList problems = customerProblems(customer); !problems.isEmpty())
            fail(QStringLiteral("customers.get returned a torn customer: %1").arg(problems.join(QStringLiteral("; "))));
        const qint64 version = customer.value(QStringLiteral("version")).toInteger();
        if (version < m_journal.records().value(key).settled)
            fail(QStringLiteral("customers.get returned version %1 of %2, but version %3 was acknowledged")
                     .arg(version)
                     .arg(key)
                     .arg(m_journal.records().value(key).settled));
        const QCborArray contacts = customer.value(QStringLiteral("contacts")).toArray();
        const int dice = roll(s, 100);
        if (dice < 50)
            return updateCustomer(s, key, customer.value(QStringLiteral("id")).toInteger(), version);
        if (dice < 70 && contacts.size() < 6)
            return createContact(s, key, customer.value(QStringLiteral("id")).toInteger());
        updateContact(s, contacts.at(roll(s, int(contacts.size()))).toMap());
    }

    void updateCustomer(Slot &s, const QString &key, qint64 id, qint64 version)
    {
        QCborMap args = customerFields(key, version + 1);
        args.insert(QStringLiteral("id"), id);
        args.insert(QStringLiteral("version"), version);
        write(s, QStringLiteral("customers.update"), args,
              {event(s, QStringLiteral("send"), Kind::Customer, key, version + 1, id)},
              [this, &s, key, id, version](const QCborMap &result) {
                  expectVersion(QStringLiteral("customers.update"), key, result, version + 1);
                  return QList<Event>{event(s, QStringLiteral("ack"), Kind::Customer, key, version + 1, id)};
              });
    }

    void createContact(Slot &s, const QString &customerKey, qint64 customerId)
    {
        const QString key = QStringLiteral("r%1w%2n%3").arg(m_options.round).arg(s.index).arg(++s.sequence);
        QCborMap args = contactFields(key, 1);
        args.insert(QStringLiteral("customer_id"), customerId);
        args.insert(QStringLiteral("name"), contactName(key));
        write(s, QStringLiteral("contacts.create"), args,
              {event(s, QStringLiteral("send"), Kind::Contact, key, 1, 0, customerKey)},
              [this, &s, key, customerKey](const QCborMap &result) {
                  expectVersion(QStringLiteral("contacts.create"), key, result, 1);
                  return QList<Event>{event(s, QStringLiteral("ack"), Kind::Contact, key, 1,
                                            result.value(QStringLiteral("id")).toInteger(), customerKey)};
              });
    }

    void updateContact(Slot &s, const QCborMap &contact)
    {
        const QString key = keyOfContactName(contact.value(QStringLiteral("name")).toString());
        const qint64 id = contact.value(QStringLiteral("id")).toInteger();
        const qint64 version = contact.value(QStringLiteral("version")).toInteger();
        if (version < m_journal.records().value(key).settled)
            fail(QStringLiteral("customers.get returned version %1 of contact %2, but version %3 was acknowledged")
                     .arg(version)
                     .arg(key)
                     .arg(m_journal.records().value(key).settled));
        QCborMap args = contactFields(key, version + 1);
        args.insert(QStringLiteral("id"), id);
        args.insert(QStringLiteral("version"), version);
        write(s, QStringLiteral("contacts.update"), args,
              {event(s, QStringLiteral("send"), Kind::Contact, key, version + 1, id)},
              [this, &s, key, id, version](const QCborMap &result) {
                  expectVersion(QStringLiteral("contacts.update"), key, result, version + 1);
                  return QList<Event>{event(s, QStringLiteral("ack"), Kind::Contact, key, version + 1, id)};
              });
    }

    WriterOptions m_options;
    Journal m_journal;
    client::MemoryTrustStore m_trust;
    std::vector<std::unique_ptr<Slot>> m_slots;
    QString m_previousToken;
    QString m_newToken;
    int m_acknowledged = 0;
    int m_inFlightAtEnd = 0;
};

} // namespace

int runWriter(const WriterOptions &options)
{
    Writer writer(options);
    return writer.run();
}

} // namespace cordial::crash
