// docs/protocol.md documents every op of the op table, and nothing else.
#include "net/OpTable.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <catch2/catch.hpp>

TEST_CASE("docs/protocol.md has a section for every op in the op table")
{
    QFile doc(QStringLiteral(CORDIAL_SOURCE_DIR "/docs/protocol.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    QSet<QString> documented;
    static const QRegularExpression heading(QStringLiteral("^#### `([a-z_.]+)`(?: / `([a-z_.]+)`)?"),
                                            QRegularExpression::MultilineOption);
    for (auto it = heading.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        documented.insert(m.captured(1));
        if (!m.captured(2).isEmpty())
            documented.insert(m.captured(2));
    }
    QSet<QString> declared;
    for (const auto &spec : cordial::server::opTable())
        declared.insert(spec.name);
    for (const QString &op : declared) {
        INFO(op.toStdString());
        CHECK(documented.contains(op));
    }
    for (const QString &op : documented) {
        INFO(op.toStdString());
        CHECK(declared.contains(op));
    }
}
