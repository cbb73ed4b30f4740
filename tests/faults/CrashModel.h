// The crash test's model, shared by its writer and its checker: what a customer or
// contact holds at each version, and the journal of writes sent and acknowledged.
//
// Every value of a record is a function of its key and version, so a record read
// back anywhere (a customers.get reply, the database, an audit image) shows at once
// whether it is one whole version: a field from another version, or a version
// number without its data, does not match.
#pragma once

#include <QCborMap>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cordial::crash {

enum class Kind { Customer, Contact };

// Key of the custom field the writer creates (integer, the customer's version).
inline const QString kCustomField = QStringLiteral("crash_v");

// Names carry the key; keys are "r<round>w<writer>n<seq>" (a contact created with
// its customer: the customer's key + "a").
QString customerName(const QString &key);
QString contactName(const QString &key);
// The key in a name made above; empty for any other name.
QString keyOfCustomerName(const QString &name);
QString keyOfContactName(const QString &name);

// The fields written at `version`, as sent on the wire and returned by customers.get.
QCborMap customerFields(const QString &key, qint64 version);
QCborMap contactFields(const QString &key, qint64 version);

// What differs between a customer as read (wire form: customers.get or toWire, with
// its contacts) and the fields of its key at its version; empty when it is whole.
QStringList customerProblems(const QCborMap &customer);

// One line of the journal (JSON). "send" is written before a write goes out,
// "ack" (fsync'd) once its reply says ok, "seen" by the checker when it finds
// what became of a write that was in flight at the kill (version 0: not there).
struct Event {
    QString type; // send | ack | seen
    Kind kind = Kind::Customer;
    QString key;
    QString parent; // a contact's customer key
    int round = 0;
    int writer = 0;
    qint64 id = 0;
    qint64 version = 0;
};

// What the journal says about one record.
struct RecordState {
    Kind kind = Kind::Customer;
    QString key;
    QString parent;
    int writer = 0;
    int lastRound = 0;    // the last round that sent or acknowledged a write of it
    qint64 id = 0;        // known once acknowledged (customers; contacts by update)
    qint64 settled = 0;   // last acknowledged (or seen) version; 0 none
    bool inFlight = false; // a write was sent after that and never answered
    qint64 inFlightVersion = 0;
    bool seenAbsent = false; // a create in flight at a kill that the checker found not done

    // The contact made by customers.create together with its customer: journaled as a
    // record of its own, its version 1 written by its customer's write.
    bool isFirstContact() const { return kind == Kind::Contact && key == parent + QLatin1Char('a'); }
};

class Journal
{
public:
    explicit Journal(QString path) : m_path(std::move(path)) {}
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;
    // Reads every line; false with `error` set when a line is not an event.
    bool load(QString *error);
    const QHash<QString, RecordState> &records() const { return m_records; }
    // Keys in the order they were first sent.
    const QStringList &order() const { return m_order; }
    // Writes acknowledged (a customers.create with its contact is one).
    int acknowledged() const { return m_acks; }

    // Appends a line; `durable` waits for it to reach the disk (fdatasync).
    bool append(const Event &event, bool durable);
    void apply(const Event &event);

private:
    QString m_path;
    int m_fd = -1;
    QHash<QString, RecordState> m_records;
    QStringList m_order;
    int m_acks = 0;
};

} // namespace cordial::crash
