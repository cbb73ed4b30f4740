#include "CrashModel.h"

#include <QCborArray>
#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace cordial::crash {

namespace {

const QString kCustomerPrefix = QStringLiteral("崩溃客户 ");
const QString kContactPrefix = QStringLiteral("联系人 ");

// FNV-1a: the same number for the same key in every process (qHash is seeded).
quint64 mix(const QString &key, qint64 version)
{
    quint64 h = 1469598103934665603ull;
    for (const char byte : key.toUtf8() + QByteArray::number(version)) {
        h ^= quint8(byte);
        h *= 1099511628211ull;
    }
    return h;
}

// Text of a length that varies with the version, up to `maxChars`: long enough
// at times to spill a row onto SQLite overflow pages.
QString longText(const QString &key, qint64 version, int maxChars)
{
    static const QString filler = QStringLiteral("甲乙丙丁戊己庚辛壬癸0123456789abcdef");
    QString text = QStringLiteral("%1 第 %2 版/").arg(key).arg(version); // no blank at the end: the server trims
    const int length = int(mix(key, version) % quint64(maxChars - text.size()));
    text.reserve(text.size() + length);
    for (int i = 0; i < length; ++i)
        text.append(filler.at((i + int(version)) % filler.size()));
    return text;
}

QString keyAfter(const QString &prefix, const QString &name)
{
    return name.startsWith(prefix) ? name.mid(prefix.size()) : QString();
}

QString show(const QCborValue &v)
{
    const QString text = v.isString() ? v.toString() : v.toDiagnosticNotation();
    return text.size() > 60 ? text.left(60) + QStringLiteral("…") : text;
}

void compare(const QString &what, const QCborMap &actual, const QCborMap &expected, QStringList &problems)
{
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const QCborValue got = actual.value(it.key());
        if (got != it.value())
            problems << QStringLiteral("%1: %2 is %3, its version wants %4")
                            .arg(what, it.key().toString(), show(got), show(it.value()));
    }
}

QString kindName(Kind kind)
{
    return kind == Kind::Customer ? QStringLiteral("customer") : QStringLiteral("contact");
}

} // namespace

QString customerName(const QString &key)
{
    return kCustomerPrefix + key;
}

QString contactName(const QString &key)
{
    return kContactPrefix + key;
}

QString keyOfCustomerName(const QString &name)
{
    return keyAfter(kCustomerPrefix, name);
}

QString keyOfContactName(const QString &name)
{
    return keyAfter(kContactPrefix, name);
}

