// Which UI language the client uses and installing its translators.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace cordial::client {

class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)
public:
    struct Choice {
        QString code;       // "zh_CN", "zh_TW", "en"; empty for "follow the system"
        QString nativeName; // shown in the language's own script
    };

    // The languages the client ships, plus "system" first.
    static QList<Choice> choices();
    // zh_CN for Chinese locales, zh_TW for traditional (Taiwan, Hong Kong, Macao), else en.
    static QString fromLocale(const QLocale &locale);
    // "zh_cn", "zh-TW", "en_US" -> a shipped code, or empty when unknown.
    static QString normalize(const QString &code);
    // Command line override first, then QSettings "ui/language", then the system locale.
    static QString effective(const QString &override);
    // Loads cordial_<code>.qm from the resources and Qt's own qtbase translation.
    static void install(QCoreApplication *app, const QString &code);

    static QString settingsKey() { return QStringLiteral("ui/language"); }
};

} // namespace cordial::client
