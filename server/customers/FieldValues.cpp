#include "customers/FieldValues.h"

#include "db/Database.h"
#include "text/TextFold.h"

#include <QCborArray>
#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace cordial::server::customers {

using domain::FieldDef;
using domain::FieldType;
using protocol::ErrorCode;
using protocol::makeError;

QString columnOf(const FieldDef &field)
{
    if (field.key == QLatin1String("primary"))
        return QStringLiteral("is_primary");
    return field.key;
}

std::optional<qint64> parseMoney(const QCborValue &value)
{
    constexpr qint64 kMax = 9'000'000'000'000'000LL; // cents; far beyond any real amount
    if (value.isInteger()) {
        const qint64 v = value.toInteger();
        if (v > kMax / 100 || v < -kMax / 100)
            return std::nullopt;
        return v * 100;
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::abs(d) > double(kMax / 100))
            return std::nullopt;
        return qint64(std::llround(d * 100.0));
    }
    if (!value.isString())
        return std::nullopt;
    // Decimal text with up to two places; thousands separators (, and ，) and a
    // currency sign are tolerated because that is how people type amounts.
    QString text = text::fold(value.toString());
    text.remove(QLatin1Char(',')).remove(QChar(0xFF0C)).remove(QChar(0x00A5)).remove(QLatin1Char(' '));
    if (text.startsWith(QLatin1Char('$')))
        text.remove(0, 1);
    static const QRegularExpression pattern(QStringLiteral("^(-)?(\\d{1,16})(?:\\.(\\d{1,2}))?$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 cents = m.captured(2).toLongLong() * 100;
    QString fraction = m.captured(3);
    if (fraction.size() == 1)
        fraction += QLatin1Char('0');
    cents += fraction.toLongLong();
    if (cents > kMax)
        return std::nullopt;
    return m.captured(1).isEmpty() ? cents : -cents;
}

QString formatMoney(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 abs = negative ? quint64(-cents) : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString joinKeys(const QStringList &keys)
{
    if (keys.isEmpty())
        return {};
    return QLatin1Char(',') + keys.join(QLatin1Char(',')) + QLatin1Char(',');
}

QStringList splitKeys(const QString &stored)
{
    return stored.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

namespace {

bool isEmptyValue(const QCborValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty())
           || (v.isArray() && v.toArray().isEmpty());
}

QVariant emptyStored(const FieldDef &field)
{
    switch (field.type) {
    case FieldType::Money:
    case FieldType::Integer:
    case FieldType::User:
    case FieldType::Department:
    case FieldType::DateTime:
        return QVariant(QMetaType::fromType<qint64>());
    case FieldType::Boolean:
        return 0;
    default:
        return QString();
    }
}

} // namespace

protocol::Result<QVariant> toStored(const FieldDef &field, const QCborValue &value, const QString &fieldPrefix)
{
    const QString name = fieldPrefix + field.key;
    auto fail = [&](const QString &message) { return makeError(ErrorCode::Invalid, message, name); };
    if (field.readOnly)
        return fail(QStringLiteral("'%1' is set by the server").arg(field.key));
    if (isEmptyValue(value)) {
        if (field.required)
            return fail(QStringLiteral("'%1' must not be empty").arg(field.key));
        return emptyStored(field);
    }
    auto needText = [&]() -> std::optional<QString> {
        if (!value.isString())
            return std::nullopt;
        return value.toString().trimmed();
    };
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Region: {
        auto text = needText();
        if (!text)
            return fail(QStringLiteral("'%1' must be text").arg(field.key));
        if (field.type != FieldType::LongText && text->contains(QLatin1Char('\n')))
            text->replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (text->size() > field.effectiveMaxLength())
            return fail(QStringLiteral("'%1' is longer than %2 characters").arg(field.key).arg(field.effectiveMaxLength()));
        return QVariant(*text);
    }
    case FieldType::Phone: {
        const auto text = needText();
        static const QRegularExpression pattern(QStringLiteral("^[0-9+()\\-\\s.#*/xX转分]{3,40}$"));
        if (!text || !pattern.match(text::fold(*text)).hasMatch() || text::digits(*text).size() < 3)
            return fail(QStringLiteral("'%1' is not a telephone number").arg(field.key));
        return QVariant(text::fold(*text));
    }
    case FieldType::Mobile: {
        const auto text = needText();
        const QString mobile = text ? text::normalizeMobile(*text) : QString();
        if (mobile.isEmpty())
            return fail(QStringLiteral("'%1' is not a mobile number (11 digits starting with 1)").arg(field.key));
        return QVariant(mobile);
    }
    case FieldType::Email: {
        const auto text = needText();
        if (!text || !text::isValidEmail(*text))
            return fail(QStringLiteral("'%1' is not an e-mail address").arg(field.key));
        return QVariant(*text);
    }
    case FieldType::Url: {
        auto text = needText();
        if (!text || text->size() > field.effectiveMaxLength() || text->contains(QLatin1Char(' ')))
            return fail(QStringLiteral("'%1' is not a web address").arg(field.key));
        QString withScheme = *text;
        if (!withScheme.contains(QLatin1String("://")))
            withScheme.prepend(QStringLiteral("http://"));
        const QUrl url(withScheme, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return fail(QStringLiteral("'%1' is not a web address").arg(field.key));
        return QVariant(*text);
    }
    case FieldType::Date: {
        const auto text = needText();
        // Qt's ISO parser takes any separator ("2021/02/03"); the wire form is exact.
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate date = text && pattern.match(*text).hasMatch() ? QDate::fromString(*text, Qt::ISODate) : QDate();
        if (!date.isValid() || date.year() < 1850 || date.year() > 2200)
            return fail(QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(field.key));
        return QVariant(date.toString(Qt::ISODate));
    }
    case FieldType::Money: {
        const auto cents = parseMoney(value);
        if (!cents)
            return fail(QStringLiteral("'%1' is not an amount (up to two decimal places)").arg(field.key));
        return QVariant(*cents);
    }
    case FieldType::Integer: {
        qint64 v = 0;
        if (value.isInteger())
            v = value.toInteger();
        else if (value.isString()) {
            bool ok = false;
            v = text::fold(value.toString()).trimmed().toLongLong(&ok);
            if (!ok)
                return fail(QStringLiteral("'%1' must be a whole number").arg(field.key));
        } else
            return fail(QStringLiteral("'%1' must be a whole number").arg(field.key));
        if (v < 0 || v > 1'000'000'000'000LL)
            return fail(QStringLiteral("'%1' is out of range").arg(field.key));
        if (field.key == QLatin1String("success_rate") && v > 100)
            return fail(QStringLiteral("'%1' is a percentage from 0 to 100").arg(field.key));
        return QVariant(v);
    }
    case FieldType::Choice: {
        const auto text = needText();
        if (!text || !field.hasChoice(*text))
            return fail(QStringLiteral("'%1' is not one of the choices of '%2'")
                            .arg(protocol::elided(text.value_or(QString())), field.key));
        return QVariant(*text);
    }
    case FieldType::MultiChoice: {
        QStringList keys;
        const QCborArray list = value.isArray() ? value.toArray() : QCborArray{value};
        for (const QCborValue &item : list) {
            if (!item.isString() || !field.hasChoice(item.toString()))
                return fail(QStringLiteral("'%1' is not one of the choices of '%2'")
                                .arg(protocol::elided(item.toString()), field.key));
            if (!keys.contains(item.toString()))
                keys.append(item.toString());
        }
        return QVariant(joinKeys(keys));
    }
    case FieldType::User:
    case FieldType::Department:
        if (!value.isInteger() || value.toInteger() <= 0)
            return fail(QStringLiteral("'%1' must be a positive integer id").arg(field.key));
        return QVariant(value.toInteger());
    case FieldType::Boolean:
        if (!value.isBool())
            return fail(QStringLiteral("'%1' must be true or false").arg(field.key));
        return QVariant(value.toBool() ? 1 : 0);
    case FieldType::DateTime:
        return fail(QStringLiteral("'%1' is set by the server").arg(field.key));
    }
    return fail(QStringLiteral("unsupported field"));
}

QCborValue toWire(const FieldDef &field, const QVariant &stored)
{
    switch (field.type) {
    case FieldType::Money:
        return stored.isNull() ? QCborValue(QCborValue::Null) : QCborValue(formatMoney(stored.toLongLong()));
    case FieldType::Integer:
    case FieldType::User:
    case FieldType::Department:
        return stored.isNull() ? QCborValue(QCborValue::Null) : QCborValue(stored.toLongLong());
    case FieldType::DateTime:
        return stored.isNull() ? QCborValue(QCborValue::Null) : QCborValue(db::isoTime(stored.toLongLong()));
    case FieldType::MultiChoice:
        return QCborArray::fromStringList(splitKeys(stored.toString()));
    case FieldType::Boolean:
        return stored.toInt() != 0;
    default:
        return stored.toString();
    }
}

QJsonValue toJson(const FieldDef &field, const QVariant &stored)
{
    const QCborValue wire = toWire(field, stored);
    return wire.toJsonValue();
}

} // namespace cordial::server::customers