QCborMap customerFields(const QString &key, qint64 version)
{
    static const QStringList grades{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    return QCborMap{
        {QStringLiteral("address"), QStringLiteral("%1 号楼 %2 室").arg(key).arg(version)},
        {QStringLiteral("tags"), QStringLiteral("crash v%1").arg(version)},
        {QStringLiteral("notes"), longText(key, version, 3000)},
        {QStringLiteral("employees"), version},
        {QStringLiteral("credit_limit"), QStringLiteral("%1.%2").arg(version * 100 + 7).arg(version % 100, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("next_contact_on"), QDate(2026, 1, 1).addDays(version % 3000).toString(Qt::ISODate)},
        {QStringLiteral("grade"), grades.at(int(version % grades.size()))},
        {kCustomField, version},
    };
}

QCborMap contactFields(const QString &key, qint64 version)
{
    static const QStringList levels{QStringLiteral("secondary"), QStringLiteral("college"), QStringLiteral("bachelor"),
                                    QStringLiteral("master"), QStringLiteral("doctor")};
    return QCborMap{
        {QStringLiteral("title"), QStringLiteral("%1 职位 %2").arg(key).arg(version)},
        {QStringLiteral("notes"), longText(key, version, 1200)},
        {QStringLiteral("birthday"), QDate(1960, 1, 1).addDays(version * 37 % 15000).toString(Qt::ISODate)},
        {QStringLiteral("education"), levels.at(int(version % levels.size()))},
    };
}

QStringList customerProblems(const QCborMap &customer)
{
    QStringList problems;
    const QString name = customer.value(QStringLiteral("name")).toString();
    const QString key = keyOfCustomerName(name);
    const qint64 id = customer.value(QStringLiteral("id")).toInteger();
    if (key.isEmpty())
        return {QStringLiteral("customer %1 has the name '%2', not one the writer gives").arg(id).arg(name)};
    const qint64 version = customer.value(QStringLiteral("version")).toInteger();
    compare(QStringLiteral("customer %1 (id %2) version %3").arg(key).arg(id).arg(version), customer,
            customerFields(key, version), problems);
    bool hasFirstContact = false;
    for (const QCborValue &value : customer.value(QStringLiteral("contacts")).toArray()) {
        const QCborMap contact = value.toMap();
        const QString contactKey = keyOfContactName(contact.value(QStringLiteral("name")).toString());
        const qint64 contactVersion = contact.value(QStringLiteral("version")).toInteger();
        const QString what = QStringLiteral("contact %1 (id %2) version %3")
                                 .arg(contactKey)
                                 .arg(contact.value(QStringLiteral("id")).toInteger())
                                 .arg(contactVersion);
        if (contactKey.isEmpty()) {
            problems << QStringLiteral("%1 of customer %2 has a name the writer never gives").arg(what, key);
            continue;
        }
        if (contact.value(QStringLiteral("customer_id")).toInteger() != id)
            problems << QStringLiteral("%1 is listed under customer %2 but belongs to %3")
                            .arg(what)
                            .arg(id)
                            .arg(contact.value(QStringLiteral("customer_id")).toInteger());
        compare(what, contact, contactFields(contactKey, contactVersion), problems);
        hasFirstContact = hasFirstContact || contactKey == key + QLatin1Char('a');
    }
    if (!hasFirstContact)
        problems << QStringLiteral("customer %1 (id %2) lacks the contact it was created with").arg(key).arg(id);
    return problems;
}

Journal::~Journal()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool Journal::load(QString *error)
{
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        Event e;
        e.type = o.value(QStringLiteral("t")).toString();
        e.kind = o.value(QStringLiteral("k")).toString() == QLatin1String("contact") ? Kind::Contact : Kind::Customer;
        e.key = o.value(QStringLiteral("key")).toString();
        e.parent = o.value(QStringLiteral("p")).toString();
        e.round = o.value(QStringLiteral("r")).toInt();
        e.writer = o.value(QStringLiteral("w")).toInt();
        e.id = qint64(o.value(QStringLiteral("id")).toDouble());
        e.version = qint64(o.value(QStringLiteral("v")).toDouble());
        // Every line is written whole by one write(), so no line is torn.
        if (e.key.isEmpty() || !QStringList{QStringLiteral("send"), QStringLiteral("ack"), QStringLiteral("seen")}.contains(e.type)) {
            *error = QStringLiteral("%1:%2 is not a journal event: %3").arg(m_path).arg(lineNumber).arg(QString::fromUtf8(line));
            return false;
        }
        apply(e);
    }
    return true;
}

void Journal::apply(const Event &e)
{
    auto it = m_records.find(e.key);
    if (it == m_records.end()) {
        RecordState fresh;
        fresh.kind = e.kind;
        fresh.key = e.key;
        fresh.parent = e.parent;
        fresh.writer = e.writer;
        it = m_records.insert(e.key, fresh);
        m_order.append(e.key);
    }
    RecordState &r = it.value();
    r.lastRound = qMax(r.lastRound, e.round);
    if (e.id != 0)
        r.id = e.id;
    if (e.type == QLatin1String("send")) {
        r.inFlight = true;
        r.inFlightVersion = e.version;
        return;
    }
    r.inFlight = false;
    if (e.type == QLatin1String("ack") && !(r.isFirstContact() && e.version == 1))
        ++m_acks;
    if (e.version == 0)
        r.seenAbsent = true;
    else
        r.settled = e.version;
}

bool Journal::append(const Event &e, bool durable)
{
    if (m_fd < 0) {
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
        if (m_fd < 0)
            return false;
    }
    QJsonObject o{{QStringLiteral("t"), e.type}, {QStringLiteral("k"), kindName(e.kind)}, {QStringLiteral("key"), e.key},
                  {QStringLiteral("r"), e.round}, {QStringLiteral("w"), e.writer}, {QStringLiteral("v"), e.version}};
    if (!e.parent.isEmpty())
        o.insert(QStringLiteral("p"), e.parent);
    if (e.id != 0)
        o.insert(QStringLiteral("id"), e.id);
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    // One write() per line, so a line is in the file whole or not at all.
    if (::write(m_fd, line.constData(), size_t(line.size())) != line.size())
        return false;
    if (durable && ::fdatasync(m_fd) != 0)
        return false;
    apply(e);
    return true;
}

} // namespace cordial::crash
