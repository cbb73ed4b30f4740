#include "app/Language.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace cordial::client {

QList<Language::Choice> Language::choices()
{
    return {
        {QString(), tr("System default")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("zh_TW"), QStringLiteral("繁體中文")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
}

QString Language::fromLocale(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    const auto territory = locale.territory();
    if (locale.script() == QLocale::TraditionalChineseScript || territory == QLocale::Taiwan
        || territory == QLocale::HongKong || territory == QLocale::Macao)
        return QStringLiteral("zh_TW");
    return QStringLiteral("zh_CN");
}

QString Language::normalize(const QString &code)
{
    QString c = code.trimmed();
    c.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c.isEmpty())
        return {};
    const QString lower = c.toLower();
    if (lower == QLatin1String("zh_cn") || lower == QLatin1String("zh_tw") || lower == QLatin1String("en")) {
        return lower == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_") + c.right(2).toUpper();
    }
    if (lower == QLatin1String("zh_hk") || lower == QLatin1String("zh_mo"))
        return QStringLiteral("zh_TW");
    if (lower.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    if (lower.startsWith(QLatin1String("zh")))
        return fromLocale(QLocale(c));
    return {};
}

QString Language::effective(const QString &override)
{
    const QString fromCommandLine = normalize(override);
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    const QString fromSettings = normalize(QSettings().value(settingsKey()).toString());
    if (!fromSettings.isEmpty())
        return fromSettings;
    return fromLocale(QLocale::system());
}

void Language::install(QCoreApplication *app, const QString &code)
{
    if (fromLocale(QLocale::system()) != code)
        QLocale::setDefault(QLocale(code));
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/cordial_%1.qm").arg(code)))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace cordial::client
